/**
 * The rollups (rollup.repo.ts, decision 41) summed in SQL to what the month view shows (decision 47), so a request
 * reads a few rows per month instead of every street's and every hours bucket's row:
 * - 'm' (month, metric, key): the plan's own scopes summed ('x:' scopes left out: they only decide raw vs rollups);
 * - 'd' (month, metric, key): with `streets` (the hub), every street summed, for the figures fixed at submission
 *   (ch, uncl, pt), which have no district row;
 * - 's' (metric, key = street code): the last month's applications (ch) and 人次 (pt) per street;
 * - 'x': how many non-zero 'x:' rows the plan's scopes hold (any → the raw path must answer).
 * $1 months (JSON array), $2 scopes (JSON array), $3 streets, $4 the last month.
 */
import type { Database } from '../../db/client';
import { runStatement } from '../../db/statement';

export type RollupSum = { kind: 'm' | 'd' | 's' | 'x'; month: string | null; metric: string; key: string; n: number };
export type SumsInput = { months: string[]; scopes: string[]; streets: boolean };

/** The sums' SELECT; `extra` is appended to each branch's columns (e.g. nulls to line up with a UNION). */
export const sumsSql = (extra = '') => `with r as (
    select month, scope, metric, key, n from stats_rollup
     where month = any(array(select jsonb_array_elements_text($1::jsonb)))
       and (scope = any(array(select jsonb_array_elements_text($2::jsonb)))
         or ($3::boolean and scope like 's:%' and metric in ('ch', 'uncl', 'pt'))))
  select 'm' as kind, month, metric, key, sum(n)::float8 as n${extra} from r
   where scope = any(array(select jsonb_array_elements_text($2::jsonb))) and scope not like 'x:%'
   group by month, metric, key
  union all
  select 'd', month, metric, key, sum(n)::float8${extra} from r
   where $3::boolean and scope like 's:%' and metric in ('ch', 'uncl', 'pt')
   group by month, metric, key
  union all
  select 's', null, metric, substr(scope, 3), sum(n)::float8${extra} from r
   where month = $4::text and metric in ('ch', 'pt') and scope like 's:%' and scope <> 's:-'
   group by metric, scope
  union all
  select 'x', null, '', '', count(*)::float8${extra} from r where scope like 'x:%' and n <> 0`;

export const sumsParams = (input: SumsInput) => [
  JSON.stringify(input.months),
  JSON.stringify(input.scopes),
  input.streets,
  input.months[input.months.length - 1] ?? '',
];

/** The sums alone (tests compare them, through the figures, with the raw counts). */
export async function readRollupSums(database: Database, input: SumsInput): Promise<RollupSum[]> {
  const rows = await runStatement<RollupSum>(
    database,
    null,
    { name: 'stats_rollup_sums_v1', text: sumsSql() },
    sumsParams(input),
  );
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
