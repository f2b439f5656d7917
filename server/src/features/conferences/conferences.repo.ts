/** SQL of case conferences: the conference, its cases, participants and decisions, and who may see it. */
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, servicePoints, users } from '../../db/schema';
import { applications } from '../../db/schema-applications';
import {
  caseConferences,
  conferenceCases,
  conferenceDecisions,
  conferenceParticipants,
} from '../../db/schema-conferences';
import { providers } from '../../db/schema-partners';
import type { Receiving } from '../orders/orders.access';

export type ConferenceRow = typeof caseConferences.$inferSelect;
type ParticipantInsert = typeof conferenceParticipants.$inferInsert;

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((i) => sql`${i}::uuid`),
    sql`, `,
  );

/**
 * Conferences the caller may see: they convened it, one of their units takes part, or one of its cases lies in
 * their staff scope (`scopeSql` is a condition on `applications`).
 */
export function visibleSql(userId: string, units: Receiving, scopeSql: SQL): SQL {
  const parts: SQL[] = [eq(caseConferences.convenedBy, userId)];
  const unit = (column: string, ids: string[]) =>
    ids.length
      ? parts.push(sql`exists (select 1 from ${conferenceParticipants} p where p.conference_id = ${caseConferences.id}
          and p.${sql.raw(column)} in (${uuidList(ids)}))`)
      : 0;
  unit('department_id', units.deptIds);
  unit('point_id', units.pointIds);
  unit('provider_id', units.providerIds);
  parts.push(sql`exists (select 1 from ${conferenceCases} cc join ${applications} on ${applications.id} = cc.application_id
    where cc.conference_id = ${caseConferences.id} and ${scopeSql})`);
  return or(...parts)!;
}

export async function findConference(db: Db, id: string, visible: SQL) {
  const [row] = await db
    .select({ conference: caseConferences, convenerName: users.displayName })
    .from(caseConferences)
    .innerJoin(users, eq(users.id, caseConferences.convenedBy))
    .where(and(eq(caseConferences.id, id), visible));
  return row ?? null;
}

export function listConferences(db: Db, visible: SQL, limit = 50) {
  return db
    .select({
      id: caseConferences.id,
      title: caseConferences.title,
      startsAt: caseConferences.startsAt,
      place: caseConferences.place,
      online: sql<boolean>`${caseConferences.onlineUrl} is not null`,
      caseCount: sql<number>`(select count(*)::int from ${conferenceCases} cc where cc.conference_id = "case_conferences"."id")`,
      decisionCount: sql<number>`(select count(*)::int from ${conferenceDecisions} cd where cd.conference_id = "case_conferences"."id")`,
    })
    .from(caseConferences)
    .where(visible)
    .orderBy(desc(caseConferences.startsAt))
    .limit(limit);
}

export async function insertConference(
  db: Db,
  row: typeof caseConferences.$inferInsert,
  applicationIds: string[],
  participants: Omit<ParticipantInsert, 'conferenceId'>[],
): Promise<ConferenceRow> {
  const [conference] = await db.insert(caseConferences).values(row).returning();
  const conferenceId = conference!.id;
  await db.insert(conferenceCases).values(applicationIds.map((applicationId) => ({ conferenceId, applicationId })));
  await db.insert(conferenceParticipants).values(participants.map((p) => ({ ...p, conferenceId })));
  return conference!;
}

export function listCases(db: Db, conferenceId: string) {
  return db
    .select({
      applicationId: applications.id,
      refNo: applications.refNo,
      status: applications.status,
      servicePointId: applications.servicePointId,
      streetCode: applications.streetCode,
    })
    .from(conferenceCases)
    .innerJoin(applications, eq(applications.id, conferenceCases.applicationId))
    .where(eq(conferenceCases.conferenceId, conferenceId))
    .orderBy(asc(applications.refNo));
}

export function listParticipants(db: Db, conferenceId: string) {
  return db
    .select({
      p: conferenceParticipants,
      name: sql<string>`coalesce(${departments.name}, ${servicePoints.name}, ${providers.name}, ${applications.refNo})`,
    })
    .from(conferenceParticipants)
    .leftJoin(departments, eq(departments.id, conferenceParticipants.departmentId))
    .leftJoin(servicePoints, eq(servicePoints.id, conferenceParticipants.pointId))
    .leftJoin(providers, eq(providers.id, conferenceParticipants.providerId))
    .leftJoin(applications, eq(applications.id, conferenceParticipants.applicationId))
    .where(eq(conferenceParticipants.conferenceId, conferenceId))
    .orderBy(asc(conferenceParticipants.kind));
}

export function listDecisions(db: Db, conferenceId: string) {
  return db
    .select({ d: conferenceDecisions, refNo: applications.refNo, decidedBy: users.displayName })
    .from(conferenceDecisions)
    .innerJoin(applications, eq(applications.id, conferenceDecisions.applicationId))
    .innerJoin(users, eq(users.id, conferenceDecisions.decidedBy))
    .where(eq(conferenceDecisions.conferenceId, conferenceId))
    .orderBy(asc(conferenceDecisions.createdAt), asc(conferenceDecisions.id));
}

export async function insertDecision(db: Db, row: typeof conferenceDecisions.$inferInsert) {
  const [decision] = await db.insert(conferenceDecisions).values(row).returning();
  return decision!;
}

/** Which of `ids` exist (departments, points or published providers), for validating participants and owners. */
export async function existingIds(db: Db, kind: 'department' | 'point' | 'provider', ids: string[]) {
  if (!ids.length) return new Set<string>();
  const table = kind === 'department' ? departments : kind === 'point' ? servicePoints : providers;
  const rows = await db.select({ id: table.id }).from(table).where(inArray(table.id, ids));
  return new Set(rows.map((r) => r.id));
}
