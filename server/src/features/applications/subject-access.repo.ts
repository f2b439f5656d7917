/** SQL of subject access: the one-time code staff issue for a proxy application, and binding its subject's account. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { applications, subjectCodes } from '../../db/schema-applications';

export type SubjectCodeRow = typeof subjectCodes.$inferSelect;

/** Issues (or replaces) the application's code: a new code resets tries and the used mark. */
export async function upsertCode(db: Db, row: Omit<SubjectCodeRow, 'tries' | 'usedAt'>): Promise<void> {
  await db
    .insert(subjectCodes)
    .values(row)
    .onConflictDoUpdate({
      target: subjectCodes.applicationId,
      set: {
        codeHash: row.codeHash,
        issuedByUserId: row.issuedByUserId,
        issuedAt: row.issuedAt,
        expiresAt: row.expiresAt,
        tries: 0,
        usedAt: null,
      },
    });
}

/** A proxy application by reference number, with its code (locked for the rest of the transaction). */
export async function lockClaimTarget(db: Db, refNo: string) {
  const [row] = await db
    .select({
      id: applications.id,
      channel: applications.channel,
      applicantUserId: applications.applicantUserId,
      subjectPhoneHash: applications.subjectPhoneHash,
      subjectUserId: applications.subjectUserId,
    })
    .from(applications)
    .where(eq(applications.refNo, refNo))
    .for('update');
  if (!row) return null;
  const [code] = await db.select().from(subjectCodes).where(eq(subjectCodes.applicationId, row.id)).for('update');
  return { app: row, code: code ?? null };
}

export async function userPhoneHash(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ phoneHash: users.phoneHash }).from(users).where(eq(users.id, userId));
  return row?.phoneHash ?? null;
}

/** Counts one wrong entry; burns the code (usedAt) when it reaches `maxTries`. Returns the new count. */
export async function countWrongTry(db: Db, applicationId: string, maxTries: number, now: Date): Promise<number> {
  const [row] = await db
    .update(subjectCodes)
    .set({
      tries: sql`${subjectCodes.tries} + 1`,
      usedAt: sql`case when ${subjectCodes.tries} + 1 >= ${maxTries} then ${now.toISOString()}::timestamptz end`,
    })
    .where(and(eq(subjectCodes.applicationId, applicationId)))
    .returning({ tries: subjectCodes.tries });
  return row?.tries ?? maxTries;
}

export async function markUsed(db: Db, applicationId: string, now: Date): Promise<void> {
  await db.update(subjectCodes).set({ usedAt: now }).where(eq(subjectCodes.applicationId, applicationId));
}

export async function bindSubject(db: Db, applicationId: string, userId: string): Promise<void> {
  await db.update(applications).set({ subjectUserId: userId }).where(eq(applications.id, applicationId));
}
