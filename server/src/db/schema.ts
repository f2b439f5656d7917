/**
 * Drizzle schema (snake_case in PostgreSQL, camelCase in TypeScript). `npm run db:generate` turns
 * changes into a committed SQL migration under ./migrations; the server applies them at start.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  check,
} from 'drizzle-orm/pg-core';
import { DIVISION_LEVELS, type DivisionLevel } from '../../../shared/domain/divisions';
import type { TOpeningSchedule } from '../../../shared/domain/opening-hours';
import { POINT_LEVELS, STAFF_ROLES, type PointLevel, type StaffRole } from '../../../shared/domain/roles';
import { isOneOf } from './checks';
// lazy references only (inside callbacks): schema-content imports this file too
import { departments, providers } from './schema-partners';

export { departments };

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const divisions = pgTable(
  'divisions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level').$type<DivisionLevel>().notNull(),
    parentCode: text('parent_code'),
    shortName: text('short_name'),
    urbanRuralClass: text('urban_rural_class'),
  },
  (t) => [
    index('divisions_parent_idx').on(t.parentCode),
    check('divisions_level_chk', isOneOf(t.level, DIVISION_LEVELS)),
  ],
);

export const servicePoints = pgTable(
  'service_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    level: text('level').$type<PointLevel>().notNull(),
    divisionCode: text('division_code')
      .notNull()
      .references(() => divisions.code),
    name: text('name').notNull(),
    address: text('address'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    phone: text('phone'),
    openingHours: text('opening_hours'),
    /** Structured weekly hours (shared/domain/opening-hours.ts) for "open now"; null when unknown. */
    openingSchedule: jsonb('opening_schedule').$type<TOpeningSchedule>(),
    isSampleContact: boolean('is_sample_contact').notNull().default(true),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    // the seeded point of each division; extra points (e.g. a second site) are created by admins with primary = false later
    uniqueIndex('service_points_level_division_uq').on(t.level, t.divisionCode),
    index('service_points_division_idx').on(t.divisionCode),
    check('service_points_level_chk', isOneOf(t.level, POINT_LEVELS)),
  ],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  openid: text('openid').unique(),
  unionid: text('unionid'),
  phoneEnc: text('phone_enc'),
  phoneHash: text('phone_hash'),
  displayName: text('display_name').notNull().default('微信用户'),
  demoKey: text('demo_key').unique(),
  demoDescription: text('demo_description'),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: createdAt(),
  /** Bumped by triggers (migration 0027) on every change that can alter what a login may do; see auth/principal-cache. */
  authVersion: bigint('auth_version', { mode: 'number' }).notNull().default(0),
});

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').$type<StaffRole>().notNull(),
    servicePointId: uuid('service_point_id').references(() => servicePoints.id),
    departmentId: uuid('department_id').references(() => departments.id),
    /** provider_staff: the provider (力量清单) whose service orders they receive. */
    providerId: uuid('provider_id').references(() => providers.id),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('memberships_user_idx').on(t.userId),
    uniqueIndex('memberships_active_uq')
      .on(t.userId, t.role, sql`coalesce(${t.servicePointId}, ${t.departmentId}, ${t.providerId})`)
      .where(sql`${t.revokedAt} is null`),
    check('memberships_role_chk', isOneOf(t.role, STAFF_ROLES)),
    check(
      'memberships_scope_chk',
      sql`((${t.role} = 'dept_officer' and ${t.departmentId} is not null and ${t.servicePointId} is null)
       or (${t.role} in ('point_staff','station_staff','hub_staff') and ${t.servicePointId} is not null and ${t.departmentId} is null)
       or (${t.role} = 'admin' and ${t.departmentId} is null)
       or (${t.role} = 'provider_staff' and ${t.servicePointId} is null and ${t.departmentId} is null))
       and ((${t.role} = 'provider_staff') = (${t.providerId} is not null))`,
    ),
  ],
);

export const invites = pgTable(
  'invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    codeHash: text('code_hash').notNull().unique(),
    role: text('role').$type<StaffRole>().notNull(),
    servicePointId: uuid('service_point_id').references(() => servicePoints.id),
    departmentId: uuid('department_id').references(() => departments.id),
    providerId: uuid('provider_id').references(() => providers.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedBy: uuid('used_by').references(() => users.id),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [check('invites_role_chk', isOneOf(t.role, STAFF_ROLES))],
);

/** A login session = one refresh-token family. Revoking it ends every token it issued. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    /** Absolute end of the login (login + SESSION_MAX_DAYS); refreshes never move it. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Login or last refresh; the login ends after SESSION_IDLE_DAYS without one. */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull(),
    /** Coarse device/platform label from the login request (e.g. "微信 · iPhone"); never an IP or a full user agent. */
    deviceLabel: text('device_label'),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => authSessions.id),
    parentId: uuid('parent_id'),
    tokenHash: text('token_hash').notNull().unique(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('refresh_tokens_session_idx').on(t.sessionId)],
);

/** Fixed-window counters shared by every server process. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
});

/** Append-only audit trail, one hash chain per entity; each row's hash covers the previous row's of its chain. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    data: text('data').notNull().default('{}'),
    /** The hash chain the row belongs to (one per entity, audit.repo.ts); null for rows of the legacy global chain. */
    chain: text('chain'),
    /** The row's 1-based place in its chain; null for legacy rows. */
    seq: bigint('seq', { mode: 'number' }),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    // the hub's audit review (features/audit-review): one action over a time range
    index('audit_log_action_at_idx').on(t.action, t.at),
    uniqueIndex('audit_log_chain_seq_uq').on(t.chain, t.seq),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_legacy_idx')
      .on(t.id)
      .where(sql`${t.chain} IS NULL`),
    check(
      'audit_log_chain_seq_chk',
      sql`(${t.chain} IS NULL) = (${t.seq} IS NULL) AND (${t.seq} IS NULL OR ${t.seq} >= 1)`,
    ),
  ],
);
