/** SQL for livestreams and their reminders. */
import type { ContentStatus } from '../../../../shared/domain/assistance';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { livestreamReminders, livestreams } from '../../db/schema-content';

export type LivestreamRow = typeof livestreams.$inferSelect;
export type LivestreamValues = Omit<typeof livestreams.$inferInsert, 'id' | 'viewCount' | 'createdAt'>;

/** Every published stream (a few dozen at most; state depends on the clock, so filtering happens in the service). */
export function listPublished(db: Db) {
  return db.select().from(livestreams).where(eq(livestreams.status, 'published'));
}

export function listAll(db: Db, status?: ContentStatus) {
  return db
    .select()
    .from(livestreams)
    .where(status ? eq(livestreams.status, status) : undefined)
    .orderBy(desc(livestreams.startsAt));
}

export async function findBySlug(db: Db, slug: string, publishedOnly: boolean): Promise<LivestreamRow | null> {
  const [row] = await db
    .select()
    .from(livestreams)
    .where(and(eq(livestreams.slug, slug), publishedOnly ? eq(livestreams.status, 'published') : undefined));
  return row ?? null;
}

/** Adds one view to a published stream; null when there is no such stream. */
export async function incrementViews(db: Db, slug: string): Promise<number | null> {
  const [row] = await db
    .update(livestreams)
    .set({ viewCount: sql`${livestreams.viewCount} + 1` })
    .where(and(eq(livestreams.slug, slug), eq(livestreams.status, 'published')))
    .returning({ viewCount: livestreams.viewCount });
  return row?.viewCount ?? null;
}

export async function insert(db: Db, values: LivestreamValues): Promise<LivestreamRow> {
  const [row] = await db.insert(livestreams).values(values).returning();
  return row!;
}

export async function update(db: Db, slug: string, values: Partial<LivestreamValues>): Promise<LivestreamRow | null> {
  const [row] = await db.update(livestreams).set(values).where(eq(livestreams.slug, slug)).returning();
  return row ?? null;
}

export async function addReminder(db: Db, livestreamId: string, userId: string): Promise<void> {
  await db.insert(livestreamReminders).values({ livestreamId, userId }).onConflictDoNothing();
}

export async function removeReminder(db: Db, livestreamId: string, userId: string): Promise<void> {
  await db
    .delete(livestreamReminders)
    .where(and(eq(livestreamReminders.livestreamId, livestreamId), eq(livestreamReminders.userId, userId)));
}
