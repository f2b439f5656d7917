/** SQL for staff alerts: who actively works at the point of one tier. */
import { and, eq, isNull } from 'drizzle-orm';
import { type PointLevel, type StaffRole } from '../../../../shared/domain/roles';
import type { Db } from '../../db/client';
import { memberships, servicePoints, users } from '../../db/schema';

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
