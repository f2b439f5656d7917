/**
 * Community events (社区活动 and 十二春风 service days) and their sign-ups. An event belongs to a department or a
 * service point, takes place at a point or an address, and has a capacity: sign-ups beyond it wait in line
 * (waitlisted, oldest first) and move up when a place frees. A checked-in sign-up is one 人次 for the event's
 * department (orders/person-times.repo.ts). A relative's name and phone are sealed like applications' fields.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { EVENT_STATUSES, SIGNUP_STATUSES, type EventStatus, type SignupStatus } from '../../../shared/domain/events';
import { isOneOf } from './checks';
import { departments, servicePoints, users } from './schema';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const communityEvents = pgTable(
  'community_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Short public code for QR scenes (a weapp scene holds at most 32 characters). */
    code: text('code').notNull().unique(),
    theme: text('theme').notNull(),
    springMonth: smallint('spring_month'),
    departmentId: uuid('department_id').references(() => departments.id),
    /** The publishing point; null when a department published the event. */
    ownerPointId: uuid('owner_point_id').references(() => servicePoints.id),
    venuePointId: uuid('venue_point_id').references(() => servicePoints.id),
    address: text('address'),
    streetCode: text('street_code'),
    /** The venue point's community/village (or street) for the community filter; null for an address. */
    divisionCode: text('division_code'),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    audience: text('audience').notNull(),
    description: text('description'),
    status: text('status').$type<EventStatus>().notNull().default('published'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('community_events_starts_idx').on(t.status, t.startsAt),
    index('community_events_department_idx').on(t.departmentId, t.startsAt),
    index('community_events_owner_point_idx').on(t.ownerPointId, t.startsAt),
    check('community_events_status_chk', isOneOf(t.status, EVENT_STATUSES)),
    check('community_events_capacity_chk', sql`${t.capacity} > 0`),
    check('community_events_time_chk', sql`${t.endsAt} > ${t.startsAt}`),
    check('community_events_spring_month_chk', sql`${t.springMonth} between 1 and 12`),
    check('community_events_place_chk', sql`(${t.venuePointId} is null) <> (${t.address} is null)`),
    check('community_events_owner_chk', sql`${t.departmentId} is not null or ${t.ownerPointId} is not null`),
  ],
);

export const eventSignups = pgTable(
  'event_signups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => communityEvents.id),
    /** The resident who signed up (themselves, or a relative). */
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    forRelative: boolean('for_relative').notNull().default(false),
    relativeNameEnc: text('relative_name_enc'),
    relativePhoneEnc: text('relative_phone_enc'),
    /** Blind index of the relative's phone: one live sign-up per relative and event. */
    relativePhoneHash: text('relative_phone_hash'),
    status: text('status').$type<SignupStatus>().notNull(),
    /** Queue order: assigned at insert, under the event's row lock, so it follows the order sign-ups came in. */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    /** Short public code of the sign-up's QR (staff scan it at the venue). */
    code: text('code').notNull().unique(),
    checkedInAt: ts('checked_in_at'),
    checkedInBy: uuid('checked_in_by').references(() => users.id),
    /** The China calendar day of the check-in: the 人次 date. */
    attendedOn: date('attended_on', { mode: 'string' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    cancelledAt: ts('cancelled_at'),
  },
  (t) => [
    index('event_signups_event_idx').on(t.eventId, t.status, t.seq),
    index('event_signups_user_idx').on(t.userId, t.createdAt),
    index('event_signups_attended_idx').on(t.attendedOn),
    uniqueIndex('event_signups_self_uq')
      .on(t.eventId, t.userId)
      .where(sql`${t.forRelative} = false and ${t.status} <> 'cancelled'`),
    uniqueIndex('event_signups_relative_uq')
      .on(t.eventId, t.relativePhoneHash)
      .where(sql`${t.forRelative} = true and ${t.status} <> 'cancelled'`),
    check('event_signups_status_chk', isOneOf(t.status, SIGNUP_STATUSES)),
    check(
      'event_signups_relative_chk',
      sql`${t.forRelative} = (${t.relativeNameEnc} is not null) and ${t.forRelative} = (${t.relativePhoneHash} is not null)`,
    ),
    check('event_signups_checkin_chk', sql`(${t.checkedInAt} is null) = (${t.attendedOn} is null)`),
  ],
);
