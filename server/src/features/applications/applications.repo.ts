/** SQL for intake and the applicant's views. */
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { servicePoints, users } from '../../db/schema';
import { applicationEvents, applications, consents } from '../../db/schema-applications';

export type NewApplication = typeof applications.$inferInsert;

/** Inserts the application; undefined when its reference number is already taken (the caller draws another). */
export async function insertApplication(db: Db, row: NewApplication) {
  const [created] = await db.insert(applications).values(row).onConflictDoNothing({ target: applications.refNo }).returning();
  return created;
}

/** Open applications for the same person (by blind index of ID or phone): shown to staff as possible duplicates. */
export async function countOpenForSubject(db: Db, idHash: string | null, phoneHash: string | null): Promise<number> {
  const keys = [idHash ? eq(applications.subjectIdHash, idHash) : undefined, phoneHash ? eq(applications.subjectPhoneHash, phoneHash) : undefined].filter(Boolean);
  if (keys.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(and(or(...keys), inArray(applications.status, ['submitted', 'accepted', 'in_progress', 'needs_info', 'escalated'])));
  return row?.n ?? 0;
}

export async function insertEvent(db: Db, event: typeof applicationEvents.$inferInsert): Promise<void> {
  await db.insert(applicationEvents).values(event);
}

/** The intake's consents and first event in one statement (one round trip; a data-modifying CTE always runs). */
export type EventValues = typeof applicationEvents.$inferInsert;

export async function insertConsentsAndEvent(db: Db, rows: (typeof consents.$inferInsert)[], event: EventValues): Promise<void> {
  if (rows.length === 0) return insertEvent(db, event);
  const granted = db.$with('granted').as(db.insert(consents).values(rows).returning({ id: consents.id }));
  await db.with(granted).insert(applicationEvents).values(event);
}

const viewColumns = {
  app: applications,
  pointName: servicePoints.name,
  pointPhone: servicePoints.phone,
};

/** Who may see an application as a resident: its applicant, or the subject of a proxy application (matched by verified phone). */
async function visibleCondition(db: Db, userId: string) {
  const [me] = await db.select({ phoneHash: users.phoneHash }).from(users).where(eq(users.id, userId));
  const mine = eq(applications.applicantUserId, userId);
  return me?.phoneHash ? or(mine, and(eq(applications.channel, 'proxy'), eq(applications.subjectPhoneHash, me.phoneHash)))! : mine;
}

export async function listVisibleTo(db: Db, userId: string) {
  return db
    .select(viewColumns)
    .from(applications)
    .leftJoin(servicePoints, eq(servicePoints.id, applications.servicePointId))
    .where(await visibleCondition(db, userId))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(100);
}

export type VisibleRow = Awaited<ReturnType<typeof listVisibleTo>>[number];

export async function findVisible(db: Db, userId: string, id: string): Promise<VisibleRow | null> {
  const [row] = await db
    .select(viewColumns)
    .from(applications)
    .leftJoin(servicePoints, eq(servicePoints.id, applications.servicePointId))
    .where(and(eq(applications.id, id), await visibleCondition(db, userId)));
  return row ?? null;
}

export function listEvents(db: Db, applicationId: string) {
  return db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId)).orderBy(asc(applicationEvents.id));
}

/** Revokes the subject-side consents of a proxy application; returns how many were active. */
export async function revokeConsents(db: Db, applicationId: string, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(consents)
    .set({ revokedAt: now, revokedByUserId: userId })
    .where(and(eq(consents.applicationId, applicationId), isNull(consents.revokedAt)))
    .returning({ id: consents.id });
  return rows.length;
}
