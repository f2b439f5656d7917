/**
 * Content tables: policies (政策清单) with versioned self-check rules and stored thresholds, livestreams
 * with reminders, stories, providers (力量清单) and services (服务清单, shaped after Open Referral HSDS).
 * Text search uses a `simple` tsvector of character unigrams + bigrams built in the app, so Chinese search
 * behaves the same on PGlite and PostgreSQL without extensions.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  CAPACITY_STATUSES,
  CONTENT_STATUSES,
  DELIVERY_KINDS,
  NEED_TIERS,
  SEXES,
  TARGET_GROUPS,
  type CapacityStatus,
  type ContentStatus,
  type DeliveryKind,
  type NeedTier,
  type Sex,
  type TargetGroup,
} from '../../../shared/domain/assistance';
import { CATEGORIES, type Category } from '../../../shared/domain/categories';
import type { TEligibilityRule } from '../../../shared/schemas/content';
import { allOneOf, isOneOf } from './checks';
import { users } from './schema';
import { departments, providers } from './schema-partners';

export { providers };

/** Stored as built in SQL (`searchVectorOf`); read back, PostgreSQL prints it as text. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const contentStatus = () => text('status').$type<ContentStatus>().notNull().default('draft');
const statusCheck = (name: string, col: AnyPgColumn) => check(name, isOneOf(col, CONTENT_STATUSES));

export const policies = pgTable(
  'policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    needTiers: text('need_tiers').array().$type<NeedTier[]>().notNull(),
    targetGroups: text('target_groups').array().$type<TargetGroup[]>().notNull(),
    /** What the help is about (application categories), for matching (migration 0017). */
    categories: text('categories')
      .array()
      .$type<Category[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    eligibilityText: text('eligibility_text').notNull(),
    materials: jsonb('materials').$type<string[]>().notNull(),
    steps: jsonb('steps').$type<{ title: string; timeLimit?: string }[]>().notNull(),
    contacts: jsonb('contacts').$type<{ name: string; phone?: string }[]>().notNull(),
    status: contentStatus(),
    effectiveFrom: date('effective_from'),
    effectiveTo: date('effective_to'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    searchVector: tsvector('search_vector').notNull(),
    /** Title + summary lexemes only (weights A/B): small and never TOASTed, so ranking a common term stays cheap. */
    rankVector: tsvector('rank_vector')
      .notNull()
      .generatedAlwaysAs(sql`ts_filter(search_vector, '{a,b}')`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('policies_search_idx').using('gin', t.searchVector),
    index('policies_status_idx').on(t.status, t.publishedAt),
    index('policies_need_tiers_idx').using('gin', t.needTiers),
    index('policies_target_groups_idx').using('gin', t.targetGroups),
    statusCheck('policies_status_chk', t.status),
    check('policies_need_tiers_chk', allOneOf(t.needTiers, NEED_TIERS)),
    check('policies_target_groups_chk', allOneOf(t.targetGroups, TARGET_GROUPS)),
    check('policies_categories_chk', allOneOf(t.categories, CATEGORIES)),
  ],
);

/** Each edit of a policy's structured rule is a new version; results cite the version they used. */
export const eligibilityRules = pgTable(
  'eligibility_rules',
  {
    policyId: uuid('policy_id')
      .notNull()
      .references(() => policies.id),
    version: integer('version').notNull(),
    rule: jsonb('rule').$type<TEligibilityRule>().notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.policyId, t.version] })],
);

/** Stored thresholds such as the monthly 低保 standard; `is_sample` marks values not confirmed by the district. */
export const standards = pgTable('standards', {
  key: text('key').primaryKey(),
  label: text('label').notNull(),
  value: numeric('value', { mode: 'number' }).notNull(),
  unit: text('unit').notNull(),
  isSample: boolean('is_sample').notNull().default(true),
  note: text('note'),
  updatedAt: updatedAt(),
});

