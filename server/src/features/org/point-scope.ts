/**
 * Which service points a staff member keeps (their contact data, hours and location): point_staff their own
 * point; station_staff their station and every community/village point of its street/town; hub_staff and admin
 * every point. Re-read from the memberships on every request, like the case scope (cases/scope.ts).
 */
import type { Principal } from '../auth/principal';

export type PointScope = { all: boolean; pointIds: string[]; streetCodes: string[] };

export function pointScopeOf(principal: Principal): PointScope {
  const scope: PointScope = { all: principal.roles.includes('admin'), pointIds: [], streetCodes: [] };
  for (const m of principal.row.memberships) {
    if (m.role === 'hub_staff' && m.pointId) scope.all = true;
    if (m.role === 'point_staff' && m.pointId) scope.pointIds.push(m.pointId);
    if (m.role === 'station_staff' && m.pointId && m.pointDivision) {
      scope.pointIds.push(m.pointId);
      scope.streetCodes.push(m.pointDivision);
    }
  }
  return scope;
}

/** True when the point (its id and street/town code, null for the hub) is in the scope. */
export function inPointScope(scope: PointScope, point: { id: string; streetCode: string | null }): boolean {
  if (scope.all) return true;
  if (scope.pointIds.includes(point.id)) return true;
  return point.streetCode !== null && scope.streetCodes.includes(point.streetCode);
}
