/**
 * The dashboard's figures from the rollups (rollup.repo.ts, decision 41; summed in SQL, rollup-sums.ts) for viewers
 * whose scope is the district or one whole street/town: one prepared statement whatever the number of cases. Points, department officers and viewers of
 * several stations keep the raw counts (dashboard-raw.ts); so does a station while any of its months holds a case
 * at the station from another street (scope 'x:'), whose distinct people could not be merged exactly.
 */
import { CHANNELS, URGENCIES } from '../../../../shared/domain/categories';
import type { TDashboardMonth } from '../../../../shared/schemas/stats';
import type { Database } from '../../db/client';
import type { Figures } from './dashboard-raw';
import { medianOfBuckets } from './hours-buckets';
import { readRollupSums, type RollupSum } from './rollup-sums';
import type { StatsScope } from './stats.scope';

export type Plan = { scopes: string[]; streets: boolean };

/** Which rollup scopes answer this viewer and filter, or null when only the raw rows can. */
export function rollupPlan(scope: StatsScope, streetCode: string | undefined): Plan | null {
  if (scope.district)
    return streetCode ? { scopes: [`s:${streetCode}`], streets: false } : { scopes: ['*'], streets: true };
  if (scope.pointIds.length || scope.deptIds.length || scope.streetCodes.length !== 1) return null;
  const street = scope.streetCodes[0]!;
  return streetCode
    ? { scopes: [`s:${streetCode}`], streets: false }
    : { scopes: [`s:${street}`, `x:${street}`], streets: false };
}

const sum = (rows: RollupSum[]) => rows.reduce((n, r) => n + r.n, 0);

/** The figures of `months` (oldest first) from the rollups, or null when the raw path must answer. */
export async function rollupFigures(database: Database, plan: Plan, months: string[]): Promise<Figures | null> {
  return figuresOf(await readRollupSums(database, { months, ...plan }), plan, months);
}

/** The figures from the rollup sums already read (rollup-reach.repo.ts reads them with the reach in one statement). */
export function figuresOf(sums: RollupSum[], plan: Plan, months: string[]): Figures | null {
  const by = new Map<string, RollupSum[]>();
  for (const r of sums) {
    if (r.kind === 'x') {
      if (r.n !== 0) return null;
      continue;
    }
    const k = `${r.kind}|${r.month}|${r.metric}`;
    const bucket = by.get(k);
    if (bucket) bucket.push(r);
    else by.set(k, [r]);
  }
  // figures fixed at submission have no district row: the hub adds up its streets ('d')
  const made = plan.streets ? 'd' : 'm';
  const of = (kind: string, month: string | null, metric: string, key?: string) => {
    const list = by.get(`${kind}|${month}|${metric}`) ?? [];
    return key === undefined ? list : list.filter((r) => r.key === key);
  };
  const median = (month: string, metric: string) => {
    const buckets = new Map<number, number>();
    for (const r of of('m', month, metric)) buckets.set(Number(r.key), (buckets.get(Number(r.key)) ?? 0) + r.n);
    return medianOfBuckets(buckets);
  };
  const perMonth = months.map((month): TDashboardMonth => ({
    month,
    personTimes: sum(of('m', month, 'pt')),
    peopleHelped: sum(of('m', month, 'people')),
    applications: sum(of(made, month, 'ch')),
    byChannel: CHANNELS.map((channel) => ({ channel, count: sum(of(made, month, 'ch', channel)) })),
    medianAcceptHours: median(month, 'hacc'),
    medianResolveHours: median(month, 'hres'),
    compliance: URGENCIES.map((urgency) => ({
      urgency,
      accepted: sum(of('m', month, 'acc', urgency)),
      onTime: sum(of('m', month, 'ontime', urgency)),
    })),
    escalations: sum(of('m', month, 'esc')),
    unclassified: sum(of(made, month, 'uncl')),
  }));
  return {
    perMonth,
    streetApps: of('s', null, 'ch').map((r) => ({ code: r.key, count: r.n })),
    streetPt: of('s', null, 'pt').map((r) => ({ code: r.key, personTimes: r.n })),
  };
}
