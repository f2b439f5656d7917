/** SQL of follow-up tasks (会后待办 / 会议事项): the owner's workbench, marking done, and the overdue claim. */
import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { departments, memberships, servicePoints, users } from '../../db/schema';
import { applications } from '../../db/schema-applications';
import { caseConferences, followUpTasks, jointMeetings } from '../../db/schema-conferences';
import type { Receiving } from '../orders/orders.access';

export type TaskRow = typeof followUpTasks.$inferSelect;

const ownerUser = alias(users, 'owner_user');

export const taskViewQuery = (db: Db) =>
  db
    .select({
      task: followUpTasks,
      ownerName: sql<string>`coalesce(${ownerUser.displayName}, ${departments.name}, ${servicePoints.name})`,
      sourceTitle: sql<string>`coalesce(${caseConferences.title}, ${jointMeetings.month} || ' 联席会议')`,
      refNo: applications.refNo,
    })
    .from(followUpTasks)
    .leftJoin(ownerUser, eq(ownerUser.id, followUpTasks.ownerUserId))
    .leftJoin(departments, eq(departments.id, followUpTasks.ownerDepartmentId))
    .leftJoin(servicePoints, eq(servicePoints.id, followUpTasks.ownerPointId))
    .leftJoin(caseConferences, eq(caseConferences.id, followUpTasks.conferenceId))
    .leftJoin(jointMeetings, eq(jointMeetings.id, followUpTasks.meetingId))
    .leftJoin(applications, eq(applications.id, followUpTasks.applicationId));

export type TaskView = Awaited<ReturnType<typeof listTaskViews>>[number];

export function listTaskViews(db: Db, where: SQL, limit = 100) {
  return (
    taskViewQuery(db)
      .where(where)
      // open first (what still needs doing), then by due day
      .orderBy(
        desc(followUpTasks.status),
        asc(followUpTasks.dueAt),
        asc(followUpTasks.createdAt),
        asc(followUpTasks.id),
      )
      .limit(limit)
  );
}

/** Tasks owned by the caller: themselves, one of their departments or one of their points. */
export function ownedBySql(userId: string, units: Receiving): SQL {
  const parts: SQL[] = [eq(followUpTasks.ownerUserId, userId)];
  if (units.deptIds.length) parts.push(inArray(followUpTasks.ownerDepartmentId, units.deptIds));
  if (units.pointIds.length) parts.push(inArray(followUpTasks.ownerPointId, units.pointIds));
  return or(...parts)!;
}

export const openSql = eq(followUpTasks.status, 'open');
export const escalatedOpenSql = and(eq(followUpTasks.status, 'open'), sql`${followUpTasks.escalatedAt} is not null`)!;
export const byId = (id: string) => eq(followUpTasks.id, id);
export const ofConference = (id: string) => eq(followUpTasks.conferenceId, id);
export const ofMeeting = (id: string) => eq(followUpTasks.meetingId, id);

export async function insertTask(db: Db, row: typeof followUpTasks.$inferInsert): Promise<TaskRow> {
  const [task] = await db.insert(followUpTasks).values(row).returning();
  return task!;
}

export async function lockTask(db: Db, id: string): Promise<TaskRow | null> {
  const [row] = await db.select().from(followUpTasks).where(eq(followUpTasks.id, id)).for('update');
  return row ?? null;
}

export async function markDone(db: Db, id: string, by: string, note: string | null, now: Date) {
  await db
    .update(followUpTasks)
    .set({ status: 'done', doneAt: now, doneBy: by, doneNote: note })
    .where(eq(followUpTasks.id, id));
}

/**
 * Claims open overdue tasks not yet escalated, skipping rows another process holds (FOR UPDATE SKIP LOCKED), and
 * marks them escalated in the same transaction: two server processes never escalate one task twice.
 */
export async function claimOverdueTasks(db: Db, now: Date, limit: number): Promise<TaskRow[]> {
  const rows = await db
    .select()
    .from(followUpTasks)
    .where(and(eq(followUpTasks.status, 'open'), isNull(followUpTasks.escalatedAt), lt(followUpTasks.dueAt, now)))
    .orderBy(asc(followUpTasks.dueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  if (rows.length)
    await db
      .update(followUpTasks)
      .set({ escalatedAt: now })
      .where(
        inArray(
          followUpTasks.id,
          rows.map((r) => r.id),
        ),
      );
  return rows;
}

/** Live, enabled staff of a user / department / point owner (the people a task notice goes to). */
export async function ownerUserIds(db: Db, task: Pick<TaskRow, 'ownerUserId' | 'ownerDepartmentId' | 'ownerPointId'>) {
  if (task.ownerUserId) return [task.ownerUserId];
  const rows = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        isNull(memberships.revokedAt),
        isNull(users.disabledAt),
        task.ownerDepartmentId
          ? and(eq(memberships.role, 'dept_officer'), eq(memberships.departmentId, task.ownerDepartmentId))
          : eq(memberships.servicePointId, task.ownerPointId ?? sql`null`),
      ),
    );
  return rows.map((r) => r.userId).sort();
}

/** True when `userId` is an enabled user with a live staff membership (a task can only be given to staff). */
export async function isActiveStaff(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), isNull(memberships.revokedAt), isNull(users.disabledAt)))
    .limit(1);
  return Boolean(row);
}
