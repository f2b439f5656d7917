/** SQL shared by the four admin-edited lists (livestreams, stories, providers, services): status changes. */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { livestreams, providers, services, stories } from '../../db/schema-content';

export const contentTables = { livestreams, stories, providers, services } as const;
export type ContentTable = keyof typeof contentTables;

/** Sets status (and stamps published_at for stories on first publish); returns null when the slug is unknown. */
export async function setStatus(db: Db, table: ContentTable, slug: string, status: string, now: Date) {
  const t = contentTables[table];
  const values: Record<string, unknown> = { status, updatedAt: now };
  if (table === 'stories' && status === 'published')
    values.publishedAt = sql`coalesce(${stories.publishedAt}, ${now.toISOString()}::timestamptz)`;
  const [row] = await db
    .update(t)
    .set(values)
    .where(eq(t.slug, slug))
    .returning({ id: t.id, slug: t.slug, status: t.status });
  return row ?? null;
}
