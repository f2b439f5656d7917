/**
 * Outreach reach by community for the dashboard and the monthly report (issue 13): codes, visits, self-checks and
 * applications that came from a code, in one month, within the viewer's reach scope (`reachScopeOf`).
 */
import type { TDashboardReach } from '../../../../shared/schemas/stats';
import type { Deps } from '../../deps';
import type { Principal } from '../auth/principal';
import { reachByCommunity, type CommunityReach } from '../outreach/reach.repo';
import { monthRange } from './months';
import { districtStreets } from './streets';
import { reachScopeOf } from './stats.scope';
import type { Viewer } from './stats.service';

/** A community's street/town: the division code with the last three digits zeroed. */
const streetOf = (communityCode: string) => `${communityCode.slice(0, 9)}000`;

export async function reachFor(
  deps: Deps,
  principal: Principal,
  viewer: Viewer,
  month: string,
  streetCode: string | undefined,
): Promise<TDashboardReach[]> {
  const range = monthRange(month);
  const rows = await reachByCommunity(
    deps.db,
    new Date(range.from),
    new Date(range.to),
    reachScopeOf(principal, viewer.scope),
  );
  return presentReach(deps, rows, streetCode);
}

/** Reach rows as the dashboard shows them: in community code order, with their street, filtered to a street. */
export async function presentReach(
  deps: Deps,
  rows: CommunityReach[],
  streetCode: string | undefined,
): Promise<TDashboardReach[]> {
  const streets = await districtStreets(deps, null);
  return rows
    .filter((r) => !streetCode || streetOf(r.code) === streetCode)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((r) => {
      const street = streets.find((s) => s.code === streetOf(r.code));
      return {
        community: { code: r.code, name: r.name },
        street: { code: street?.code ?? streetOf(r.code), name: street?.name ?? '' },
        codes: r.codes,
        visits: r.visits,
        selfChecks: r.selfChecks,
        applications: r.applications,
      };
    });
}
