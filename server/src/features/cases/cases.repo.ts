/** All SQL of the staff workbench: scoped reads (scope is always part of the WHERE), referrals and org look-ups. */
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ReferralStatus, TCaseQueueRequest } from '../../../../shared/schemas/cases';
import type { Db } from '../../db/client';
import { departments, divisions, servicePoints, users } from '../../db/schema';
import { applicationEvents, applications, consents, departmentReferrals } from '../../db/schema-applications';
import type { FieldCipher } from '../../lib/crypto';
import { openRow, openText } from '../applications/sealed-fields';
import { pointStreetCodeSql } from '../org/org.repo';
import type { CaseScope } from './scope';

/** Referral statuses in which the department officer still sees the case. */
export const LIVE_REFERRAL = ['open', 'accepted'] as const;

/** No scope condition: only for callers already authorised for the case inside the same transaction. */
export const ANY_SCOPE = sql`true`;

/** Staff scope as a WHERE condition (false when the caller has no staff post). */
export function staffScopeSql(scope: CaseScope): SQL {
  if (scope.district) return sql`true`;
  const parts: SQL[] = [];
  if (scope.pointIds.length) parts.push(inArray(applications.servicePointId, scope.pointIds));
  if (scope.stationPointIds.length) parts.push(inArray(applications.servicePointId, scope.stationPointIds));
  if (scope.streetCodes.length) parts.push(inArray(applications.streetCode, scope.streetCodes));
  return parts.length ? or(...parts)! : sql`false`;
}

/** Officer scope: a live referral of the case to one of the caller's departments, and the case not withdrawn. */
export function officerScopeSql(scope: CaseScope): SQL {
  if (!scope.deptIds.length) return sql`false`;
  return sql`(${applications.status} <> 'withdrawn' and exists (select 1 from ${departmentReferrals} r where r.application_id = ${applications.id}
    and r.department_id in (${sql.join(
      scope.deptIds.map((d) => sql`${d}::uuid`),
      sql`, `,
    )}) and r.status in ('open', 'accepted')))`;
}

/** SQL for "deadline missed and not paused". */
export const overdueSql = (now: Date) =>
  sql<boolean>`(${applications.dueAt} is not null and ${applications.dueAt} < ${now.toISOString()}::timestamptz and ${applications.pausedAt} is null and ${applications.status} in ('submitted','accepted','in_progress','escalated'))`;

const street = alias(divisions, 'street');
const place = alias(divisions, 'place');

const communityNameSql = sql<
  string | null
>`case when ${place.level} in ('community', 'village') then ${place.name} end`;
/** due_at exactly as stored (microseconds), for the keyset cursor. */
const dueKeySql = sql<string | null>`${applications.dueAt}::text`;

/** Purpose of the consent staff record for the subject of a neighbour's lead (`cases.recordConsent`). */
export const LEAD_CONSENT_PURPOSE = 'lead_subject';

/** True for a neighbour lead whose subject's consent has not been recorded (its details stay with the assigned unit). */
const leadPendingSql = sql<boolean>`(${applications.channel} = 'referral' and not exists (select 1 from ${consents} lc
  where lc.application_id = ${applications.id} and lc.purpose = ${LEAD_CONSENT_PURPOSE} and lc.revoked_at is null))`;

const caseColumns = (now: Date) => ({
  app: applications,
  leadPending: leadPendingSql,
  streetName: street.name,
  communityName: communityNameSql,
  pointName: servicePoints.name,
  pointLevel: servicePoints.level,
  assigneeName: users.displayName,
  overdue: overdueSql(now),
  dueKey: dueKeySql,
});

function caseQuery(db: Db, now: Date) {
  return db
    .select(caseColumns(now))
    .from(applications)
    .leftJoin(street, eq(street.code, applications.streetCode))
    .leftJoin(place, eq(place.code, applications.divisionCode))
    .leftJoin(servicePoints, eq(servicePoints.id, applications.servicePointId))
    .leftJoin(users, eq(users.id, applications.assigneeUserId));
}

