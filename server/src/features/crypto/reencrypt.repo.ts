/**
 * SQL of the re-encryption job (reencrypt.job.ts): claim a batch of rows that still hold plain personal columns or
 * a ciphertext under another key than the current one (FOR UPDATE SKIP LOCKED, so a running server and several
 * job processes never wait on each other or touch one row twice), and write their new columns back.
 */
import { and, asc, gt, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { applications } from '../../db/schema-applications';

/** A ciphertext column holding a value not sealed under `kid` (legacy v1 or another key). */
const staleSql = (column: PgColumn, kid: string): SQL =>
  sql`(${column} is not null and not starts_with(${column}, ${`v2:${kid}:`}))`;

export const APPLICATION_ENC_COLUMNS = {
  subjectNameEnc: applications.subjectNameEnc,
  addressEnc: applications.addressEnc,
  descriptionEnc: applications.descriptionEnc,
  targetGroupEnc: applications.targetGroupEnc,
  subjectIdEnc: applications.subjectIdEnc,
  subjectPhoneEnc: applications.subjectPhoneEnc,
  referrerContactEnc: applications.referrerContactEnc,
  applicantPhoneEnc: applications.applicantPhoneEnc,
};

const applicationColumns = {
  id: applications.id,
  ...APPLICATION_ENC_COLUMNS,
  legacySubjectName: applications.legacySubjectName,
  legacyAddress: applications.legacyAddress,
  legacyDescription: applications.legacyDescription,
  legacyTargetGroup: applications.legacyTargetGroup,
};

export type ApplicationCryptoRow = Pick<typeof applications.$inferSelect, keyof typeof applicationColumns>;
/** A row the job still has to visit for `kid`. */
function pendingApplicationSql(kid: string): SQL | undefined {
  const legacy = [
    applications.legacySubjectName,
    applications.legacyAddress,
    applications.legacyDescription,
    applications.legacyTargetGroup,
  ].map((c) => isNotNull(c));
  return or(...legacy, ...Object.values(APPLICATION_ENC_COLUMNS).map((c) => staleSql(c, kid)));
}

export type ApplicationCryptoPatch = Partial<Omit<typeof applications.$inferInsert, 'id'>>;

export type Claim = { kid: string; limit: number; afterId: string | null; all: boolean };

/**
 * The next rows after `afterId` (by id) with a plain personal column left or a ciphertext not under `kid`; with
 * `all` (re-index) every row, waiting for locked ones instead of skipping them (it must visit each row).
 */
export async function claimApplications(db: Db, claim: Claim): Promise<ApplicationCryptoRow[]> {
  const where = and(
    claim.afterId ? gt(applications.id, claim.afterId) : undefined,
    claim.all ? undefined : pendingApplicationSql(claim.kid),
  );
  const query = db
    .select(applicationColumns)
    .from(applications)
    .where(where)
    .orderBy(asc(applications.id))
    .limit(claim.limit);
  return claim.all ? query.for('update') : query.for('update', { skipLocked: true });
}

export async function updateApplication(db: Db, id: string, patch: ApplicationCryptoPatch): Promise<void> {
  await db
    .update(applications)
    .set(patch)
    .where(sql`${applications.id} = ${id}`);
}

export type UserCryptoRow = { id: string; phoneEnc: string | null };

export async function claimUsers(db: Db, claim: Claim): Promise<UserCryptoRow[]> {
  const where = and(
    claim.afterId ? gt(users.id, claim.afterId) : undefined,
    claim.all ? isNotNull(users.phoneEnc) : staleSql(users.phoneEnc, claim.kid),
  );
  const query = db
    .select({ id: users.id, phoneEnc: users.phoneEnc })
    .from(users)
    .where(where)
    .orderBy(asc(users.id))
    .limit(claim.limit);
  return claim.all ? query.for('update') : query.for('update', { skipLocked: true });
}

export async function updateUser(
  db: Db,
  id: string,
  patch: { phoneEnc?: string | null; phoneHash?: string | null },
): Promise<void> {
  await db
    .update(users)
    .set(patch)
    .where(sql`${users.id} = ${id}`);
}

/** What is still to do for `kid`: rows with plain columns or ciphertexts under another key. */
export async function countPending(db: Db, kid: string): Promise<{ applications: number; users: number }> {
  const [apps] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(pendingApplicationSql(kid));
  const [people] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(staleSql(users.phoneEnc, kid));
  return { applications: apps?.n ?? 0, users: people?.n ?? 0 };
}
