/** SQL of event sign-ups: the queue (confirmed, then the wait list by seq), lookups, the lists and check-in. */
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { eventSignups } from '../../db/schema-events';

export type SignupRow = typeof eventSignups.$inferSelect;
export type SignupPatch = Partial<
  Pick<SignupRow, 'status' | 'checkedInAt' | 'checkedInBy' | 'attendedOn' | 'updatedAt' | 'cancelledAt'>
>;

/** Position in the wait list (1 = next to move up); null unless waitlisted. */
// written out in full: drizzle leaves columns unqualified in a one-table select, where they would mean w's
const waitPosition = sql<number | null>`case when "event_signups"."status" = 'waitlisted' then (
  select count(*)::int from event_signups w
  where w.event_id = "event_signups"."event_id" and w.status = 'waitlisted' and w.seq <= "event_signups"."seq") end`;

export async function countConfirmed(db: Db, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventSignups)
    .where(and(eq(eventSignups.eventId, eventId), eq(eventSignups.status, 'confirmed')));
  return row!.n;
}

export async function insertSignup(db: Db, row: typeof eventSignups.$inferInsert): Promise<SignupRow> {
  const [created] = await db.insert(eventSignups).values(row).returning();
  return created!;
}

export async function updateSignup(db: Db, id: string, patch: SignupPatch): Promise<void> {
  await db.update(eventSignups).set(patch).where(eq(eventSignups.id, id));
}

export async function lockSignup(db: Db, where: { id: string } | { code: string }): Promise<SignupRow | null> {
  const cond = 'id' in where ? eq(eventSignups.id, where.id) : eq(eventSignups.code, where.code);
  const [row] = await db.select().from(eventSignups).where(cond).for('update');
  return row ?? null;
}

export async function findSignup(db: Db, where: { id: string } | { code: string }): Promise<SignupRow | null> {
  const cond = 'id' in where ? eq(eventSignups.id, where.id) : eq(eventSignups.code, where.code);
  const [row] = await db.select().from(eventSignups).where(cond);
  return row ?? null;
}

/** A live (not cancelled) sign-up of the same person for the event: the user themselves, or the relative's phone. */
export async function findLive(db: Db, eventId: string, who: { userId: string } | { relativePhoneHash: string }) {
  const cond =
    'userId' in who
      ? and(eq(eventSignups.userId, who.userId), eq(eventSignups.forRelative, false))
      : and(eq(eventSignups.relativePhoneHash, who.relativePhoneHash), eq(eventSignups.forRelative, true));
  const [row] = await db
    .select({ id: eventSignups.id })
    .from(eventSignups)
    .where(and(eq(eventSignups.eventId, eventId), ne(eventSignups.status, 'cancelled'), cond));
  return row ?? null;
}

/** The first `n` of the wait list, oldest first, locked. */
export function firstWaitlisted(db: Db, eventId: string, n: number): Promise<SignupRow[]> {
  if (n <= 0) return Promise.resolve([]);
  return db
    .select()
    .from(eventSignups)
    .where(and(eq(eventSignups.eventId, eventId), eq(eventSignups.status, 'waitlisted')))
    .orderBy(asc(eventSignups.seq))
    .limit(n)
    .for('update');
}

/** Live sign-ups of an event (for notices when it is cancelled or moved). */
export function liveSignups(db: Db, eventId: string) {
  return db
    .select({ id: eventSignups.id, userId: eventSignups.userId, status: eventSignups.status })
    .from(eventSignups)
    .where(and(eq(eventSignups.eventId, eventId), ne(eventSignups.status, 'cancelled')));
}

/** A user's sign-ups, newest first, with wait positions. */
export function listMine(db: Db, userId: string) {
  return db
    .select({ signup: eventSignups, waitPosition })
    .from(eventSignups)
    .where(eq(eventSignups.userId, userId))
    .orderBy(desc(eventSignups.createdAt), desc(eventSignups.seq))
    .limit(100);
}

export async function findWithPosition(db: Db, id: string) {
  const [row] = await db
    .select({ signup: eventSignups, waitPosition })
    .from(eventSignups)
    .where(eq(eventSignups.id, id));
  return row ?? null;
}

/** An event's live sign-ups with the account's name and sealed phone: confirmed first, then the wait list. */
export function listForEvent(db: Db, eventId: string, ids?: string[]) {
  return db
    .select({ signup: eventSignups, waitPosition, displayName: users.displayName, userPhoneEnc: users.phoneEnc })
    .from(eventSignups)
    .innerJoin(users, eq(users.id, eventSignups.userId))
    .where(
      and(
        eq(eventSignups.eventId, eventId),
        ids ? inArray(eventSignups.id, ids) : ne(eventSignups.status, 'cancelled'),
      ),
    )
    .orderBy(sql`${eventSignups.status} = 'waitlisted'`, asc(eventSignups.seq));
}
