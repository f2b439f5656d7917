/**
 * The dashboard's figures counted from the raw rows, for viewers the rollups cannot answer (dashboard-rollup.ts):
 * community points, department officers (their scope follows referrals) and viewers of several stations.
 */
import { sql, type SQL } from 'drizzle-orm';
import { CHANNELS, URGENCIES } from '../../../../shared/domain/categories';
import type { TDashboardMonth } from '../../../../shared/schemas/stats';
import type { Db } from '../../db/client';
import { applications } from '../../db/schema-applications';
import * as cases from './dashboard.repo';
import { monthDays, monthRange } from './months';
import { personTimesByMonth, personTimesByStreet } from './person-times.repo';
import { andSql } from './stats.repo';
import type { StatsScope } from './stats.scope';

/** Per month (medians in hours, not yet rounded) and, for the last month, per street. */
export type Figures = {
  perMonth: TDashboardMonth[];
  streetApps: { code: string | null; count: number }[];
  streetPt: { code: string | null; personTimes: number }[];
};

export async function rawFigures(
  db: Db,
  view: { scope: StatsScope; scopeSql: SQL },
  months: string[],
  streetCode: string | undefined,
): Promise<Figures> {
  const last = months[months.length - 1]!;
  const range = { from: monthRange(months[0]!).from, to: monthRange(last).to };
  const days = { first: monthDays(months[0]!).first, last: monthDays(last).last };
  const where = streetCode ? andSql(view.scopeSql, sql`${applications.streetCode} = ${streetCode}`) : view.scopeSql;
  const [apps, acceptance, medianAccept, resolution, escalations, personTimes, streetApps, streetPt] =
    await Promise.all([
      cases.applicationsByMonth(db, where, range),
      cases.acceptanceByMonth(db, where, range),
      cases.medianAcceptByMonth(db, where, range),
      cases.resolutionByMonth(db, where, range),
      cases.escalationsByMonth(db, where, range),
      personTimesByMonth(db, view.scope, where, { ...days, streetCode }),
      cases.applicationsByStreet(db, where, monthRange(last)),
      personTimesByStreet(db, view.scope, where, monthDays(last)),
    ]);
  const perMonth = months.map((month): TDashboardMonth => {
    const a = apps.filter((r) => r.month === month);
    const pt = personTimes.find((r) => r.month === month);
    return {
      month,
      personTimes: pt?.personTimes ?? 0,
      peopleHelped: pt?.people ?? 0,
      applications: a.reduce((n, r) => n + r.count, 0),
      byChannel: CHANNELS.map((channel) => ({
        channel,
        count: a.find((r) => r.channel === channel)?.count ?? 0,
      })),
      medianAcceptHours: medianAccept.find((r) => r.month === month)?.medianHours ?? null,
      medianResolveHours: resolution.find((r) => r.month === month)?.medianHours ?? null,
      compliance: URGENCIES.map((urgency) => {
        const c = acceptance.find((r) => r.month === month && r.urgency === urgency);
        return { urgency, accepted: c?.accepted ?? 0, onTime: c?.onTime ?? 0 };
      }),
      escalations: escalations.find((r) => r.month === month)?.count ?? 0,
      unclassified: a.reduce((n, r) => n + r.unclassified, 0),
    };
  });
  return { perMonth, streetApps, streetPt };
}
