/**
 * Seed loader of the published lists: livestreams, stories, providers and services, plus sample weekday
 * opening hours on every service point that has none. Idempotent: ON CONFLICT (slug) DO NOTHING, so running it
 * twice (or after an admin edited a seeded row) changes nothing, except that a seeded service still without
 * cost and steps (added by migration 0020) gets them. The Chinese content lives in db/seed/content/.
 */
import { and, inArray, isNull, sql } from 'drizzle-orm';
import { SAMPLE_WEEKDAY_SCHEDULE } from '../../../../shared/domain/opening-hours';
import { toTsvectorLiteral } from '../../../../shared/domain/search-tokens';
import {
  ZLivestreamInput,
  ZStoryInput,
  type TLivestreamInput,
  type TStoryInput,
} from '../../../../shared/schemas/content';
import {
  ZProviderInput,
  ZServiceInput,
  type TProviderInput,
  type TServiceInput,
} from '../../../../shared/schemas/services';
import { searchVectorOf } from '../../features/services/services.repo';
import type { Db } from '../client';
import { departments, servicePoints } from '../schema';
import { livestreams, providers, services, stories } from '../schema-content';

export type ContentSeed = {
  livestreams: TLivestreamInput[];
  stories: TStoryInput[];
  providers: TProviderInput[];
  services: TServiceInput[];
};

/**
 * Loads the seed content (validated with the shared input schemas first) inside the caller's transaction.
 *
 * @throws Error naming the item when seed data is invalid or a service names an unknown provider.
 */
export async function seedContent(
  db: Db,
  seed: { [K in keyof ContentSeed]: readonly unknown[] },
  now: Date,
): Promise<{ livestreams: number; stories: number; providers: number; services: number }> {
  const parse = <T>(schema: { parse(v: unknown): T }, items: readonly unknown[], what: string) =>
    items.map((item, i) => {
      try {
        return schema.parse(item);
      } catch (err) {
        throw new Error(`seed ${what}[${i}] is invalid: ${(err as Error).message}`, { cause: err });
      }
    });
  const lives = parse(ZLivestreamInput, seed.livestreams, 'livestreams');
  const storyRows = parse(ZStoryInput, seed.stories, 'stories');
  const providerRows = parse(ZProviderInput, seed.providers, 'providers');
  const serviceRows = parse(ZServiceInput, seed.services, 'services');
  const published = { status: 'published' as const, createdAt: now, updatedAt: now };

  if (lives.length) {
    await db
      .insert(livestreams)
      .values(
        lives.map((l) => ({
          ...l,
          ...published,
          startsAt: new Date(l.startsAt),
          endsAt: new Date(l.endsAt),
          replayExpiresAt: l.replayExpiresAt ? new Date(l.replayExpiresAt) : null,
        })),
      )
      .onConflictDoNothing({ target: livestreams.slug });
  }
  if (storyRows.length) {
    await db
      .insert(stories)
      .values(storyRows.map((s) => ({ ...s, ...published, publishedAt: now })))
      .onConflictDoNothing({ target: stories.slug });
  }
  const deptIds = new Map(
    (await db.select({ id: departments.id, code: departments.code }).from(departments)).map((d) => [d.code, d.id]),
  );
  if (providerRows.length) {
    await db
      .insert(providers)
      .values(
        providerRows.map(({ departmentCode, ...p }) => ({
          ...p,
          ...published,
          departmentId: departmentCode ? (deptIds.get(departmentCode) ?? null) : null,
        })),
      )
      .onConflictDoNothing({ target: providers.slug });
  }
  if (serviceRows.length) {
    const slugs = [...new Set(serviceRows.map((s) => s.providerSlug))];
    const found = await db
      .select({ id: providers.id, slug: providers.slug, name: providers.name })
      .from(providers)
      .where(inArray(providers.slug, slugs));
    const bySlug = new Map(found.map((p) => [p.slug, p]));
    await db
      .insert(services)
      .values(
        serviceRows.map(({ providerSlug, ...s }) => {
          const provider = bySlug.get(providerSlug);
          if (!provider) throw new Error(`seed service ${s.slug} names unknown provider ${providerSlug}`);
          const vector = searchVectorOf(
            toTsvectorLiteral(s.name, 'A'),
            toTsvectorLiteral(s.description, 'B'),
            toTsvectorLiteral(`${provider.name} ${s.eligibilityDescription}`, 'C'),
          );
          return { ...s, cost: s.cost ?? null, ...published, providerId: provider.id, searchVector: vector };
        }),
      )
      // a service seeded before cost and steps existed (migration 0020) gets them; edited ones keep theirs
      .onConflictDoUpdate({
        target: services.slug,
        set: { cost: sql`excluded.cost`, howToApply: sql`excluded.how_to_apply` },
        where: sql`${services.cost} is null and ${services.howToApply} = '[]'::jsonb`,
      });
  }
  await seedOpeningSchedules(db);
  return {
    livestreams: lives.length,
    stories: storyRows.length,
    providers: providerRows.length,
    services: serviceRows.length,
  };
}

/** Sample weekday hours (marked sample) on every point whose contact data is still sample and has no schedule. */
export async function seedOpeningSchedules(db: Db): Promise<void> {
  await db
    .update(servicePoints)
    .set({ openingSchedule: SAMPLE_WEEKDAY_SCHEDULE })
    .where(and(isNull(servicePoints.openingSchedule), inArray(servicePoints.isSampleContact, [true])));
}
