/** SQL for staff alerts: who actively works at the point of one tier. */
import { and, eq, isNull } from 'drizzle-orm';
import { type PointLevel, type StaffRole } from '../../../../shared/domain/roles';
import type { Db } from '../../db/client';
import { divisions, memberships, servicePoints, users } from '../../db/schema';
import { pointStreetCodeSql } from '../org/org.repo';

const ROLE_OF_LEVEL: Record<PointLevel, StaffRole> = {
  community_point: 'point_staff',
  street_station: 'station_staff',
  district_hub: 'hub_staff',
};

/** User ids with a live membership of the level's role at the active point of `level` in `divisionCode`; disabled users left out. */
export async function listActiveStaffAt(db: Db, level: PointLevel, divisionCode: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(servicePoints, eq(servicePoints.id, memberships.servicePointId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.role, ROLE_OF_LEVEL[level]),
        isNull(memberships.revokedAt),
        isNull(users.disabledAt),
        eq(servicePoints.level, level),
        eq(servicePoints.divisionCode, divisionCode),
        eq(servicePoints.active, true),
      ),
    );
  return rows.map((r) => r.userId).sort();
}

/** User ids with a live membership (any role) at the point `pointId`; disabled users left out. */
export async function listActiveStaffOfPoint(db: Db, pointId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(servicePoints, eq(servicePoints.id, memberships.servicePointId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.servicePointId, pointId),
        isNull(memberships.revokedAt),
        isNull(users.disabledAt),
        eq(servicePoints.active, true),
      ),
    );
  return rows.map((r) => r.userId).sort();
}

/** A point's level and the street/town it belongs to (null for the hub), for finding the tier above it. */
export async function findPointPlace(db: Db, pointId: string) {
  const [row] = await db
    .select({ level: servicePoints.level, streetCode: pointStreetCodeSql })
    .from(servicePoints)
    .innerJoin(divisions, eq(divisions.code, servicePoints.divisionCode))
    .where(eq(servicePoints.id, pointId));
  return row ?? null;
}
