/** SQL for stories (典型案例). */
import type { ContentStatus, NeedTier, TargetGroup } from '../../../../shared/domain/assistance';
import { and, arrayContains, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { stories } from '../../db/schema-content';

export type StoryRow = typeof stories.$inferSelect;
export type StoryValues = Omit<typeof stories.$inferInsert, 'id' | 'createdAt'>;

/** Published stories, newest first, keyset-paginated on (published_at, id). */
export function listPublished(
  db: Db,
  f: { needTier?: NeedTier; targetGroup?: TargetGroup; after?: { publishedAt: Date; id: string }; limit: number },
) {
  const conditions: (SQL | undefined)[] = [eq(stories.status, 'published')];
  if (f.needTier) conditions.push(arrayContains(stories.needTiers, [f.needTier]));
  if (f.targetGroup) conditions.push(arrayContains(stories.targetGroups, [f.targetGroup]));
  if (f.after) {
    conditions.push(
      or(
        lt(stories.publishedAt, f.after.publishedAt),
        and(eq(stories.publishedAt, f.after.publishedAt), lt(stories.id, f.after.id)),
      ),
    );
  }
  return db
    .select()
    .from(stories)
    .where(and(...conditions))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(f.limit);
}

export function listAll(db: Db, status?: ContentStatus) {
  return db
    .select()
    .from(stories)
    .where(status ? eq(stories.status, status) : undefined)
    .orderBy(desc(stories.updatedAt));
}

export async function findBySlug(db: Db, slug: string, publishedOnly: boolean): Promise<StoryRow | null> {
  const [row] = await db
    .select()
    .from(stories)
    .where(and(eq(stories.slug, slug), publishedOnly ? eq(stories.status, 'published') : undefined));
  return row ?? null;
}

export async function insert(db: Db, values: StoryValues): Promise<StoryRow> {
  const [row] = await db.insert(stories).values(values).returning();
  return row!;
}

export async function update(db: Db, slug: string, values: Partial<StoryValues>): Promise<StoryRow | null> {
  const [row] = await db.update(stories).set(values).where(eq(stories.slug, slug)).returning();
  return row ?? null;
}
