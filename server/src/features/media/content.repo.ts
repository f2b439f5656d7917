/** SQL shared by the four content tables: status changes and slug look-ups used by admin writes. */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, divisions } from '../../db/schema';
import { livestreams, providers, services, stories } from '../../db/schema-content';

export const contentTables = { livestreams, stories, providers, services } as const;
export type ContentTable = keyof typeof contentTables;

/** Sets status (and stamps published_at for stories on first publish); returns null when the slug is unknown. */
export async function setStatus(db: Db, table: ContentTable, slug: string, status: string, now: Date) {
  const t = contentTables[table];
  const values: Record<string, unknown> = { status, updatedAt: now };
  if (table === 'stories' && status === 'published') values.publishedAt = sql`coalesce(${stories.publishedAt}, ${now.toISOString()}::timestamptz)`;
  const [row] = await db.update(t).set(values).where(eq(t.slug, slug)).returning({ id: t.id, slug: t.slug, status: t.status });
  return row ?? null;
}

/** The division codes among `codes` that exist. */
export async function knownDivisionCodes(db: Db, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.select({ code: divisions.code }).from(divisions).where(inArray(divisions.code, codes));
  return new Set(rows.map((r) => r.code));
}

/** Names of the given division codes. */
export async function divisionNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ code: divisions.code, name: divisions.name }).from(divisions).where(inArray(divisions.code, codes));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function findDepartmentByCode(db: Db, code: string) {
  const [row] = await db.select({ id: departments.id, code: departments.code }).from(departments).where(eq(departments.code, code));
  return row ?? null;
}

export async function departmentCodesById(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ id: departments.id, code: departments.code }).from(departments);
  return new Map(rows.map((r) => [r.id, r.code]));
}
