/**
 * Who may see which cases, derived from the caller's memberships (re-read from the database on every request):
 * point_staff → cases routed to their point; station_staff → every case of their street/town (and their own
 * triage queue); hub_staff → the whole district; dept_officer → only cases with a live referral to their
 * department. The SQL form of these rules lives in cases.repo.ts (`staffScopeSql`, `officerScopeSql`);
 * `inStaffScope` mirrors it for a row already locked inside a transaction.
 */
import type { Principal } from '../auth/principal';

export type CaseScope = {
  /** Community points (point_staff). */
  pointIds: string[];
  /** Street/town division codes (station_staff) and the station points themselves. */
  streetCodes: string[];
  stationPointIds: string[];
  /** hub_staff: every case of the district. */
  district: boolean;
  /** dept_officer: departments whose live referrals the caller may read. */
  deptIds: string[];
};

/** Builds the caller's case scope from their active memberships. */
export function scopeOf(principal: Principal): CaseScope {
  const scope: CaseScope = { pointIds: [], streetCodes: [], stationPointIds: [], district: false, deptIds: [] };
  for (const m of principal.row.memberships) {
    if (m.role === 'point_staff' && m.pointId) scope.pointIds.push(m.pointId);
    if (m.role === 'station_staff' && m.pointId && m.pointDivision) {
      scope.stationPointIds.push(m.pointId);
      scope.streetCodes.push(m.pointDivision);
    }
    if (m.role === 'hub_staff' && m.pointId) scope.district = true;
    if (m.role === 'dept_officer' && m.deptId) scope.deptIds.push(m.deptId);
  }
  return scope;
}

/** True when the caller works cases at some service point. */
export function hasStaffScope(scope: CaseScope): boolean {
  return scope.district || scope.pointIds.length > 0 || scope.streetCodes.length > 0;
}

/** The in-memory twin of `staffScopeSql`, for a row the caller already reached through that SQL. */
export function inStaffScope(
  scope: CaseScope,
  row: { servicePointId: string | null; streetCode: string | null },
): boolean {
  if (scope.district) return true;
  if (
    row.servicePointId &&
    (scope.pointIds.includes(row.servicePointId) || scope.stationPointIds.includes(row.servicePointId))
  )
    return true;
  return !!row.streetCode && scope.streetCodes.includes(row.streetCode);
}
