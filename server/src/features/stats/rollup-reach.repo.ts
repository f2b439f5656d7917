/**
 * The dashboard's month view in one round trip (issue 12 bench, decision 41): the rollup rows of `readRollups` and
 * the outreach reach by community of `reachByCommunity` (outreach/reach.repo.ts, same counts and scope rule) as one
 * fixed statement, prepared once per pooled connection on PostgreSQL (db/statement.ts); the reach columns are null
 * on rollup rows (a null field costs the driver no decoding). Lists travel as JSON
 * arrays, so PGlite (which binds through drizzle) and PostgreSQL take the same text.
 */
import type { Database } from '../../db/client';
import { runStatement, type Statement } from '../../db/statement';
import type { CommunityReach } from '../outreach/reach.repo';
import type { CodeScope } from '../outreach/outreach.repo';
import type { RollupRow } from './rollup.repo';

const ROLLUPS_AND_REACH: Statement = {
  name: 'stats_rollups_and_reach_v2',
  text: `select 'r' as kind, r.month, r.scope, r.metric, r.key, r.n::float8 as n, null::text as name,
      null::int as codes, null::int as visits, null::int as self_checks, null::int as applications
    from stats_rollup r
    where r.month = any(array(select jsonb_array_elements_text($1::jsonb)))
      and (r.scope = any(array(select jsonb_array_elements_text($2::jsonb))) or ($3::boolean and r.scope like 's:%' and r.metric in ('ch', 'uncl', 'pt')))
  union all
  select 'reach', null, null, null, d.code, null, d.name,
      count(distinct c.id)::int, (count(e.id) filter (where e.kind = 'visit'))::int,
      (count(e.id) filter (where e.kind = 'self_check'))::int, (count(e.id) filter (where e.kind = 'application'))::int
    from outreach_codes c
    join divisions d on d.code = c.community_code
    left join outreach_events e on e.code_id = c.id and e.occurred_at >= $4::timestamptz and e.occurred_at < $5::timestamptz
    where $6::boolean or c.street_code = any(array(select jsonb_array_elements_text($7::jsonb))) or c.community_code = any(array(select jsonb_array_elements_text($8::jsonb)))
    group by d.code, d.name`,
};

type Row = {
  kind: 'r' | 'reach';
  month: string | null;
  scope: string | null;
  metric: string | null;
  key: string;
  n: number | null;
  name: string | null;
  codes: number | null;
  visits: number | null;
  self_checks: number | null;
  applications: number | null;
};

export async function readRollupsAndReach(
  database: Database,
  input: { months: string[]; scopes: string[]; streets: boolean; from: string; to: string; reach: CodeScope },
): Promise<{ rollups: RollupRow[]; reach: CommunityReach[] }> {
  const rows = await runStatement<Row>(database, null, ROLLUPS_AND_REACH, [
    JSON.stringify(input.months),
    JSON.stringify(input.scopes),
    input.streets,
    input.from,
    input.to,
    input.reach.all,
    JSON.stringify(input.reach.streetCodes),
    JSON.stringify(input.reach.communityCodes),
  ]);
  const rollups: RollupRow[] = [];
  const reach: CommunityReach[] = [];
  for (const r of rows) {
    if (r.kind === 'r')
      rollups.push({ month: r.month!, scope: r.scope!, metric: r.metric!, key: r.key, n: Number(r.n) });
    else
      reach.push({
        code: r.key,
        name: r.name ?? '',
        codes: r.codes ?? 0,
        visits: r.visits ?? 0,
        selfChecks: r.self_checks ?? 0,
        applications: r.applications ?? 0,
      });
  }
  return { rollups, reach };
}
