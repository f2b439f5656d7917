/** SQL of the monthly joint meeting (联席会议) and of the month's figures its agenda is proposed from. */
import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, servicePoints } from '../../db/schema';
import { applications } from '../../db/schema-applications';
import {
  followUpTasks,
  jointMeetings,
  meetingAgenda,
  meetingAttendees,
  meetingDecisions,
} from '../../db/schema-conferences';
import { overdueSql } from '../cases/cases.repo';

export type MeetingRow = typeof jointMeetings.$inferSelect;

/** Meetings a department officer may read: those their department attended. */
export function attendedBySql(deptIds: string[]): SQL {
  if (!deptIds.length) return sql`false`;
  return sql`exists (select 1 from ${meetingAttendees} a where a.meeting_id = ${jointMeetings.id}
    and a.department_id in (${sql.join(
      deptIds.map((d) => sql`${d}::uuid`),
      sql`, `,
    )}))`;
}

export async function findMeeting(db: Db, where: SQL): Promise<MeetingRow | null> {
  const [row] = await db.select().from(jointMeetings).where(where);
  return row ?? null;
}

export const byId = (id: string) => eq(jointMeetings.id, id);
export const byMonth = (month: string) => eq(jointMeetings.month, month);

/** The latest meeting of a month before `month`. */
export async function previousMeeting(db: Db, month: string): Promise<MeetingRow | null> {
  const [row] = await db
    .select()
    .from(jointMeetings)
    .where(lt(jointMeetings.month, month))
    .orderBy(desc(jointMeetings.month))
    .limit(1);
  return row ?? null;
}

export function listMeetings(db: Db, where: SQL) {
  return db
    .select({
      id: jointMeetings.id,
      month: jointMeetings.month,
      heldOn: jointMeetings.heldOn,
      openActions: sql<number>`(select count(*)::int from ${followUpTasks} t where t.meeting_id = "joint_meetings"."id" and t.status = 'open')`,
    })
    .from(jointMeetings)
    .where(where)
    .orderBy(desc(jointMeetings.month))
    .limit(60);
}

export async function insertMeeting(
  db: Db,
  row: typeof jointMeetings.$inferInsert,
  departmentIds: string[],
  agenda: { kind: (typeof meetingAgenda.$inferInsert)['kind']; title: string }[],
): Promise<MeetingRow | null> {
  const [meeting] = await db.insert(jointMeetings).values(row).onConflictDoNothing().returning();
  if (!meeting) return null;
  await db
    .insert(meetingAttendees)
    .values(departmentIds.map((departmentId) => ({ meetingId: meeting.id, departmentId })));
  if (agenda.length)
    await db.insert(meetingAgenda).values(agenda.map((a, position) => ({ ...a, meetingId: meeting.id, position })));
  return meeting;
}

export function listAttendees(db: Db, meetingId: string) {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(meetingAttendees)
    .innerJoin(departments, eq(departments.id, meetingAttendees.departmentId))
    .where(eq(meetingAttendees.meetingId, meetingId))
    .orderBy(asc(departments.sort), asc(departments.name));
}

export function listAgenda(db: Db, meetingId: string) {
  return db
    .select({ kind: meetingAgenda.kind, title: meetingAgenda.title })
    .from(meetingAgenda)
    .where(eq(meetingAgenda.meetingId, meetingId))
    .orderBy(asc(meetingAgenda.position));
}

export function listMeetingDecisions(db: Db, meetingId: string) {
  return db
    .select()
    .from(meetingDecisions)
    .where(eq(meetingDecisions.meetingId, meetingId))
    .orderBy(asc(meetingDecisions.createdAt), asc(meetingDecisions.id));
}

export async function insertMeetingDecision(db: Db, row: typeof meetingDecisions.$inferInsert): Promise<void> {
  await db.insert(meetingDecisions).values(row);
}

export async function departmentIdsIn(db: Db, ids: string[]): Promise<Set<string>> {
  const rows = await db.select({ id: departments.id }).from(departments).where(inArray(departments.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** Cases of the district past their deadline now: how many, and the first `limit` by due time. */
export async function overdueCases(db: Db, now: Date, limit = 20) {
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(overdueSql(now));
  const items = await db
    .select({
      applicationId: applications.id,
      refNo: applications.refNo,
      pointName: sql<string>`coalesce(${servicePoints.name}, '')`,
      dueAt: applications.dueAt,
    })
    .from(applications)
    .leftJoin(servicePoints, eq(servicePoints.id, applications.servicePointId))
    .where(overdueSql(now))
    .orderBy(asc(applications.dueAt))
    .limit(limit);
  return { count: count?.n ?? 0, items };
}

/** Needs of the month routing could not place in any category (flag `unclassified`). */
export async function countUnclassified(db: Db, from: Date, to: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(
      and(
        sql`${applications.flags} @> array['unclassified']`,
        gte(applications.createdAt, from),
        lt(applications.createdAt, to),
      ),
    );
  return row?.n ?? 0;
}
