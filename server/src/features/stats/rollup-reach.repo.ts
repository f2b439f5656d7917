/**
 * The dashboard's month view in one round trip (issue 12 bench, decision 41): the rollup rows of the viewer's months
 * and scopes and the outreach reach by community of `reachByCommunity` (outreach/reach.repo.ts, same counts and scope
 * rule) as one fixed statement, prepared once per pooled connection on PostgreSQL (db/statement.ts). The rollup rows
 * travel packed into one text value, a line each ("month scope metric n key"): the hub reads ~700 of them, and one
 * string split here costs a fraction of the driver decoding 700 rows field by field (decision 47). Lists travel as
 * JSON arrays, so PGlite (which binds through drizzle) and PostgreSQL take the same text.
 */
import type { Database } from '../../db/client';
import { runStatement, type Statement } from '../../db/statement';
import type { CommunityReach } from '../outreach/reach.repo';
import type { CodeScope } from '../outreach/outreach.repo';

export type RollupRow = { month: string; scope: string; metric: string; key: string; n: number };

/** Which rollup rows: $1 months, $2 scopes (JSON arrays), $3 with every street's ch / uncl / pt rows (the hub). */
const ROLLUP_ROWS = `from stats_rollup r
    where r.month = any(array(select jsonb_array_elements_text($1::jsonb)))
      and (r.scope = any(array(select jsonb_array_elements_text($2::jsonb))) or ($3::boolean and r.scope like 's:%' and r.metric in ('ch', 'uncl', 'pt')))`;

const PACKED = `string_agg(r.month || ' ' || r.scope || ' ' || r.metric || ' ' || r.n || ' ' || r.key, E'\\n')`;

const ROLLUPS: Statement = { name: 'stats_rollups_v2', text: `select ${PACKED} as text ${ROLLUP_ROWS}` };

const ROLLUPS_AND_REACH: Statement = {
  name: 'stats_rollups_and_reach_v3',
  text: `select 'r' as kind, null::text as code,
      ${PACKED} as text,
      null::int as codes, null::int as visits, null::int as self_checks, null::int as applications
    ${ROLLUP_ROWS}
  union all
  select 'reach', d.code, d.name,
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
  code: string | null;
  text: string | null;
  codes: number | null;
  visits: number | null;
  self_checks: number | null;
  applications: number | null;
};

/** The packed rollup rows: a line each, "month scope metric n key" (the key last: it may be empty). */
export function unpackRollups(text: string | null): RollupRow[] {
  if (!text) return [];
  return text.split('\n').map((line) => {
    const a = line.indexOf(' ');
    const b = line.indexOf(' ', a + 1);
    const c = line.indexOf(' ', b + 1);
    const d = line.indexOf(' ', c + 1);
    return {
      month: line.slice(0, a),
      scope: line.slice(a + 1, b),
      metric: line.slice(b + 1, c),
      n: Number(line.slice(c + 1, d)),
      key: line.slice(d + 1),
    };
  });
}

/** $1–$3 of ROLLUP_ROWS. */
const rollupParams = (input: { months: string[]; scopes: string[]; streets: boolean }) => [
  JSON.stringify(input.months),
  JSON.stringify(input.scopes),
  input.streets,
];

/**
 * The rollup rows of `months` in `scopes`, plus (with `streets`) every street's channel, unclassified and 人次 rows
 * (the figures the hub sums over streets and shows per street). One prepared statement.
 */
export async function readRollups(
  database: Database,
  input: { months: string[]; scopes: string[]; streets: boolean },
): Promise<RollupRow[]> {
  const [row] = await runStatement<{ text: string | null }>(database, null, ROLLUPS, rollupParams(input));
  return unpackRollups(row?.text ?? null);
}

/** `readRollups` and the month's outreach reach (`from`–`to`) in one round trip. */
export async function readRollupsAndReach(
  database: Database,
  input: { months: string[]; scopes: string[]; streets: boolean; from: string; to: string; reach: CodeScope },
): Promise<{ rollups: RollupRow[]; reach: CommunityReach[] }> {
  const rows = await runStatement<Row>(database, null, ROLLUPS_AND_REACH, [
    ...rollupParams(input),
    input.from,
    input.to,
    input.reach.all,
    JSON.stringify(input.reach.streetCodes),
    JSON.stringify(input.reach.communityCodes),
  ]);
  let rollups: RollupRow[] = [];
  const reach: CommunityReach[] = [];
  for (const r of rows) {
    if (r.kind === 'r') rollups = unpackRollups(r.text);
    else
      reach.push({
        code: r.code ?? '',
        name: r.text ?? '',
        codes: r.codes ?? 0,
        visits: r.visits ?? 0,
        selfChecks: r.self_checks ?? 0,
        applications: r.applications ?? 0,
      });
  }
  return { rollups, reach };
}
