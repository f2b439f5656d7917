/**
 * The dashboard's month view in one round trip (issue 12 bench, decisions 41 and 47): the rollup figures summed in
 * SQL to what the page shows (rollup-sums.ts) and the outreach reach by community of `reachByCommunity`
 * (outreach/reach.repo.ts, same counts and scope rule), as one fixed statement prepared once per pooled connection on
 * PostgreSQL (db/statement.ts). Lists travel as JSON arrays, so PGlite (which binds through drizzle) and PostgreSQL
 * take the same text.
 */
import type { Database } from '../../db/client';
import { runStatement, type Statement } from '../../db/statement';
import type { CommunityReach } from '../outreach/reach.repo';
import type { CodeScope } from '../outreach/outreach.repo';
import { sumsParams, sumsSql, type RollupSum, type SumsInput } from './rollup-sums';

/** $1–$4 the sums' (rollup-sums.ts); $5, $6 the month's bounds; $7 the whole district; $8 streets, $9 communities. */
const SUMS_AND_REACH: Statement = {
  name: 'stats_rollup_sums_and_reach_v2',
  text: `${sumsSql(
    ', null::text as name, null::int as codes, null::int as visits, null::int as self_checks, null::int as applications',
  )}
  union all
  select 'reach', null, null, d.code, null, d.name,
      count(distinct c.id)::int, (count(e.id) filter (where e.kind = 'visit'))::int,
      (count(e.id) filter (where e.kind = 'self_check'))::int, (count(e.id) filter (where e.kind = 'application'))::int
    from outreach_codes c
    join divisions d on d.code = c.community_code
    left join outreach_events e on e.code_id = c.id and e.occurred_at >= $5::timestamptz and e.occurred_at < $6::timestamptz
    where $7::boolean or c.street_code = any(array(select jsonb_array_elements_text($8::jsonb))) or c.community_code = any(array(select jsonb_array_elements_text($9::jsonb)))
    group by d.code, d.name`,
};

type Row = Omit<RollupSum, 'kind'> & {
  kind: RollupSum['kind'] | 'reach';
  name: string | null;
  codes: number | null;
  visits: number | null;
  self_checks: number | null;
  applications: number | null;
};

export async function readRollupsAndReach(
  database: Database,
  input: SumsInput & { from: string; to: string; reach: CodeScope },
): Promise<{ sums: RollupSum[]; reach: CommunityReach[] }> {
  const rows = await runStatement<Row>(database, null, SUMS_AND_REACH, [
    ...sumsParams(input),
    input.from,
    input.to,
    input.reach.all,
    JSON.stringify(input.reach.streetCodes),
    JSON.stringify(input.reach.communityCodes),
  ]);
  const sums: RollupSum[] = [];
  const reach: CommunityReach[] = [];
  for (const r of rows) {
    if (r.kind !== 'reach') sums.push({ kind: r.kind, month: r.month, metric: r.metric, key: r.key, n: Number(r.n) });
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
  return { sums, reach };
}
