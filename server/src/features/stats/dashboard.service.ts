/** The dashboard (数据看板): month-by-month figures and the last month per street, within the viewer's scope. */
import { sql } from 'drizzle-orm';
import { CHANNELS, URGENCIES } from '../../../../shared/domain/categories';
import type { TDashboard, TDashboardMonth, TDashboardRequest } from '../../../../shared/schemas/stats';
import type { Deps } from '../../deps';
import { applications } from '../../db/schema-applications';
import type { Principal } from '../auth/principal';
import { reachFor } from './dashboard-reach';
import * as cases from './dashboard.repo';
import { chinaMonth, monthDays, monthRange, monthsEndingWith } from './months';
import { personTimesByMonth, personTimesByStreet } from './person-times.repo';
import { andSql, streetsInOrder } from './stats.repo';
import { scopeLabelOf } from './stats.scope';
import { checkArea, viewerOf, type Viewer } from './stats.service';

/** Hours rounded to one decimal (null stays null). */
const hours = (h: number | null | undefined) => (h === null || h === undefined ? null : Math.round(h * 10) / 10);

export async function dashboard(deps: Deps, principal: Principal, input: TDashboardRequest): Promise<TDashboard> {
  const viewer = viewerOf(deps, principal);
  await checkArea(deps, principal, viewer.scope, input);
  return dashboardFor(deps, principal, viewer, input);
}

/** The figures for an already checked viewer and filter (also used by the monthly report). */
export async function dashboardFor(
  deps: Deps,
  principal: Principal,
  viewer: Viewer,
  input: TDashboardRequest,
): Promise<TDashboard> {
  const last = input.month ?? chinaMonth(deps.clock.now());
  const months = monthsEndingWith(last, input.months);
  const range = { from: monthRange(months[0]!).from, to: monthRange(last).to };
  const days = { first: monthDays(months[0]!).first, last: monthDays(last).last };
  const where = input.streetCode
    ? andSql(viewer.scopeSql, sql`${applications.streetCode} = ${input.streetCode}`)
    : viewer.scopeSql;
  const lastRange = monthRange(last);
  const lastDays = monthDays(last);
  const [apps, acceptance, medianAccept, resolution, escalations, personTimes, streetApps, streetPt, reach] =
    await Promise.all([
      cases.applicationsByMonth(deps.db, where, range),
      cases.acceptanceByMonth(deps.db, where, range),
      cases.medianAcceptByMonth(deps.db, where, range),
      cases.resolutionByMonth(deps.db, where, range),
      cases.escalationsByMonth(deps.db, where, range),
      personTimesByMonth(deps.db, viewer.scope, where, { ...days, streetCode: input.streetCode }),
      cases.applicationsByStreet(deps.db, where, lastRange),
      personTimesByStreet(deps.db, viewer.scope, where, lastDays),
      reachFor(deps, principal, viewer, last, input.streetCode),
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
      medianAcceptHours: hours(medianAccept.find((r) => r.month === month)?.medianHours),
      medianResolveHours: hours(resolution.find((r) => r.month === month)?.medianHours),
      compliance: URGENCIES.map((urgency) => {
        const c = acceptance.find((r) => r.month === month && r.urgency === urgency);
        return { urgency, accepted: c?.accepted ?? 0, onTime: c?.onTime ?? 0 };
      }),
      escalations: escalations.find((r) => r.month === month)?.count ?? 0,
      unclassified: a.reduce((n, r) => n + r.unclassified, 0),
    };
  });
  const streets = await streetsInOrder(deps.db, streetListOf(principal, viewer, input.streetCode));
  return {
    scopeLabel: scopeLabelOf(principal, viewer.scope),
    months: perMonth,
    streets: streets.map((s) => ({
      ...s,
      applications: streetApps.find((r) => r.code === s.code)?.count ?? 0,
      personTimes:
        input.streetCode && s.code !== input.streetCode
          ? 0
          : (streetPt.find((r) => r.code === s.code)?.personTimes ?? 0),
    })),
    reach,
  };
}

/** Which streets the per-street table lists: all for the hub, admins and departments; else the viewer's own. */
function streetListOf(principal: Principal, viewer: Viewer, streetCode: string | undefined): string[] | null {
  if (streetCode) return [streetCode];
  if (viewer.scope.district || viewer.scope.deptIds.length) return null;
  const own = principal.row.memberships
    .filter((m) => m.role === 'point_staff' && m.pointDivision)
    .map((m) => `${m.pointDivision!.slice(0, 9)}000`);
  return [...viewer.scope.streetCodes, ...own];
}
