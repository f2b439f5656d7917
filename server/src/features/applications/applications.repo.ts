/** SQL for intake and the applicant's views. */
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { servicePoints, users } from '../../db/schema';
import { applicationEvents, applications, consents } from '../../db/schema-applications';
import type { FieldCipher } from '../../lib/crypto';
import {
  openRow,
  sealFields,
  splitPlain,
  type ApplicationRecord,
  type PlainFields,
  type SealedKey,
} from './sealed-fields';

/** A new application with its personal fields in plain text (sealed here, under the current field key). */
export type NewApplication = Omit<typeof applications.$inferInsert, SealedKey> & PlainFields;

/** Inserts the application; undefined when its reference number is already taken (the caller draws another). */
export async function insertApplication(
  db: Db,
  cipher: FieldCipher,
  row: NewApplication,
): Promise<ApplicationRecord | undefined> {
  const { plain, rest } = splitPlain(row);
  const [created] = await db
    .insert(applications)
    .values({ ...rest, ...sealFields(cipher, plain) })
    .onConflictDoNothing({ target: applications.refNo })
    .returning();
  return created ? { ...openRow(cipher, created), ...plain } : undefined;
}

/** The caller's verified phone (encrypted), or null when the account has none. */
export async function accountPhoneEnc(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ phoneEnc: users.phoneEnc }).from(users).where(eq(users.id, userId));
  return row?.phoneEnc ?? null;
}

/** Open applications for the same person (by blind index of ID or phone): shown to staff as possible duplicates. */
export async function countOpenForSubject(db: Db, idHash: string | null, phoneHash: string | null): Promise<number> {
  const keys = [
    idHash ? eq(applications.subjectIdHash, idHash) : undefined,
    phoneHash ? eq(applications.subjectPhoneHash, phoneHash) : undefined,
  ].filter(Boolean);
  if (keys.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(
      and(
        or(...keys),
        inArray(applications.status, ['submitted', 'accepted', 'in_progress', 'needs_info', 'escalated']),
      ),
    );
  return row?.n ?? 0;
}

export async function insertEvent(db: Db, event: typeof applicationEvents.$inferInsert): Promise<void> {
  await db.insert(applicationEvents).values(event);
}

/** The intake's consents and first event in one statement (one round trip; a data-modifying CTE always runs). */
export type EventValues = typeof applicationEvents.$inferInsert;

export async function insertConsentsAndEvent(
  db: Db,
  rows: (typeof consents.$inferInsert)[],
  event: EventValues,
): Promise<void> {
  if (rows.length === 0) return insertEvent(db, event);
  const granted = db.$with('granted').as(db.insert(consents).values(rows).returning({ id: consents.id }));
  await db.with(granted).insert(applicationEvents).values(event);
}

const viewColumns = {
  app: applications,
  pointName: servicePoints.name,
  pointPhone: servicePoints.phone,
};

/**
 * Who may see an application as a resident: its applicant, or the subject of a proxy application once they bound
 * their account with the code staff read out (applications.claimSubject). A typed phone number grants nothing.
 */
function visibleCondition(userId: string) {
  return or(
    eq(applications.applicantUserId, userId),
    and(eq(applications.channel, 'proxy'), eq(applications.subjectUserId, userId)),
  )!;
}

export async function listVisibleTo(db: Db, cipher: FieldCipher, userId: string) {
  const rows = await db
    .select(viewColumns)
    .from(applications)
    .leftJoin(servicePoints, eq(servicePoints.id, applications.servicePointId))
    .where(visibleCondition(userId))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(100);
  return rows.map((row) => ({ ...row, app: openRow(cipher, row.app) }));
}

export type VisibleRow = Awaited<ReturnType<typeof listVisibleTo>>[number];

export async function findVisible(db: Db, cipher: FieldCipher, userId: string, id: string): Promise<VisibleRow | null> {
  const [row] = await db
    .select(viewColumns)
    .from(applications)
    .leftJoin(servicePoints, eq(servicePoints.id, applications.servicePointId))
    .where(and(eq(applications.id, id), visibleCondition(userId)));
  return row ? { ...row, app: openRow(cipher, row.app) } : null;
}

export function listEvents(db: Db, applicationId: string) {
  return db
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.id));
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
