/**
 * Seed loader of the media area: livestreams, stories, providers and services, published, plus sample weekday
 * opening hours on every service point that has none. Idempotent: ON CONFLICT (slug) DO NOTHING, so running it
 * twice (or after an admin edited a seeded row) changes nothing. The Chinese content lives in db/seed/content/.
 */
import { and, inArray, isNull } from 'drizzle-orm';
import { SAMPLE_WEEKDAY_SCHEDULE } from '../../../../shared/domain/opening-hours';
import { toTsvectorLiteral } from '../../../../shared/domain/search-tokens';
import { ZLivestreamInput, ZProviderInput, ZServiceInput, ZStoryInput, type TLivestreamInput, type TProviderInput, type TServiceInput, type TStoryInput } from '../../../../shared/schemas/content';
import type { Db } from '../../db/client';
import { departments, servicePoints } from '../../db/schema';
import { livestreams, providers, services, stories } from '../../db/schema-content';
import { searchVectorOf } from './services.repo';

export type MediaSeed = { livestreams: TLivestreamInput[]; stories: TStoryInput[]; providers: TProviderInput[]; services: TServiceInput[] };

/**
 * Loads the seed content (validated with the shared input schemas first) inside the caller's transaction.
 *
 * @throws Error naming the item when seed data is invalid or a service names an unknown provider.
 */
export async function seedMedia(db: Db, seed: { [K in keyof MediaSeed]: readonly unknown[] }, now: Date): Promise<{ livestreams: number; stories: number; providers: number; services: number }> {
  const parse = <T>(schema: { parse(v: unknown): T }, items: readonly unknown[], what: string) =>
    items.map((item, i) => {
      try {
        return schema.parse(item);
      } catch (err) {
        throw new Error(`seed ${what}[${i}] is invalid: ${(err as Error).message}`);
      }
    });
  const lives = parse(ZLivestreamInput, seed.livestreams, 'livestreams');
  const storyRows = parse(ZStoryInput, seed.stories, 'stories');
  const providerRows = parse(ZProviderInput, seed.providers, 'providers');
  const serviceRows = parse(ZServiceInput, seed.services, 'services');
  const published = { status: 'published' as const, createdAt: now, updatedAt: now };

  if (lives.length) {
    await db.insert(livestreams).values(lives.map((l) => ({
      ...l, ...published,
      startsAt: new Date(l.startsAt), endsAt: new Date(l.endsAt),
      replayExpiresAt: l.replayExpiresAt ? new Date(l.replayExpiresAt) : null,
    }))).onConflictDoNothing({ target: livestreams.slug });
  }
  if (storyRows.length) {
    await db.insert(stories).values(storyRows.map((s) => ({ ...s, ...published, publishedAt: now }))).onConflictDoNothing({ target: stories.slug });
  }
  const deptIds = new Map((await db.select({ id: departments.id, code: departments.code }).from(departments)).map((d) => [d.code, d.id]));
  if (providerRows.length) {
    await db.insert(providers).values(providerRows.map(({ departmentCode, ...p }) => ({
      ...p, ...published, departmentId: departmentCode ? (deptIds.get(departmentCode) ?? null) : null,
    }))).onConflictDoNothing({ target: providers.slug });
  }
  if (serviceRows.length) {
    const slugs = [...new Set(serviceRows.map((s) => s.providerSlug))];
    const found = await db.select({ id: providers.id, slug: providers.slug, name: providers.name }).from(providers).where(inArray(providers.slug, slugs));
    const bySlug = new Map(found.map((p) => [p.slug, p]));
    await db.insert(services).values(serviceRows.map(({ providerSlug, ...s }) => {
      const provider = bySlug.get(providerSlug);
      if (!provider) throw new Error(`seed service ${s.slug} names unknown provider ${providerSlug}`);
      const vector = searchVectorOf(toTsvectorLiteral(s.name, 'A'), toTsvectorLiteral(s.description, 'B'), toTsvectorLiteral(`${provider.name} ${s.eligibilityDescription}`, 'C'));
      return { ...s, ...published, providerId: provider.id, searchVector: vector };
    })).onConflictDoNothing({ target: services.slug });
  }
  await seedOpeningSchedules(db);
  return { livestreams: lives.length, stories: storyRows.length, providers: providerRows.length, services: serviceRows.length };
}

/** Sample weekday hours (marked sample) on every point whose contact data is still sample and has no schedule. */
export async function seedOpeningSchedules(db: Db): Promise<void> {
  await db
    .update(servicePoints)
    .set({ openingSchedule: SAMPLE_WEEKDAY_SCHEDULE })
    .where(and(isNull(servicePoints.openingSchedule), inArray(servicePoints.isSampleContact, [true])));
}
