/**
 * Households (issue 12.3): applications staff found to be about the same person or household, linked into one
 * group. A link joins only the staff view: every application keeps its own timeline, applicant and resident view.
 */
import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './schema';
import { applications } from './schema-applications';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const households = pgTable('households', {
  id: uuid('id').primaryKey().defaultRandom(),
  createdByUserId: uuid('created_by_user_id')
    .notNull()
    .references(() => users.id),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** One application belongs to at most one household (the primary key). */
export const householdMembers = pgTable(
  'household_members',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => applications.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    addedByUserId: uuid('added_by_user_id')
      .notNull()
      .references(() => users.id),
    addedAt: ts('added_at').notNull().defaultNow(),
  },
  (t) => [index('household_members_household_idx').on(t.householdId)],
);
