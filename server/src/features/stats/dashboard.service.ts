/**
 * The dashboard (数据看板): month-by-month figures and the last month per street, within the viewer's scope; from the
 * rollups for the district and a whole street/town (dashboard-rollup.ts), else from the raw rows (dashboard-raw.ts).
 */
import type { TDashboard, TDashboardRequest } from '../../../../shared/schemas/stats';
import type { Deps } from '../../deps';
import type { Principal } from '../auth/principal';
import { presentReach, reachFor } from './dashboard-reach';
import { rawFigures } from './dashboard-raw';
import { figuresOf, rollupPlan, type Plan } from './dashboard-rollup';
import { chinaMonth, monthRange, monthsEndingWith } from './months';
import { readRollupsAndReach } from './rollup-reach.repo';
import { districtStreets } from './streets';
import { reachScopeOf, scopeLabelOf } from './stats.scope';
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
  const plan = rollupPlan(viewer.scope, input.streetCode);
  const [read, streets] = await Promise.all([
    plan ? rollupsAndReach(deps, principal, viewer, plan, months) : null,
    districtStreets(deps, streetListOf(principal, viewer, input.streetCode)),
  ]);
  const [rolled, reach] = await Promise.all([
    read && figuresOf(read.rollups, plan!, months),
    read ? presentReach(deps, read.reach, input.streetCode) : reachFor(deps, principal, viewer, last, input.streetCode),
  ]);
  const { perMonth, streetApps, streetPt } = rolled ?? (await rawFigures(deps.db, viewer, months, input.streetCode));
  return {
    scopeLabel: scopeLabelOf(principal, viewer.scope),
    months: perMonth.map((m) => ({
      ...m,
      medianAcceptHours: hours(m.medianAcceptHours),
      medianResolveHours: hours(m.medianResolveHours),
    })),
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

/** The rollups of `months` and the last month's outreach reach, read in one round trip. */
function rollupsAndReach(deps: Deps, principal: Principal, viewer: Viewer, plan: Plan, months: string[]) {
  const range = monthRange(months[months.length - 1]!);
  const reach = reachScopeOf(principal, viewer.scope);
  return readRollupsAndReach(deps.database, { months, ...plan, from: range.from, to: range.to, reach });
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
