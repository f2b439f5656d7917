/** SQL for the deadline sweep. */
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { divisions, servicePoints } from '../../db/schema';
import { applications } from '../../db/schema-applications';
import { pointStreetCodeSql } from '../org/org.repo';

/**
 * Claims overdue cases still waiting to be accepted, skipping rows another process holds
 * (FOR UPDATE SKIP LOCKED), so several server processes never escalate the same case twice.
 */
export async function claimOverdue(db: Db, now: Date, limit: number) {
  return db
    .select({
      id: applications.id,
      urgency: applications.urgency,
      caseStreetCode: applications.streetCode,
      pointLevel: servicePoints.level,
      pointStreetCode: pointStreetCodeSql,
    })
    .from(applications)
    .innerJoin(servicePoints, eq(servicePoints.id, applications.servicePointId))
    .innerJoin(divisions, eq(divisions.code, servicePoints.divisionCode))
    .where(
      and(
        inArray(applications.status, ['submitted', 'escalated']),
        lt(applications.dueAt, now),
        isNull(applications.pausedAt),
        sql`not (${applications.flags} @> array['overdue_at_hub'])`,
      ),
    )
    .orderBy(applications.dueAt)
    .limit(limit)
    .for('update', { of: applications, skipLocked: true });
}

/** Marks a hub case as overdue once (the hub is the last tier: nothing to escalate to). */
export async function flagOverdueAtHub(db: Db, id: string): Promise<void> {
  await db
    .update(applications)
    .set({ flags: sql`array_append(${applications.flags}, 'overdue_at_hub')` })
    .where(eq(applications.id, id));
}
