import { ZProviderList, ZServiceDetail, ZServiceList } from '../../shared/schemas/services';
import { seedContent } from '../../server/src/db/seed/content.seed';
import { post } from './support/factories';
import { useTestApp } from './support/harness';
import { CUIYUAN_ONE, FIXTURE_PROVIDERS, FIXTURE_SERVICES } from './services-fixtures';

const t = useTestApp();
/** Slugs of the test fixtures in a list (the database also holds the seeded Chinese content). */
const slugs = (res: { body: { data: { items: { slug: string }[] } } }) =>
  res.body.data.items.map((i) => i.slug).filter((s) => s.startsWith('fx-'));

beforeAll(async () => {
  await seedContent(
    t.deps.db,
    { livestreams: [], stories: [], providers: FIXTURE_PROVIDERS, services: FIXTURE_SERVICES },
    t.clock.now(),
  );
});

describe('providers.list', () => {
  it('lists published providers with service counts and filters by kind', async () => {
    const all = ZProviderList.parse((await post(t, 'providers.list')).body.data).items;
    expect(all.find((p) => p.slug === 'fx-food-bank')).toMatchObject({ serviceCount: 2, isSampleContact: true });
    expect(slugs(await post(t, 'providers.list', { kind: 'department' }))).toEqual(['fx-civil']);
    expect((await post(t, 'providers.list', { kind: 'bank' })).body.details[0].field).toBe('kind');
  });
});

describe('services.list', () => {
  it('includes district-wide and street services for a community of that street', async () => {
    const res = await post(t, 'services.list', { divisionCode: CUIYUAN_ONE, limit: 50 });
    expect(res.status).toBe(200);
    expect(slugs(res).sort()).toEqual(['fx-food-district', 'fx-meal-cuiyuan']);
    expect(slugs(await post(t, 'services.list', { divisionCode: '330106013001', limit: 50 })).sort()).toEqual([
      'fx-food-district',
      'fx-job-other',
    ]);
  });

  it('filters by need tier, delivery, target group and provider', async () => {
    expect(slugs(await post(t, 'services.list', { needTier: 'care', limit: 50 }))).toEqual(['fx-meal-cuiyuan']);
    expect(slugs(await post(t, 'services.list', { delivery: 'development', limit: 50 }))).toEqual(['fx-job-other']);
    expect(slugs(await post(t, 'services.list', { targetGroup: 'dibao', limit: 50 }))).toEqual(['fx-food-district']);
    expect(slugs(await post(t, 'services.list', { providerSlug: 'fx-civil' }))).toEqual(['fx-job-other']);
  });

  it('searches Chinese by characters and words, and an empty query lists the first page', async () => {
    expect(slugs(await post(t, 'services.list', { q: '社区食堂助餐', limit: 50 }))).toEqual(['fx-meal-cuiyuan']);
    expect(slugs(await post(t, 'services.list', { q: '粮油包', limit: 50 }))).toContain('fx-food-district');
    expect(slugs(await post(t, 'services.list', { q: '火箭' }))).toEqual([]);
    expect(slugs(await post(t, 'services.list', { q: "'); drop table services;--" }))).toEqual([]);
    expect((await post(t, 'services.list', { q: '  ' })).body.data.items.length).toBeGreaterThan(0);
  });

  it('pages with offset and limit', async () => {
    const p = ZServiceList.parse(
      (await post(t, 'services.list', { providerSlug: 'fx-food-bank', limit: 1 })).body.data,
    );
    expect(p.hasMore).toBe(true);
    expect(
      ZServiceList.parse(
        (await post(t, 'services.list', { providerSlug: 'fx-food-bank', limit: 1, offset: 1 })).body.data,
      ).hasMore,
    ).toBe(false);
  });

  it('names invalid fields: over-long query, bad division code, unknown field', async () => {
    expect((await post(t, 'services.list', { q: '字'.repeat(51) })).body.details[0].field).toBe('q');
    expect((await post(t, 'services.list', { divisionCode: '3301' })).body.details[0].field).toBe('divisionCode');
    expect((await post(t, 'services.list', { sort: 'x' })).body.details[0].field).toBe('sort');
  });
});

describe('services.get', () => {
  it('returns the HSDS-shaped detail with area names', async () => {
    const d = ZServiceDetail.parse((await post(t, 'services.get', { slug: 'fx-meal-cuiyuan' })).body.data);
    expect(d.areas).toEqual([{ code: '330106005000', name: '翠苑街道' }]);
    expect(d).toMatchObject({
      schedule: '每天 11:00-12:30',
      accessibility: '无障碍通道',
      lastVerifiedAt: '2030-01-01',
      lastVerifiedBy: '区民政局',
      capacity: 'available',
    });
    expect(d.provider).toEqual({
      slug: 'fx-food-bank',
      name: '善粮公社',
      kind: 'social_org',
      phone: '0571-00000000',
      address: null,
      isSampleContact: true,
    });
    expect((await post(t, 'services.get', { slug: 'no-such-service' })).status).toBe(404);
  });
});
