/**
 * Proactive discovery (主动发现): household visits by point staff and the risk per area they found. Names, addresses
 * and notes are sealed like application fields; `household_hash` (a blind index of community + address) lets a
 * household visited twice in a month count once. A risk above 'none' stays open until cleared (风险清零).
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  CONTACT_CONSENT_METHODS,
  RISK_LEVELS,
  VISIT_AREAS,
  type ContactConsentMethod,
  type RiskLevel,
  type VisitArea,
} from '../../../shared/domain/outreach';
import { isOneOf } from './checks';
import { divisions, users } from './schema';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const householdVisits = pgTable(
  'household_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityCode: text('community_code')
      .notNull()
      .references(() => divisions.code),
    streetCode: text('street_code')
      .notNull()
      .references(() => divisions.code),
    householdHash: text('household_hash').notNull(),
    householdNameEnc: text('household_name_enc').notNull(),
    householdAddressEnc: text('household_address_enc').notNull(),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    followUpEnc: text('follow_up_enc'),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    contactConsent: boolean('contact_consent').notNull().default(false),
    contactConsentMethod: text('contact_consent_method').$type<ContactConsentMethod>(),
    /** Self-check answers (the matching facts) as sealed JSON; read for 政策找人 only when the person consented. */
    factsEnc: text('facts_enc'),
    /** Policies the facts strongly matched at the last evaluation; a policy new to this set is a 政策找人 find. */
    matchedPolicySlugs: text('matched_policy_slugs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    visitedBy: uuid('visited_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('household_visits_community_idx').on(t.communityCode, t.visitedOn),
    index('household_visits_street_idx').on(t.streetCode, t.visitedOn),
    index('household_visits_household_idx').on(t.householdHash, t.visitedOn),
    check('household_visits_consent_method_chk', isOneOf(t.contactConsentMethod, CONTACT_CONSENT_METHODS)),
    check('household_visits_consent_chk', sql`${t.contactConsent} = (${t.contactConsentMethod} is not null)`),
  ],
);

export const visitRisks = pgTable(
  'visit_risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => householdVisits.id),
    area: text('area').$type<VisitArea>().notNull(),
    level: text('level').$type<RiskLevel>().notNull(),
    noteEnc: text('note_enc'),
    clearedAt: ts('cleared_at'),
    clearedBy: uuid('cleared_by').references(() => users.id),
    clearNoteEnc: text('clear_note_enc'),
  },
  (t) => [
    uniqueIndex('visit_risks_visit_area_uq').on(t.visitId, t.area),
    index('visit_risks_open_idx')
      .on(t.visitId)
      .where(sql`${t.clearedAt} is null and ${t.level} <> 'none'`),
    check('visit_risks_area_chk', isOneOf(t.area, VISIT_AREAS)),
    check('visit_risks_level_chk', isOneOf(t.level, RISK_LEVELS)),
    check('visit_risks_cleared_chk', sql`(${t.clearedAt} is null) = (${t.clearedBy} is null)`),
  ],
);

/** 政策找人: a consenting household whose stored facts newly qualify for a policy, for its point's staff to reach. */
export const policyFinds = pgTable(
  'policy_finds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => householdVisits.id),
    communityCode: text('community_code').notNull(),
    streetCode: text('street_code').notNull(),
    policySlug: text('policy_slug').notNull(),
    policyTitle: text('policy_title').notNull(),
    /** Why the facts now qualify (the rule's reasons), sealed: it says something about the household. */
    reasonEnc: text('reason_enc').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    doneAt: ts('done_at'),
    doneBy: uuid('done_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('policy_finds_open_uq')
      .on(t.visitId, t.policySlug)
      .where(sql`${t.doneAt} is null`),
    index('policy_finds_community_idx').on(t.communityCode, t.createdAt),
    index('policy_finds_street_idx').on(t.streetCode, t.createdAt),
    check('policy_finds_done_chk', sql`(${t.doneAt} is null) = (${t.doneBy} is null)`),
  ],
);

/** The fingerprint of the policies and standards last evaluated (one row): one process re-evaluates per change. */
export const discoveryCatalogState = pgTable('discovery_catalog_state', {
  id: integer('id').primaryKey(),
  fingerprint: text('fingerprint').notNull(),
  evaluatedAt: ts('evaluated_at').notNull().defaultNow(),
});

/**
 * A hand-over: staff start an application for the visited person (who agreed, recorded how) and the person opens it
 * on their own phone with a one-time token (QR code) to review and submit it themselves. The token is stored hashed.
 */
export const visitHandovers = pgTable(
  'visit_handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => householdVisits.id),
    tokenHash: text('token_hash').notNull(),
    /** The prefilled application (name, place, needs, description) as sealed JSON. */
    draftEnc: text('draft_enc').notNull(),
    consentMethod: text('consent_method').$type<ContactConsentMethod>().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    claimedAt: ts('claimed_at'),
    claimedBy: uuid('claimed_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('visit_handovers_token_uq').on(t.tokenHash),
    index('visit_handovers_visit_idx').on(t.visitId),
    check('visit_handovers_consent_method_chk', isOneOf(t.consentMethod, CONTACT_CONSENT_METHODS)),
    check('visit_handovers_claimed_chk', sql`(${t.claimedAt} is null) = (${t.claimedBy} is null)`),
  ],
);
