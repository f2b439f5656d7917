/** SQL of household merge: candidate cases in a scope, household membership, and the links themselves. */
import { and, desc, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import { OPEN_STATUSES } from '../../../../shared/domain/application-status';
import type { Db } from '../../db/client';
import { applications } from '../../db/schema-applications';
import { householdMembers, households } from '../../db/schema-households';
import type { FieldCipher } from '../../lib/crypto';
import { openText } from '../applications/sealed-fields';
import { LEAD_CONSENT_PURPOSE } from '../cases/cases.repo';

const leadPendingSql = sql<boolean>`(${applications.channel} = 'referral' and not exists (select 1 from consents lc
  where lc.application_id = ${applications.id} and lc.purpose = ${LEAD_CONSENT_PURPOSE} and lc.revoked_at is null))`;

const caseColumns = {
  id: applications.id,
  refNo: applications.refNo,
  channel: applications.channel,
  status: applications.status,
  divisionCode: applications.divisionCode,
  createdAt: applications.createdAt,
  servicePointId: applications.servicePointId,
  assigneeUserId: applications.assigneeUserId,
  subjectIdHash: applications.subjectIdHash,
  subjectPhoneHash: applications.subjectPhoneHash,
  subjectNameEnc: applications.subjectNameEnc,
  legacySubjectName: applications.legacySubjectName,
  addressEnc: applications.addressEnc,
  legacyAddress: applications.legacyAddress,
  leadPending: leadPendingSql,
  householdId: householdMembers.householdId,
};

function open(cipher: FieldCipher, r: Awaited<ReturnType<typeof selectCases>>[number]) {
  const { subjectNameEnc, legacySubjectName, addressEnc, legacyAddress, ...rest } = r;
  return {
    ...rest,
    subjectName: openText(cipher, subjectNameEnc, legacySubjectName),
    address: openText(cipher, addressEnc, legacyAddress),
  };
}
export type HouseholdCaseRow = ReturnType<typeof open>;

function selectCases(db: Db, where: SQL | undefined) {
  return db
    .select(caseColumns)
    .from(applications)
    .leftJoin(householdMembers, eq(householdMembers.applicationId, applications.id))
    .where(and(where, sql`${applications.detailsErasedAt} is null`));
}

/** Cases in scope that may be duplicates: open ones and those of the last `sinceDays` days, newest first. */
export async function listCandidates(db: Db, cipher: FieldCipher, scopeWhere: SQL, since: Date, limit: number) {
  const rows = await selectCases(
    db,
    and(scopeWhere, or(inArray(applications.status, [...OPEN_STATUSES]), gte(applications.createdAt, since))),
  )
    .orderBy(desc(applications.createdAt))
    .limit(limit);
  return rows.map((r) => open(cipher, r));
}

/** The given cases, only those in scope, locked for the transaction. */
export async function lockCasesInScope(db: Db, ids: string[], scopeWhere: SQL) {
  const rows = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(inArray(applications.id, ids), scopeWhere))
    .for('update');
  return rows.map((r) => r.id);
}

export async function findCaseInScope(db: Db, cipher: FieldCipher, id: string, scopeWhere: SQL) {
  const [row] = await selectCases(db, and(eq(applications.id, id), scopeWhere));
  return row ? open(cipher, row) : null;
}

/** Every case of a household, with whether it lies in the caller's scope. */
export async function listMembers(db: Db, cipher: FieldCipher, householdId: string, scopeWhere: SQL) {
  const rows = await db
    .select({ ...caseColumns, inScope: sql<boolean>`(${scopeWhere})` })
    .from(applications)
    .innerJoin(householdMembers, eq(householdMembers.applicationId, applications.id))
    .where(eq(householdMembers.householdId, householdId))
    .orderBy(applications.createdAt);
  return rows.map((r) => ({ ...open(cipher, r), inScope: r.inScope }));
}

export async function householdsOf(db: Db, ids: string[]) {
  return db
    .select({ applicationId: householdMembers.applicationId, householdId: householdMembers.householdId })
    .from(householdMembers)
    .where(inArray(householdMembers.applicationId, ids));
}

export async function createHousehold(db: Db, userId: string, now: Date): Promise<string> {
  const [row] = await db
    .insert(households)
    .values({ createdByUserId: userId, createdAt: now })
    .returning({ id: households.id });
  return row!.id;
}

/** Puts the cases into the household; cases of the `absorbed` households come along. */
export async function joinHousehold(
  db: Db,
  householdId: string,
  ids: string[],
  absorbed: string[],
  userId: string,
  now: Date,
) {
  if (absorbed.length)
    await db.update(householdMembers).set({ householdId }).where(inArray(householdMembers.householdId, absorbed));
  if (ids.length)
    await db
      .insert(householdMembers)
      .values(ids.map((applicationId) => ({ applicationId, householdId, addedByUserId: userId, addedAt: now })))
      .onConflictDoUpdate({ target: householdMembers.applicationId, set: { householdId } });
}

export async function removeMember(db: Db, applicationId: string) {
  await db.delete(householdMembers).where(eq(householdMembers.applicationId, applicationId));
}

export async function memberIds(db: Db, householdId: string): Promise<string[]> {
  const rows = await db
    .select({ id: householdMembers.applicationId })
    .from(householdMembers)
    .where(eq(householdMembers.householdId, householdId));
  return rows.map((r) => r.id);
}
