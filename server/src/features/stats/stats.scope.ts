/**
 * Whose figures a viewer sees (issue 12): a point its own cases, a station its street/town, the hub and admins the
 * district, a department officer the cases referred to their department (any referral, the case not withdrawn).
 * Counts, drill-down and export all filter through `statsScopeSql`, so a figure never covers a case the viewer
 * could not list.
 */
import { sql, type SQL } from 'drizzle-orm';
import { applications } from '../../db/schema-applications';
import type { Principal } from '../auth/principal';
import type { CodeScope } from '../outreach/outreach.repo';
import { scopeOf, type CaseScope } from '../cases/scope';
import { staffScopeSql } from '../cases/cases.repo';

export type StatsScope = CaseScope;

export function statsScopeOf(principal: Principal): StatsScope {
  const scope = scopeOf(principal);
  if (principal.row.memberships.some((m) => m.role === 'admin')) scope.district = true;
  return scope;
}

/** Applications (table `applications`) the viewer's figures cover. */
export function statsScopeSql(scope: StatsScope): SQL {
  if (scope.district) return sql`true`;
  const dept = scope.deptIds.length
    ? sql`(${applications.status} <> 'withdrawn' and exists (select 1 from department_referrals r
        where r.application_id = ${applications.id} and r.department_id in (${sql.join(
          scope.deptIds.map((d) => sql`${d}::uuid`),
          sql`, `,
        )})))`
    : sql`false`;
  return sql`(${staffScopeSql(scope)} or ${dept})`;
}

/**
 * The outreach codes whose reach a viewer sees: the district for the hub and admins, the street's communities for
 * a station, the own community for a point. A department officer sees none (codes belong to communities, not to
 * referrals, so no code is inside a department's scope).
 */
export function reachScopeOf(principal: Principal, scope: StatsScope): CodeScope {
  const communityCodes = principal.row.memberships
    .filter((m) => m.role === 'point_staff' && m.pointDivision)
    .map((m) => m.pointDivision!);
  return { all: scope.district, streetCodes: scope.streetCodes, communityCodes };
}

/** True when a street/town filter stays inside the viewer's scope (points and departments cannot pick a street). */
export function streetInScope(scope: StatsScope, streetCode: string): boolean {
  return scope.district || scope.streetCodes.includes(streetCode);
}

/** Chinese name of whose figures these are, for titles and the report. */
export function scopeLabelOf(principal: Principal, scope: StatsScope): string {
  if (scope.district) return '全区';
  const names = new Set<string>();
  for (const m of principal.row.memberships) {
    if ((m.role === 'station_staff' || m.role === 'point_staff') && m.pointName) names.add(m.pointName);
    if (m.role === 'dept_officer' && m.deptName) names.add(m.deptName);
  }
  return [...names].join('、') || '本单位';
}
