/** SQL for the closure sweep: accepted work past its resolution deadline, resolved cases nobody answered. */
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { divisions, servicePoints } from '../../db/schema';
import { applications } from '../../db/schema-applications';
import { pointStreetCodeSql } from '../org/org.repo';

export const RESOLVE_OVERDUE_AT_HUB = 'resolve_overdue_at_hub';

/** Accepted or in-progress cases past their resolution deadline (not while waiting for the resident). SKIP LOCKED. */
export async function claimResolveOverdue(db: Db, now: Date, limit: number) {
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
        inArray(applications.status, ['accepted', 'in_progress']),
        lt(applications.resolveDueAt, now),
        isNull(applications.pausedAt),
        sql`not (${applications.flags} @> array[${RESOLVE_OVERDUE_AT_HUB}])`,
      ),
    )
    .orderBy(applications.resolveDueAt)
    .limit(limit)
    .for('update', { of: applications, skipLocked: true });
}

/** Resolved cases resolved before `before`: nobody confirmed or followed them up in time. SKIP LOCKED. */
export async function claimUnconfirmed(db: Db, before: Date, limit: number) {
  return db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.status, 'resolved'), lt(applications.resolvedAt, before)))
    .orderBy(applications.resolvedAt)
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Marks a hub case as past its resolution deadline once (nothing above the hub). */
export async function flagResolveOverdueAtHub(db: Db, id: string): Promise<void> {
  await db
    .update(applications)
    .set({ flags: sql`array_append(${applications.flags}, ${RESOLVE_OVERDUE_AT_HUB})` })
    .where(eq(applications.id, id));
}
