import { eq } from 'drizzle-orm';
import { ZProviderAdminList, ZServiceAdmin, ZServiceAdminList } from '../../shared/schemas/services';
import { providers, services } from '../../server/src/db/schema-content';
import { seedContent } from '../../server/src/db/seed/content.seed';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { FIXTURE_PROVIDERS, FIXTURE_SERVICES } from './services-fixtures';

const t = useTestApp();
let admin: string;

beforeAll(async () => {
  await seedContent(
    t.deps.db,
    { livestreams: [], stories: [], providers: FIXTURE_PROVIDERS, services: FIXTURE_SERVICES },
    t.clock.now(),
  );
  admin = (await buildSession(t, { memberships: [{ role: 'admin' }] })).accessToken;
});

const service = { ...FIXTURE_SERVICES[0]!, slug: 'adm-service' };
const writes: [string, unknown][] = [
  ['admin.providers.create', FIXTURE_PROVIDERS[0]],
  ['admin.providers.update', FIXTURE_PROVIDERS[0]],
  ['admin.providers.setStatus', { slug: 'fx-civil', status: 'archived' }],
  ['admin.providers.list', {}],
  ['admin.services.create', service],
  ['admin.services.update', service],
  ['admin.services.setStatus', { slug: 'fx-food-district', status: 'archived' }],
  ['admin.services.list', {}],
];

describe('services admin access', () => {
  it.each(writes)('%s: 401 without a session, 403 for residents and staff', async (name, body) => {
    expect((await post(t, name, body)).status).toBe(401);
    const resident = await buildSession(t);
    expect((await post(t, name, body, resident.accessToken)).status).toBe(403);
    const staff = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
    expect((await post(t, name, body, staff.accessToken)).status).toBe(403);
  });
});

describe('providers admin', () => {
  it('names an unknown department and refuses a duplicate slug', async () => {
    const bad = await post(
      t,
      'admin.providers.create',
      { ...FIXTURE_PROVIDERS[1]!, slug: 'adm-dept', departmentCode: 'no_such_dept' },
      admin,
    );
    expect(bad.body.details[0].field).toBe('departmentCode');
    expect((await post(t, 'admin.providers.create', FIXTURE_PROVIDERS[0], admin)).status).toBe(409);
    const ok = await post(t, 'admin.providers.update', { ...FIXTURE_PROVIDERS[0]!, name: '善粮公社（西湖）' }, admin);
    expect(ok.body.data).toMatchObject({ name: '善粮公社（西湖）', status: 'published' });
  });
});

describe('services admin', () => {
  it('names an unknown provider and unknown division codes, and writes nothing', async () => {
    const badProvider = await post(t, 'admin.services.create', { ...service, providerSlug: 'no-such-provider' }, admin);
    expect(badProvider.status).toBe(400);
    expect(badProvider.body.details[0].field).toBe('providerSlug');
    const badArea = await post(
      t,
      'admin.services.create',
      { ...service, serviceAreas: ['330106000000', '330106999999'] },
      admin,
    );
    expect(badArea.body.details).toEqual([{ field: 'serviceAreas.1', message: '没有这个地区编码' }]);
    expect(await t.deps.db.select().from(services).where(eq(services.slug, 'adm-service'))).toHaveLength(0);
  });

  it('creates a searchable service that appears once published, and archives it', async () => {
    const created = await post(t, 'admin.services.create', { ...service, name: '缝补上门服务' }, admin);
    expect(ZServiceAdmin.parse(created.body.data)).toMatchObject({ providerSlug: 'fx-food-bank', status: 'draft' });
    expect((await post(t, 'services.list', { q: '缝补' })).body.data.items).toHaveLength(0);
    await post(t, 'admin.services.setStatus', { slug: 'adm-service', status: 'published' }, admin);
    expect((await post(t, 'services.list', { q: '缝补' })).body.data.items[0].slug).toBe('adm-service');
    await post(t, 'admin.services.update', { ...service, name: '修鞋上门服务' }, admin);
    expect((await post(t, 'services.list', { q: '缝补' })).body.data.items).toHaveLength(0);
    expect((await post(t, 'services.list', { q: '修鞋' })).body.data.items[0].slug).toBe('adm-service');
    await post(t, 'admin.services.setStatus', { slug: 'adm-service', status: 'archived' }, admin);
    expect((await post(t, 'services.get', { slug: 'adm-service' })).status).toBe(404);
  });
});

describe('matching facts and places', () => {
  it('a service stores categories, ages and sex, lists them back, and clears them with null', async () => {
    const facts = { ...service, slug: 'adm-facts', categories: ['elderly_care', 'medical'], minAge: 60, maxAge: 120 };
    const created = await post(t, 'admin.services.create', { ...facts, sex: 'female' }, admin);
    expect(created.status).toBe(200);
    expect(ZServiceAdmin.parse(created.body.data)).toMatchObject({
      categories: ['elderly_care', 'medical'],
      minAge: 60,
      maxAge: 120,
      sex: 'female',
    });
    await post(t, 'admin.services.update', { ...facts, categories: [], minAge: null, maxAge: null, sex: null }, admin);
    const listed = ZServiceAdminList.parse((await post(t, 'admin.services.list', {}, admin)).body.data);
    expect(listed.items.find((s) => s.slug === 'adm-facts')).toMatchObject({
      categories: [],
      minAge: null,
      maxAge: null,
      sex: null,
    });
  });

  it('400 names minAge/maxAge for a wrong age and maxAge when it is below minAge', async () => {
    const bad = await post(t, 'admin.services.update', { ...service, slug: 'fx-food-district', minAge: -1 }, admin);
    expect([bad.status, bad.body.details[0].field, bad.body.details[0].message]).toEqual([
      400,
      'minAge',
      '年龄不能小于 0',
    ]);
    const crossed = await post(
      t,
      'admin.services.update',
      { ...service, slug: 'fx-food-district', minAge: 70, maxAge: 60 },
      admin,
    );
    expect([crossed.status, crossed.body.details]).toEqual([
      400,
      [{ field: 'maxAge', message: '最大年龄不能小于最小年龄' }],
    ]);
  });

  it('a provider lists its id and places; an update sets, keeps (left out) or lifts (null) the limit', async () => {
    const places = async () =>
      ZProviderAdminList.parse((await post(t, 'admin.providers.list', {}, admin)).body.data).items.find(
        (p) => p.slug === 'fx-food-bank',
      );
    const [row] = await t.deps.db.select().from(providers).where(eq(providers.slug, 'fx-food-bank'));
    expect(await places()).toMatchObject({ id: row!.id, openPlaces: null });
    const set = await post(t, 'admin.providers.update', { ...FIXTURE_PROVIDERS[0]!, openPlaces: 3 }, admin);
    expect(set.body.data).toMatchObject({ id: row!.id, openPlaces: 3 });
    await post(t, 'admin.providers.update', { ...FIXTURE_PROVIDERS[0]! }, admin);
    expect((await places())?.openPlaces).toBe(3);
    const bad = await post(t, 'admin.providers.update', { ...FIXTURE_PROVIDERS[0]!, openPlaces: 1.5 }, admin);
    expect([bad.status, bad.body.details[0].field, bad.body.details[0].message]).toEqual([
      400,
      'openPlaces',
      '名额请填整数',
    ]);
    await post(t, 'admin.providers.update', { ...FIXTURE_PROVIDERS[0]!, openPlaces: null }, admin);
    expect((await places())?.openPlaces).toBeNull();
  });
});