export const livestreams = pgTable(
  'livestreams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    speaker: text('speaker').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    channelsFinderUserName: text('channels_finder_user_name'),
    channelsFeedId: text('channels_feed_id'),
    replayUrl: text('replay_url'),
    replayExpiresAt: timestamp('replay_expires_at', { withTimezone: true }),
    chapters: jsonb('chapters').$type<{ startSec: number; title: string; policySlugs: string[] }[]>().notNull(),
    policySlugs: text('policy_slugs').array().notNull(),
    viewCount: integer('view_count').notNull().default(0),
    status: contentStatus(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('livestreams_starts_idx').on(t.startsAt), statusCheck('livestreams_status_chk', t.status)],
);

export const livestreamReminders = pgTable(
  'livestream_reminders',
  {
    livestreamId: uuid('livestream_id')
      .notNull()
      .references(() => livestreams.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.livestreamId, t.userId] })],
);

export const stories = pgTable(
  'stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    images: text('images').array().notNull(),
    needTiers: text('need_tiers').array().$type<NeedTier[]>().notNull(),
    targetGroups: text('target_groups').array().$type<TargetGroup[]>().notNull(),
    policySlugs: text('policy_slugs').array().notNull(),
    status: contentStatus(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    statusCheck('stories_status_chk', t.status),
    check('stories_need_tiers_chk', allOneOf(t.needTiers, NEED_TIERS)),
    check('stories_target_groups_chk', allOneOf(t.targetGroups, TARGET_GROUPS)),
  ],
);

export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    name: text('name').notNull(),
    description: text('description').notNull(),
    needTier: text('need_tier').$type<NeedTier>().notNull(),
    delivery: text('delivery').$type<DeliveryKind>().notNull(),
    targetGroups: text('target_groups').array().$type<TargetGroup[]>().notNull(),
    eligibilityDescription: text('eligibility_description').notNull(),
    /** Structured eligibility for matching (migration 0017): categories, ages and sex served; null = any. */
    categories: text('categories')
      .array()
      .$type<Category[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    minAge: smallint('min_age'),
    maxAge: smallint('max_age'),
    sex: text('sex').$type<Sex>(),
    requiredDocuments: jsonb('required_documents').$type<string[]>().notNull(),
    serviceAreas: text('service_areas').array().notNull(),
    schedule: text('schedule'),
    languages: text('languages').array().notNull(),
    accessibility: text('accessibility'),
    /** What it costs the resident, in plain words (免费、按规定减免…); null when not stated. */
    cost: text('cost'),
    /** How to get it: plain steps in order. */
    howToApply: jsonb('how_to_apply').$type<string[]>().notNull().default([]),
    capacity: text('capacity').$type<CapacityStatus>().notNull().default('available'),
    lastVerifiedAt: date('last_verified_at').notNull(),
    lastVerifiedBy: text('last_verified_by').notNull(),
    policySlugs: text('policy_slugs').array().notNull(),
    status: contentStatus(),
    searchVector: tsvector('search_vector').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('services_search_idx').using('gin', t.searchVector),
    index('services_areas_idx').using('gin', t.serviceAreas),
    index('services_provider_idx').on(t.providerId),
    statusCheck('services_status_chk', t.status),
    check('services_capacity_chk', isOneOf(t.capacity, CAPACITY_STATUSES)),
    check('services_need_tier_chk', isOneOf(t.needTier, NEED_TIERS)),
    check('services_delivery_chk', isOneOf(t.delivery, DELIVERY_KINDS)),
    check('services_target_groups_chk', allOneOf(t.targetGroups, TARGET_GROUPS)),
    check('services_how_to_apply_chk', sql`jsonb_typeof(${t.howToApply}) = 'array'`),
    check('services_categories_chk', allOneOf(t.categories, CATEGORIES)),
    check('services_sex_chk', isOneOf(t.sex, SEXES)),
    check('services_age_range_chk', sql`${t.minAge} is null or ${t.maxAge} is null or ${t.minAge} <= ${t.maxAge}`),
  ],
);

/** Transactional outbox: side effects (WeChat messages) written in the same transaction as the change, sent by a worker. */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    topic: text('topic').notNull(),
    payload: jsonb('payload').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    /** When it left: 'wechat' when sent upstream, 'recorded' when no WeChat is configured (dev/test). */
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentVia: text('sent_via'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('outbox_dedupe_uq').on(t.dedupeKey),
    index('outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    check('outbox_status_chk', sql`${t.status} in ('pending','sent','failed_permanent','dead')`),
  ],
);
