/**
 * Case conferences (小型议事会商), the monthly joint meeting (联席会议) and the follow-up tasks of both
 * (issue 13.1–13.2). A task belongs to exactly one conference or meeting and one owner (a user, a department or a
 * service point); `escalated_at` is the once-only marker of the overdue sweep.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  AGENDA_KINDS,
  CONFERENCE_PARTICIPANT_KINDS,
  TASK_OWNER_KINDS,
  TASK_STATUSES,
  type AgendaKind,
  type ConferenceParticipantKind,
  type TaskOwnerKind,
  type TaskStatus,
} from '../../../shared/domain/conferences';
import { isOneOf } from './checks';
import { departments, servicePoints, users } from './schema';
import { applications } from './schema-applications';
import { providers } from './schema-partners';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const id = () => uuid('id').primaryKey().defaultRandom();
const userRef = (name: string) => uuid(name).references(() => users.id);

export const caseConferences = pgTable(
  'case_conferences',
  {
    id: id(),
    title: text('title').notNull(),
    startsAt: ts('starts_at').notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    agenda: text('agenda').notNull(),
    convenedBy: userRef('convened_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('case_conferences_convener_idx').on(t.convenedBy, t.startsAt),
    check('case_conferences_where_chk', sql`${t.place} is not null or ${t.onlineUrl} is not null`),
  ],
);

const conferenceRef = () =>
  uuid('conference_id')
    .notNull()
    .references(() => caseConferences.id);
const applicationRef = () => uuid('application_id').references(() => applications.id);

export const conferenceCases = pgTable(
  'case_conference_cases',
  { conferenceId: conferenceRef(), applicationId: applicationRef().notNull() },
  (t) => [
    primaryKey({ columns: [t.conferenceId, t.applicationId] }),
    index('case_conference_cases_app_idx').on(t.applicationId),
  ],
);

export const conferenceParticipants = pgTable(
  'case_conference_participants',
  {
    id: id(),
    conferenceId: conferenceRef(),
    kind: text('kind').$type<ConferenceParticipantKind>().notNull(),
    departmentId: uuid('department_id').references(() => departments.id),
    pointId: uuid('point_id').references(() => servicePoints.id),
    providerId: uuid('provider_id').references(() => providers.id),
    /** kind resident: the case whose resident (or representative) is invited. */
    applicationId: applicationRef(),
  },
  (t) => [
    index('case_conference_participants_conf_idx').on(t.conferenceId),
    check('case_conference_participants_kind_chk', isOneOf(t.kind, CONFERENCE_PARTICIPANT_KINDS)),
    check(
      'case_conference_participants_ref_chk',
      sql`(${t.kind} = 'department') = (${t.departmentId} is not null)
       and (${t.kind} = 'point') = (${t.pointId} is not null)
       and (${t.kind} = 'provider') = (${t.providerId} is not null)
       and (${t.kind} = 'resident') = (${t.applicationId} is not null)`,
    ),
  ],
);

export const conferenceDecisions = pgTable(
  'case_conference_decisions',
  {
    id: id(),
    conferenceId: conferenceRef(),
    applicationId: applicationRef().notNull(),
    detail: text('detail').notNull(),
    plainText: text('plain_text').notNull(),
    decidedBy: userRef('decided_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('case_conference_decisions_conf_idx').on(t.conferenceId, t.createdAt)],
);

export const jointMeetings = pgTable(
  'joint_meetings',
  {
    id: id(),
    /** yyyy-mm: one meeting per month. */
    month: text('month').notNull().unique(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place'),
    createdBy: userRef('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [check('joint_meetings_month_chk', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)],
);

const meetingRef = () =>
  uuid('meeting_id')
    .notNull()
    .references(() => jointMeetings.id);

export const meetingAttendees = pgTable(
  'joint_meeting_attendees',
  {
    meetingId: meetingRef(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.departmentId] })],
);

export const meetingAgenda = pgTable(
  'joint_meeting_agenda',
  {
    id: id(),
    meetingId: meetingRef(),
    kind: text('kind').$type<AgendaKind>().notNull(),
    title: text('title').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    index('joint_meeting_agenda_meeting_idx').on(t.meetingId, t.position),
    check('joint_meeting_agenda_kind_chk', isOneOf(t.kind, AGENDA_KINDS)),
  ],
);

export const meetingDecisions = pgTable(
  'joint_meeting_decisions',
  {
    id: id(),
    meetingId: meetingRef(),
    text: text('text').notNull(),
    createdBy: userRef('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('joint_meeting_decisions_meeting_idx').on(t.meetingId, t.createdAt)],
);

export const followUpTasks = pgTable(
  'follow_up_tasks',
  {
    id: id(),
    conferenceId: uuid('conference_id').references(() => caseConferences.id),
    meetingId: uuid('meeting_id').references(() => jointMeetings.id),
    applicationId: applicationRef(),
    title: text('title').notNull(),
    ownerKind: text('owner_kind').$type<TaskOwnerKind>().notNull(),
    ownerUserId: userRef('owner_user_id'),
    ownerDepartmentId: uuid('owner_department_id').references(() => departments.id),
    ownerPointId: uuid('owner_point_id').references(() => servicePoints.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** The end of the due day in Beijing time; past it the task is overdue. */
    dueAt: ts('due_at').notNull(),
    status: text('status').$type<TaskStatus>().notNull().default('open'),
    doneAt: ts('done_at'),
    doneBy: userRef('done_by'),
    doneNote: text('done_note'),
    /** Set once by the overdue sweep (the escalation and its notifications happen exactly once). */
    escalatedAt: ts('escalated_at'),
    createdBy: userRef('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('follow_up_tasks_user_idx').on(t.ownerUserId, t.status, t.dueAt),
    index('follow_up_tasks_department_idx').on(t.ownerDepartmentId, t.status, t.dueAt),
    index('follow_up_tasks_point_idx').on(t.ownerPointId, t.status, t.dueAt),
    index('follow_up_tasks_conference_idx').on(t.conferenceId),
    index('follow_up_tasks_meeting_idx').on(t.meetingId),
    index('follow_up_tasks_overdue_idx')
      .on(t.dueAt)
      .where(sql`${t.status} = 'open' and ${t.escalatedAt} is null`),
    check('follow_up_tasks_status_chk', isOneOf(t.status, TASK_STATUSES)),
    check('follow_up_tasks_owner_kind_chk', isOneOf(t.ownerKind, TASK_OWNER_KINDS)),
    check('follow_up_tasks_source_chk', sql`(${t.conferenceId} is null) <> (${t.meetingId} is null)`),
    check(
      'follow_up_tasks_owner_chk',
      sql`(${t.ownerKind} = 'user') = (${t.ownerUserId} is not null)
       and (${t.ownerKind} = 'department') = (${t.ownerDepartmentId} is not null)
       and (${t.ownerKind} = 'point') = (${t.ownerPointId} is not null)`,
    ),
    check('follow_up_tasks_done_chk', sql`(${t.status} = 'done') = (${t.doneAt} is not null)`),
  ],
);
