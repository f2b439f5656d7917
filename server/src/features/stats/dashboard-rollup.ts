/**
 * The dashboard's figures from the rollups (rollup.repo.ts, decision 41) for viewers whose scope is the district or one
 * whole street/town: one prepared statement whatever the number of cases. Points, department officers and viewers of
 * several stations keep the raw counts (dashboard-raw.ts); so does a station while any of its months holds a case
 * at the station from another street (scope 'x:'), whose distinct people could not be merged exactly.
 */
import { CHANNELS, URGENCIES } from '../../../../shared/domain/categories';
import type { TDashboardMonth } from '../../../../shared/schemas/stats';
import type { Database } from '../../db/client';
import type { Figures } from './dashboard-raw';
import { medianOfBuckets } from './hours-buckets';
import { readRollups, type RollupRow } from './rollup-reach.repo';
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

const sum = (rows: RollupRow[]) => rows.reduce((n, r) => n + Number(r.n), 0);

/** The figures of `months` (oldest first) from the rollups, or null when the raw path must answer. */
export async function rollupFigures(database: Database, plan: Plan, months: string[]): Promise<Figures | null> {
  return figuresOf(await readRollups(database, { months, ...plan }), plan, months);
}

/** The figures from rollup rows already read (rollup-reach.repo.ts reads them with the reach in one statement). */
export function figuresOf(rows: RollupRow[], plan: Plan, months: string[]): Figures | null {
  if (rows.some((r) => r.scope.startsWith('x:') && Number(r.n) !== 0)) return null;
  const main = rows.filter((r) => plan.scopes.includes(r.scope));
  // figures fixed at submission have no district row: the hub adds up its streets
  const made = plan.streets ? rows.filter((r) => r.scope.startsWith('s:')) : main;
  // rows grouped once by month and metric (the month view asks ~20 questions of each month)
  const group = (list: RollupRow[]) => {
    const out = new Map<string, RollupRow[]>();
    for (const r of list) {
      const k = `${r.month}|${r.metric}`;
      const bucket = out.get(k);
      if (bucket) bucket.push(r);
      else out.set(k, [r]);
    }
    return out;
  };
  const mainBy = group(main);
  const madeBy = made === main ? mainBy : group(made);
  const of = (by: Map<string, RollupRow[]>, month: string, metric: string, key?: string) => {
    const list = by.get(`${month}|${metric}`) ?? [];
    return key === undefined ? list : list.filter((r) => r.key === key);
  };
  const median = (month: string, metric: string) => {
    const buckets = new Map<number, number>();
    for (const r of of(mainBy, month, metric))
      buckets.set(Number(r.key), (buckets.get(Number(r.key)) ?? 0) + Number(r.n));
    return medianOfBuckets(buckets);
  };
  const perMonth = months.map((month): TDashboardMonth => ({
    month,
    personTimes: sum(of(mainBy, month, 'pt')),
    peopleHelped: sum(of(mainBy, month, 'people')),
    applications: sum(of(madeBy, month, 'ch')),
    byChannel: CHANNELS.map((channel) => ({ channel, count: sum(of(madeBy, month, 'ch', channel)) })),
    medianAcceptHours: median(month, 'hacc'),
    medianResolveHours: median(month, 'hres'),
    compliance: URGENCIES.map((urgency) => ({
      urgency,
      accepted: sum(of(mainBy, month, 'acc', urgency)),
      onTime: sum(of(mainBy, month, 'ontime', urgency)),
    })),
    escalations: sum(of(mainBy, month, 'esc')),
    unclassified: sum(of(madeBy, month, 'uncl')),
  }));
  const last = months[months.length - 1]!;
  const byStreet = (metric: string) => {
    const out = new Map<string, number>();
    for (const r of rows)
      if (r.month === last && r.metric === metric && r.scope.startsWith('s:') && r.scope !== 's:-')
        out.set(r.scope.slice(2), (out.get(r.scope.slice(2)) ?? 0) + Number(r.n));
    return out;
  };
  const apps = byStreet('ch');
  const pt = byStreet('pt');
  return {
    perMonth,
    streetApps: [...apps].map(([code, count]) => ({ code, count })),
    streetPt: [...pt].map(([code, personTimes]) => ({ code, personTimes })),
  };
}
