/**
 * The consortium's partners: departments (the 12 of the 幸福联盟) and providers (力量清单). Kept apart from the other
 * schema files because staff memberships (schema.ts) and content (schema-content.ts) both point at them.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  CONTENT_STATUSES,
  PROVIDER_KINDS,
  type ContentStatus,
  type ProviderKind,
} from '../../../shared/domain/assistance';
import { isOneOf } from './checks';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const contentStatus = () => text('status').$type<ContentStatus>().notNull().default('draft');

export const departments = pgTable('departments', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  isLead: boolean('is_lead').notNull().default(false),
  sort: smallint('sort').notNull().default(0),
});

export const providers = pgTable(
  'providers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    kind: text('kind').$type<ProviderKind>().notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    departmentId: uuid('department_id').references(() => departments.id),
    phone: text('phone'),
    address: text('address'),
    isSampleContact: boolean('is_sample_contact').notNull().default(true),
    /** Places left for new service orders: accepting one takes a place, cancelling it gives it back; null = no limit. */
    openPlaces: integer('open_places'),
    status: contentStatus(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('providers_open_places_chk', sql`${t.openPlaces} >= 0`),
    check('providers_status_chk', isOneOf(t.status, CONTENT_STATUSES)),
    check('providers_kind_chk', isOneOf(t.kind, PROVIDER_KINDS)),
  ],
);
