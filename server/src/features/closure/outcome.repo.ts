/** SQL for outcomes (what was decided at resolution) and the policies and services they offer as alternatives. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { TAlternativeRef } from '../../../../shared/schemas/cases';
import type { Db } from '../../db/client';
import { applicationOutcomes } from '../../db/schema-applications';
import { policies, services } from '../../db/schema-content';

export type OutcomeRow = typeof applicationOutcomes.$inferSelect;

export async function insertOutcome(db: Db, values: typeof applicationOutcomes.$inferInsert): Promise<void> {
  await db.insert(applicationOutcomes).values(values);
}

/** The outcome of the latest resolution, or null before the first one. */
export async function latestOutcome(db: Db, applicationId: string): Promise<OutcomeRow | null> {
  const [row] = await db
    .select()
    .from(applicationOutcomes)
    .where(eq(applicationOutcomes.applicationId, applicationId))
    .orderBy(desc(applicationOutcomes.createdAt), desc(applicationOutcomes.id))
    .limit(1);
  return row ?? null;
}

/** Titles of the referenced policies and services that are published, keyed "kind:slug"; others are left out. */
export async function publishedTitles(db: Db, refs: readonly TAlternativeRef[]): Promise<Map<string, string>> {
  const ids = (kind: TAlternativeRef['kind']) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.slug))];
  const titles = new Map<string, string>();
  const policySlugs = ids('policy');
  if (policySlugs.length) {
    const rows = await db
      .select({ slug: policies.slug, title: policies.title })
      .from(policies)
      .where(and(inArray(policies.slug, policySlugs), eq(policies.status, 'published')));
    for (const r of rows) titles.set(`policy:${r.slug}`, r.title);
  }
  const serviceSlugs = ids('service');
  if (serviceSlugs.length) {
    const rows = await db
      .select({ slug: services.slug, title: services.name })
      .from(services)
      .where(and(inArray(services.slug, serviceSlugs), eq(services.status, 'published')));
    for (const r of rows) titles.set(`service:${r.slug}`, r.title);
  }
  return titles;
}