export type CaseRow = Awaited<ReturnType<typeof findCase>> & {};
export type QueueFilter = Pick<TCaseQueueRequest, 'status' | 'urgency' | 'needTier' | 'channel' | 'refNo' | 'overdue'>;
export type Cursor = { dueAt: string | null; id: string };

/**
 * Only what a queue row shows (`toQueueItem`): no encrypted fields, no free text, no assignee join. Every column
 * selected costs driver and drizzle mapping time on each of the page's rows, on every workbench refresh.
 */
const queueColumns = (now: Date) => ({
  app: {
    id: applications.id,
    refNo: applications.refNo,
    channel: applications.channel,
    status: applications.status,
    urgency: applications.urgency,
    needTier: applications.needTier,
    categories: applications.categories,
    subjectNameEnc: applications.subjectNameEnc,
    legacySubjectName: applications.legacySubjectName,
    flags: applications.flags,
    assigneeUserId: applications.assigneeUserId,
    servicePointId: applications.servicePointId,
    dueAt: applications.dueAt,
    pausedAt: applications.pausedAt,
    version: applications.version,
  },
  streetName: street.name,
  communityName: communityNameSql,
  pointName: servicePoints.name,
  overdue: overdueSql(now),
  dueKey: dueKeySql,
  leadPending: leadPendingSql,
});

export type QueueRow = Awaited<ReturnType<typeof queuePage>>[number];

/** One page of the queue: due_at asc nulls last, then id; keyset after `cursor`. The subject's name is decrypted (page size ≤ 50). */
export async function queuePage(
  db: Db,
  cipher: FieldCipher,
  scopeWhere: SQL,
  filter: QueueFilter,
  now: Date,
  cursor: Cursor | null,
  limit: number,
) {
  const where: (SQL | undefined)[] = [scopeWhere];
  if (filter.status?.length) where.push(inArray(applications.status, filter.status));
  if (filter.urgency) where.push(eq(applications.urgency, filter.urgency));
  if (filter.needTier)
    where.push(
      filter.needTier === 'unsure' ? isNull(applications.needTier) : eq(applications.needTier, filter.needTier),
    );
  if (filter.channel) where.push(eq(applications.channel, filter.channel));
  if (filter.refNo) where.push(eq(applications.refNo, filter.refNo.toUpperCase()));
  if (filter.overdue !== undefined) where.push(filter.overdue ? overdueSql(now) : sql`not ${overdueSql(now)}`);
  if (cursor) {
    where.push(
      cursor.dueAt === null
        ? sql`(${applications.dueAt} is null and ${applications.id} > ${cursor.id}::uuid)`
        : sql`(${applications.dueAt} > ${cursor.dueAt}::timestamptz or (${applications.dueAt} = ${cursor.dueAt}::timestamptz and ${applications.id} > ${cursor.id}::uuid) or ${applications.dueAt} is null)`,
    );
  }
  const rows = await db
    .select(queueColumns(now))
    .from(applications)
    .leftJoin(street, eq(street.code, applications.streetCode))
    .leftJoin(place, eq(place.code, applications.divisionCode))
    .leftJoin(servicePoints, eq(servicePoints.id, applications.servicePointId))
    .where(and(...where))
    .orderBy(sql`${applications.dueAt} asc nulls last`, asc(applications.id))
    .limit(limit);
  return rows.map(({ app: { subjectNameEnc, legacySubjectName, ...app }, ...row }) => ({
    ...row,
    app: { ...app, subjectName: openText(cipher, subjectNameEnc, legacySubjectName) },
  }));
}

/** A case by id inside `scopeWhere`; null when missing or out of scope (the caller answers 404). */
export async function findCase(db: Db, cipher: FieldCipher, id: string, scopeWhere: SQL, now: Date) {
  const [row] = await caseQuery(db, now).where(and(eq(applications.id, id), scopeWhere));
  return row ? { ...row, app: openRow(cipher, row.app) } : null;
}

