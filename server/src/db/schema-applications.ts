/**
 * Applications (求助申请) and everything that travels with one: timeline events, consents, routing rules
 * (versioned data), idempotency keys. Personal fields are stored only encrypted (lib/crypto, decisions 22): ID and
 * phone numbers with HMAC blind indexes, name, address, description and target group (blind index for counting);
 * the repositories seal and open them (features/applications/sealed-fields.ts).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  APPLICATION_EVENT_TYPES,
  APPLICATION_STATUSES,
  OPEN_STATUSES,
  type ApplicationEventType,
  type ApplicationStatus,
} from '../../../shared/domain/application-status';
import { NEED_TIERS, TARGET_GROUPS, type NeedTier, type TargetGroup } from '../../../shared/domain/assistance';
import {
  CATEGORIES,
  CHANNELS,
  RELATIONSHIPS,
  URGENCIES,
  type Category,
  type Channel,
  type Relationship,
  type Urgency,
} from '../../../shared/domain/categories';
import type { TRoutingReason } from '../../../shared/schemas/applications';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_PURPOSES,
  type AttachmentKind,
  type AttachmentPurpose,
} from '../../../shared/schemas/attachments';
import {
  REFERRAL_STATUSES,
  RESOLVE_OUTCOMES,
  type ReferralStatus,
  type ResolveOutcome,
  type TAlternativeRef,
} from '../../../shared/schemas/cases';
import { allOneOf, isOneOf } from './checks';
import { departments, servicePoints, users } from './schema';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Open statuses (shared/domain/application-status OPEN_STATUSES) as a partial-index predicate. */
const OPEN_SQL = sql.raw(`status in (${OPEN_STATUSES.map((s) => `'${s}'`).join(',')})`);

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    refNo: text('ref_no').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    applicantUserId: uuid('applicant_user_id')
      .notNull()
      .references(() => users.id),
    /**
     * The plain columns from before encryption at rest (migration 0013): nullable and empty once `npm run
     * crypto:reencrypt` has moved them into the *_enc columns; read only as a fallback until then.
     */
    legacySubjectName: text('subject_name'),
    legacyAddress: text('address'),
    legacyDescription: text('description'),
    legacyTargetGroup: text('target_group').$type<TargetGroup>(),
    subjectNameEnc: text('subject_name_enc'),
    addressEnc: text('address_enc'),
    /** The need in the applicant's words (a referral's `observed` text). */
    descriptionEnc: text('description_enc'),
    targetGroupEnc: text('target_group_enc'),
    /** Blind index of "target_group:<value>": counts and filters by group without the plain value. */
    targetGroupHash: text('target_group_hash'),
    subjectIdEnc: text('subject_id_enc'),
    subjectIdHash: text('subject_id_hash'),
    subjectPhoneEnc: text('subject_phone_enc'),
    subjectPhoneHash: text('subject_phone_hash'),
    relationship: text('relationship').$type<Relationship>(),
    /** Proxy only: the applicant's own phone, for staff to call back (encrypted; prefilled from their verified phone). */
    applicantPhoneEnc: text('applicant_phone_enc'),
    /** Referral only: how staff can reach the neighbour who reported (encrypted). */
    referrerContactEnc: text('referrer_contact_enc'),
    divisionCode: text('division_code'),
    streetCode: text('street_code'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    needTier: text('need_tier').$type<NeedTier>(),
    categories: text('categories').array().$type<Category[]>().notNull(),
    urgency: text('urgency').$type<Urgency>().notNull(),
    flags: text('flags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status').$type<ApplicationStatus>().notNull().default('submitted'),
    servicePointId: uuid('service_point_id').references(() => servicePoints.id),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    /** Proxy only: the subject's own account, bound by a one-time code staff read out on the phone (never by the typed phone). */
    subjectUserId: uuid('subject_user_id').references(() => users.id),
    routingReason: jsonb('routing_reason').$type<TRoutingReason>().notNull(),
    routingRuleVersion: integer('routing_rule_version').notNull(),
    suggestedDepartmentIds: uuid('suggested_department_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    dueAt: ts('due_at'),
    pausedAt: ts('paused_at'),
    outcome: text('outcome').$type<ResolveOutcome>(),
    /** Once accepted: when the case should be resolved (routing rules `resolveDeadlines`); overdue escalates. */
    resolveDueAt: ts('resolve_due_at'),
    resolvedAt: ts('resolved_at'),
    /** A neighbour lead that never became a case, erased 90 days after closing (features/leads): details gone, counts kept. */
    detailsErasedAt: ts('details_erased_at'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_ref_no_uq').on(t.refNo),
    index('applications_applicant_idx').on(t.applicantUserId, t.createdAt),
    index('applications_point_queue_idx').on(t.servicePointId, t.status, t.dueAt, t.id),
    index('applications_street_queue_idx').on(t.streetCode, t.status, t.dueAt, t.id),
    index('applications_due_idx')
      .on(t.dueAt)
      .where(sql`${t.status} in ('submitted','accepted','in_progress','escalated')`),
    // the hub's district-wide queue: due_at asc nulls last, id (keyset pagination)
    index('applications_hub_queue_idx').on(t.dueAt, t.id),
    // the workbench's default page (open cases, by due time) per scope: read straight off a small partial index
    // instead of filtering a district-wide one (bench queue-1m: station page 224 ms → 8.5 ms on 1M rows)
    index('applications_open_point_due_idx').on(t.servicePointId, t.dueAt, t.id).where(OPEN_SQL),
    index('applications_open_street_due_idx').on(t.streetCode, t.dueAt, t.id).where(OPEN_SQL),
    index('applications_open_due_idx').on(t.dueAt, t.id).where(OPEN_SQL),
    index('applications_subject_id_idx').on(t.subjectIdHash),
    index('applications_subject_phone_idx').on(t.subjectPhoneHash),
    index('applications_target_group_hash_idx').on(t.targetGroupHash),
    index('applications_subject_user_idx').on(t.subjectUserId),
    // the sweep's two other scans: accepted work past its resolution deadline, resolved cases waiting to close
    index('applications_resolve_due_idx')
      .on(t.resolveDueAt)
      .where(sql`${t.status} in ('accepted','in_progress')`),
    // the dashboard's month ranges (features/stats): applications made, cases resolved
    index('applications_created_at_idx').on(t.createdAt),
    index('applications_resolved_on_idx')
      .on(t.resolvedAt)
      .where(sql`${t.resolvedAt} is not null`),
    index('applications_resolved_at_idx')
      .on(t.resolvedAt)
      .where(sql`${t.status} = 'resolved'`),
    check('applications_channel_chk', isOneOf(t.channel, CHANNELS)),
    check('applications_urgency_chk', isOneOf(t.urgency, URGENCIES)),
    check('applications_status_chk', isOneOf(t.status, APPLICATION_STATUSES)),
    check('applications_need_tier_chk', isOneOf(t.needTier, NEED_TIERS)),
    check('applications_target_group_chk', isOneOf(t.legacyTargetGroup, TARGET_GROUPS)),
    check('applications_relationship_chk', isOneOf(t.relationship, RELATIONSHIPS)),
    check('applications_categories_chk', allOneOf(t.categories, CATEGORIES)),
    check('applications_outcome_chk', isOneOf(t.outcome, RESOLVE_OUTCOMES)),
    // a referral is a minimal lead: never an ID number
    check('applications_referral_no_id_chk', sql`${t.channel} <> 'referral' or ${t.subjectIdEnc} is null`),
  ],
);

/** Append-only timeline of an application. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    type: text('type').$type<ApplicationEventType>().notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    statusFrom: text('status_from').$type<ApplicationStatus>(),
    statusTo: text('status_to').$type<ApplicationStatus>(),
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('application_events_app_idx').on(t.applicationId, t.id),
    // the dashboard's acceptances and escalations per month (features/stats)
    index('application_events_type_at_idx').on(t.type, t.createdAt),
    check('application_events_type_chk', isOneOf(t.type, APPLICATION_EVENT_TYPES)),
    check('application_events_status_from_chk', isOneOf(t.statusFrom, APPLICATION_STATUSES)),
    check('application_events_status_to_chk', isOneOf(t.statusTo, APPLICATION_STATUSES)),
  ],
);

/**
 * What was decided when a case was resolved, for the resident to read: one row per resolution (a reopened case
 * resolved again gets a new row; the latest one counts).
 */
export const applicationOutcomes = pgTable(
  'application_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    decision: text('decision').$type<ResolveOutcome>().notNull(),
    decidedText: text('decided_text').notNull(),
    reason: text('reason'),
    alternatives: jsonb('alternatives').$type<TAlternativeRef[]>().notNull().default([]),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('application_outcomes_app_idx').on(t.applicationId, t.createdAt),
    check('application_outcomes_decision_chk', isOneOf(t.decision, RESOLVE_OUTCOMES)),
    // a refusal always carries its reason and at least one alternative (issue 11.4)
    check(
      'application_outcomes_refusal_chk',
      sql`${t.decision} <> 'refused' or (${t.reason} is not null and jsonb_array_length(${t.alternatives}) > 0)`,
    ),
  ],
);

