/** Providers with limited places, their services, and provider staff sessions, for the service-order suites. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { memberships } from '../../../server/src/db/schema';
import { providers, services } from '../../../server/src/db/schema-content';
import { openSessionFor } from '../../../server/src/features/auth/auth.service';
import { buildUser } from './factories';
import type { TestContext } from './harness';

/** A published provider (open places as given, null = no limit) with one published material service. */
export async function buildProviderWithService(
  t: TestContext,
  spec: { openPlaces?: number | null; name?: string; departmentId?: string | null } = {},
) {
  const slug = `p-${randomUUID().slice(0, 8)}`;
  const [provider] = await t.deps.db
    .insert(providers)
    .values({
      slug,
      kind: 'social_org',
      name: spec.name ?? '善粮公社',
      description: '为困难家庭配送米面油等食品包',
      departmentId: spec.departmentId ?? null,
      openPlaces: spec.openPlaces === undefined ? null : spec.openPlaces,
      status: 'published',
    })
    .returning();
  const [service] = await t.deps.db
    .insert(services)
    .values({
      slug: `${slug}-food`,
      providerId: provider!.id,
      name: '米面油食品包',
      description: '每月配送一次米面油',
      needTier: 'survival',
      delivery: 'material',
      targetGroups: ['dibao'],
      eligibilityDescription: '低保、低边家庭',
      requiredDocuments: [],
      serviceAreas: ['330106'],
      languages: ['zh'],
      lastVerifiedAt: '2026-11-01',
      lastVerifiedBy: '测试',
      policySlugs: [],
      status: 'published',
      searchVector: sql`''::tsvector`,
    })
    .returning();
  return { providerId: provider!.id, serviceId: service!.id };
}

/** A logged-in provider_staff member of `providerId`. */
export async function providerStaffSession(t: TestContext, providerId: string, displayName = '善粮公社志愿者') {
  const user = await buildUser(t, { displayName });
  await t.deps.db.insert(memberships).values({ userId: user.id, role: 'provider_staff', providerId });
  return { ...(await openSessionFor(t.deps, user.id)), userId: user.id };
}