/** Locks a case for the rest of the transaction, but only when it lies in `scopeWhere` (re-checked after waiting). */
export async function lockCaseInScope(db: Db, id: string, scopeWhere: SQL) {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), scopeWhere))
    .for('update');
  return row ?? null;
}

export function listEvents(db: Db, applicationId: string) {
  return db
    .select({ event: applicationEvents, actorName: users.displayName })
    .from(applicationEvents)
    .leftJoin(users, eq(users.id, applicationEvents.actorUserId))
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.id));
}

export function listConsents(db: Db, applicationId: string) {
  return db.select().from(consents).where(eq(consents.applicationId, applicationId)).orderBy(asc(consents.grantedAt));
}

export function listReferrals(db: Db, applicationId: string) {
  return db
    .select({
      referral: departmentReferrals,
      dept: { id: departments.id, code: departments.code, name: departments.name },
    })
    .from(departmentReferrals)
    .innerJoin(departments, eq(departments.id, departmentReferrals.departmentId))
    .where(eq(departmentReferrals.applicationId, applicationId))
    .orderBy(asc(departmentReferrals.createdAt));
}

export function departmentsByIds(db: Db, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(inArray(departments.id, ids))
    .orderBy(asc(departments.sort));
}

export async function departmentByCode(db: Db, code: string) {
  const [row] = await db
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(eq(departments.code, code));
  return row ?? null;
}

/** The live referral of a case to one of `deptIds` (locked when `lock`); null when there is none. */
export async function findLiveReferral(db: Db, applicationId: string, deptIds: string[], lock = false) {
  if (!deptIds.length) return null;
  const q = db
    .select({
      referral: departmentReferrals,
      dept: { id: departments.id, code: departments.code, name: departments.name },
    })
    .from(departmentReferrals)
    .innerJoin(departments, eq(departments.id, departmentReferrals.departmentId))
    .where(
      and(
        eq(departmentReferrals.applicationId, applicationId),
        inArray(departmentReferrals.departmentId, deptIds),
        inArray(departmentReferrals.status, [...LIVE_REFERRAL]),
      ),
    )
    .orderBy(asc(departmentReferrals.createdAt))
    .limit(1);
  const [row] = lock ? await q.for('update', { of: departmentReferrals }) : await q;
  return row ?? null;
}

export async function insertReferral(db: Db, row: typeof departmentReferrals.$inferInsert): Promise<void> {
  await db.insert(departmentReferrals).values(row);
}

export async function setReferralStatus(
  db: Db,
  id: string,
  status: ReferralStatus,
  closedAt: Date | null,
): Promise<void> {
  await db.update(departmentReferrals).set({ status, closedAt }).where(eq(departmentReferrals.id, id));
}

/** A service point with the street/town it belongs to (null for the district hub). */
export async function findPoint(db: Db, id: string) {
  const [row] = await db
    .select({
      id: servicePoints.id,
      level: servicePoints.level,
      active: servicePoints.active,
      divisionCode: servicePoints.divisionCode,
      streetCode: pointStreetCodeSql,
    })
    .from(servicePoints)
    .innerJoin(divisions, eq(divisions.code, servicePoints.divisionCode))
    .where(eq(servicePoints.id, id));
  return row ?? null;
}

/** Keeps the case's street in step with the point it was moved to (same transaction as the transition). */
export async function setStreetCode(db: Db, id: string, streetCode: string): Promise<void> {
  await db.update(applications).set({ streetCode }).where(eq(applications.id, id));
}

/** True when a withdrawn case already has its closing note (a 'close' entry that left the status as it was). */
export async function hasClosingNote(db: Db, applicationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: applicationEvents.id })
    .from(applicationEvents)
    .where(
      and(
        eq(applicationEvents.applicationId, applicationId),
        eq(applicationEvents.type, 'close'),
        eq(applicationEvents.statusFrom, 'withdrawn'),
      ),
    )
    .limit(1);
  return !!row;
}
