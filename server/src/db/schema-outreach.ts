/**
 * Outreach codes (宣传码) and what their scans led to. An attribution row holds the code, the kind and the time;
 * an application attribution also its application id (one per application). Nothing about who scanned.
 */
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  OUTREACH_EVENT_KINDS,
  OUTREACH_KINDS,
  type OutreachEventKind,
  type OutreachKind,
} from '../../../shared/domain/outreach';
import { isOneOf } from './checks';
import { divisions, users } from './schema';
import { applications } from './schema-applications';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const outreachCodes = pgTable(
  'outreach_codes',
  {
    /** The short id: WeChat scene `oc=<id>` and H5 `?oc=<id>`. */
    id: text('id').primaryKey(),
    communityCode: text('community_code')
      .notNull()
      .references(() => divisions.code),
    streetCode: text('street_code')
      .notNull()
      .references(() => divisions.code),
    kind: text('kind').$type<OutreachKind>().notNull(),
    label: text('label'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('outreach_codes_community_idx').on(t.communityCode, t.createdAt),
    index('outreach_codes_street_idx').on(t.streetCode),
    check('outreach_codes_kind_chk', isOneOf(t.kind, OUTREACH_KINDS)),
  ],
);

export const outreachEvents = pgTable(
  'outreach_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    codeId: text('code_id')
      .notNull()
      .references(() => outreachCodes.id),
    kind: text('kind').$type<OutreachEventKind>().notNull(),
    applicationId: uuid('application_id').references(() => applications.id),
    occurredAt: ts('occurred_at').notNull().defaultNow(),
  },
  (t) => [
    index('outreach_events_code_idx').on(t.codeId, t.occurredAt),
    uniqueIndex('outreach_events_application_uq').on(t.applicationId),
    check('outreach_events_kind_chk', isOneOf(t.kind, OUTREACH_EVENT_KINDS)),
  ],
);