export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    purpose: text('purpose').notNull(),
    grantedByUserId: uuid('granted_by_user_id')
      .notNull()
      .references(() => users.id),
    method: text('method').notNull(),
    grantedAt: ts('granted_at').notNull(),
    revokedAt: ts('revoked_at'),
    revokedByUserId: uuid('revoked_by_user_id').references(() => users.id),
  },
  (t) => [index('consents_app_idx').on(t.applicationId)],
);

/**
 * One-time codes that bind the subject of a proxy application to their own account (cases.subjectCode →
 * applications.claimSubject). At most one per application; the code is stored only as a keyed hash.
 */
export const subjectCodes = pgTable('subject_codes', {
  applicationId: uuid('application_id')
    .primaryKey()
    .references(() => applications.id),
  codeHash: text('code_hash').notNull(),
  issuedByUserId: uuid('issued_by_user_id')
    .notNull()
    .references(() => users.id),
  issuedAt: ts('issued_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  /** Wrong entries so far; at MAX_TRIES the code is burnt. */
  tries: smallint('tries').notNull().default(0),
  /** Set when claimed or burnt: the code never works again. */
  usedAt: ts('used_at'),
});

/** Routing rules are data: each admin edit is a new version; every decision records the version it used. */
export const routingRules = pgTable('routing_rules', {
  version: integer('version').primaryKey(),
  rules: jsonb('rules').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  createdBy: uuid('created_by').references(() => users.id),
});

/** Department referrals of a case (the officer sees only what that department needs). */
export const departmentReferrals = pgTable(
  'department_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    referredByUserId: uuid('referred_by_user_id')
      .notNull()
      .references(() => users.id),
    note: text('note').notNull(),
    status: text('status').$type<ReferralStatus>().notNull().default('open'),
    createdAt: ts('created_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
  },
  (t) => [
    uniqueIndex('department_referrals_open_uq')
      .on(t.applicationId, t.departmentId)
      .where(sql`${t.status} = 'open'`),
    // a department officer's queue: the department's live referrals
    index('department_referrals_dept_idx').on(t.departmentId, t.status, t.applicationId),
    check('department_referrals_status_chk', isOneOf(t.status, REFERRAL_STATUSES)),
  ],
);

/** Idempotency-Key records, scoped per user and route; the stored response is replayed for retries. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    route: text('route').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state').notNull(),
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: ts('created_at').notNull().defaultNow(),
    completedAt: ts('completed_at'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.route, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/**
 * Evidence files (photos, PDFs) and home-visit photos; bytes live in private storage under a server-generated
 * key. An upload is first "staged" (no application, owned by its uploader) and linked to an application inside
 * the transaction that submits it (or records the visit); staged rows older than a day are purged.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** null while staged. */
    applicationId: uuid('application_id').references(() => applications.id),
    /** The timeline event the file came with (a visit, added information); null for files sent with the application. */
    eventId: bigint('event_id', { mode: 'number' }).references(() => applicationEvents.id),
    /** 'application': evidence from the applicant; 'visit': photos staff took on a home visit. */
    purpose: text('purpose').$type<AttachmentPurpose>().notNull().default('application'),
    kind: text('kind').$type<AttachmentKind>().notNull(),
    storageKey: text('storage_key').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** The uploader's file name, sanitised; metadata only (never a path). */
    originalName: text('original_name').notNull().default(''),
    uploadedByUserId: uuid('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    linkedAt: ts('linked_at'),
    /** Order within the request that linked it (the order the person picked the files in). */
    position: smallint('position'),
  },
  (t) => [
    uniqueIndex('attachments_storage_key_uq').on(t.storageKey),
    index('attachments_application_idx').on(t.applicationId, t.createdAt),
    // the purge of abandoned staged uploads
    // the per-user 24-hour upload quota
    index('attachments_uploader_idx').on(t.uploadedByUserId, t.createdAt),
    index('attachments_staged_idx')
      .on(t.createdAt)
      .where(sql`${t.applicationId} is null`),
    check('attachments_kind_chk', isOneOf(t.kind, ATTACHMENT_KINDS)),
    check('attachments_purpose_chk', isOneOf(t.purpose, ATTACHMENT_PURPOSES)),
    check('attachments_linked_chk', sql`(${t.applicationId} is null) = (${t.linkedAt} is null)`),
  ],
);
