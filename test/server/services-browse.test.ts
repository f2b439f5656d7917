/** Browsing the lists (issue 11 point 5): provider detail and filters, service detail with cost, steps and contact. */
import { ZProviderDetail, ZProviderList, ZServiceDetail, ZServiceList } from '../../shared/schemas/services';
import { SERVICES } from '../../server/src/db/seed/content/services';
import { PROVIDERS } from '../../server/src/db/seed/content/providers';
import { post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const CUIYUAN = '330106005000';
const CUIYUAN_1 = '330106005055';

describe('seeded services say what they cost and how to get them', () => {
  it('has a cost and at least two plain steps for every seeded service, and no invented phone number', () => {
    for (const s of SERVICES) {
      expect({ slug: s.slug, cost: s.cost ?? '' }).toEqual({ slug: s.slug, cost: expect.stringMatching(/\S/) });
      expect(s.howToApply.length).toBeGreaterThanOrEqual(2);
      for (const step of s.howToApply) expect(step).not.toMatch(/\d{7,}|[,:;?!()]/);
    }
    const phones = new Set(PROVIDERS.flatMap((p) => (p.phone ? [p.phone] : [])));
    expect([...phones]).toEqual(['0571-00000000']);
  });

  it('stores them in the database', async () => {
    const d = ZServiceDetail.parse((await post(t, 'services.get', { slug: 'dibao-application-intake' })).body.data);
    expect(d.cost).toBe('免费');
    expect(d.howToApply[0]).toContain('社区（村）服务点');
  });
});

describe('services.get', () => {
  it('returns the provider contact and the linked published policies with titles', async () => {
    const d = ZServiceDetail.parse((await post(t, 'services.get', { slug: 'cuiyuan-case-support' })).body.data);
    expect(d.provider).toMatchObject({
      slug: 'cuiyuan-social-work-station',
      phone: '0571-00000000',
      isSampleContact: true,
    });
    const dibao = ZServiceDetail.parse((await post(t, 'services.get', { slug: 'dibao-application-intake' })).body.data);
    expect(dibao.provider.phone).toBeNull();
    expect(dibao.policies).toEqual([{ slug: 'minimum-living-allowance', title: '最低生活保障（低保）' }]);
  });

  it('answers 404 for an unknown service and 400 naming slug for a malformed one', async () => {
    expect((await post(t, 'services.get', { slug: 'no-such-service' })).status).toBe(404);
    const bad = await post(t, 'services.get', { slug: 'Bad Slug' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('slug');
  });
});

describe('services.list by street', () => {
  it('lists a street’s own, district-wide and its communities’ services', async () => {
    const res = await post(t, 'services.list', { divisionCode: CUIYUAN, limit: 50 });
    const items = ZServiceList.parse(res.body.data).items.map((i) => i.slug);
    expect(items).toEqual(expect.arrayContaining(['dibao-application-intake', 'cuiyuan-meal-assistance']));
    expect(items).toContain('cuiyuan1-neighbour-watch'); // listed for 翠苑一区 only
    const community = ZServiceList.parse(
      (await post(t, 'services.list', { divisionCode: CUIYUAN_1, limit: 50 })).body.data,
    );
    expect(community.items.map((i) => i.slug)).toContain('cuiyuan1-neighbour-watch');
    expect(items).not.toContain('sandun-after-school-class');
  });

  it('combines search with the need-tier, street and provider filters', async () => {
    const res = await post(t, 'services.list', { q: '老人吃饭', needTier: 'care', divisionCode: CUIYUAN });
    expect(ZServiceList.parse(res.body.data).items[0]!.slug).toBe('cuiyuan-meal-assistance');
    const byProvider = await post(t, 'services.list', { q: '就业', providerSlug: 'disabled-persons-federation' });
    expect(ZServiceList.parse(byProvider.body.data).items.map((i) => i.slug)).toEqual(['disability-job-support']);
  });

  it('names the bad filter', async () => {
    for (const [body, field] of [
      [{ needTier: 'rich' }, 'needTier'],
      [{ divisionCode: '33' }, 'divisionCode'],
      [{ providerSlug: 'Bad Slug' }, 'providerSlug'],
      [{ offset: -1 }, 'offset'],
      [{ limit: 0 }, 'limit'],
    ] as const) {
      const res = await post(t, 'services.list', body);
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe(field);
    }
  });
});

describe('providers.list and providers.get', () => {
  it('filters providers by street and by query, best name match first', async () => {
    const inCuiyuan = ZProviderList.parse((await post(t, 'providers.list', { divisionCode: CUIYUAN })).body.data);
    const slugs = inCuiyuan.items.map((p) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(['cuiyuan-social-work-station', 'civil-affairs-assistance-office']));
    expect(slugs).not.toContain('sandun-social-work-station');
    const q = ZProviderList.parse((await post(t, 'providers.list', { q: '残疾' })).body.data);
    expect(q.items[0]!.slug).toBe('disabled-persons-federation');
    expect((await post(t, 'providers.list', { q: '怎么申请' })).body.data.items).toEqual([]);
  });

  it('names the bad filter', async () => {
    for (const [body, field] of [
      [{ kind: 'bank' }, 'kind'],
      [{ divisionCode: 'x' }, 'divisionCode'],
      [{ q: '字'.repeat(51) }, 'q'],
    ] as const) {
      const res = await post(t, 'providers.list', body);
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe(field);
    }
  });

  it('returns a provider with its contact and published services', async () => {
    const res = await post(t, 'providers.get', { slug: 'shanliang-food-bank' });
    expect(res.status).toBe(200);
    const p = ZProviderDetail.parse(res.body.data);
    expect(p.services.map((s) => s.slug).sort()).toEqual(['shanliang-emergency-food', 'shanliang-monthly-food-parcel']);
    expect(p.serviceCount).toBe(2);
  });

  it('answers 404 for unknown and unpublished providers, 400 naming slug', async () => {
    expect((await post(t, 'providers.get', { slug: 'no-such-provider' })).status).toBe(404);
    const bad = await post(t, 'providers.get', { slug: 'Bad!' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('slug');
  });
});
