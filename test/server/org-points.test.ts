import { ZNearResult, ZServicePoint, ZServicePointDetail } from '../../shared/schemas/org';
import { seedContent } from '../../server/src/db/seed/content.seed';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { FIXTURE_PROVIDERS, FIXTURE_SERVICES } from './services-fixtures';

const t = useTestApp();
const GUDANG = { lat: 30.27861, lng: 120.11389 };
let communityId: string;
let gudangId: string;

beforeAll(async () => {
  await seedContent(
    t.deps.db,
    { livestreams: [], stories: [], providers: FIXTURE_PROVIDERS, services: FIXTURE_SERVICES },
    t.clock.now(),
  );
  const cuiyuan = (await post(t, 'servicePoints.list', { streetCode: '330106005000' })).body.data.items;
  communityId = cuiyuan.find((p: { name: string }) => p.name === '翠苑一区社区助联服务点').id;
  gudangId = (await post(t, 'servicePoints.list', { streetCode: '330106007000', level: 'street_station' })).body.data
    .items[0].id;
});

describe('servicePoints.get', () => {
  it('tells open now in Shanghai time from the sample schedule and lists the services delivered there', async () => {
    t.clock.set('2030-01-07T10:00:00+08:00'); // a Monday morning
    const res = await post(t, 'servicePoints.get', { id: communityId });
    expect(res.status).toBe(200);
    const d = ZServicePointDetail.parse(res.body.data);
    expect(d.openNow).toBe(true);
    expect(d.openingSchedule?.isSample).toBe(true);
    expect(d.isSampleContact).toBe(true);
    expect(
      d.services
        .map((s) => s.slug)
        .filter((s) => s.startsWith('fx-'))
        .sort(),
    ).toEqual(['fx-food-district', 'fx-meal-cuiyuan']);
    t.clock.set('2030-01-12T10:00:00+08:00'); // Saturday
    expect((await post(t, 'servicePoints.get', { id: communityId })).body.data.openNow).toBe(false);
  });

  it('answers openNow null when the hours are unknown', async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    expect(
      (await post(t, 'admin.servicePoints.update', { id: gudangId, openingSchedule: null }, admin.accessToken)).status,
    ).toBe(200);
    expect((await post(t, 'servicePoints.get', { id: gudangId })).body.data.openNow).toBeNull();
  });

  it('404 for an unknown id, 400 naming id', async () => {
    expect((await post(t, 'servicePoints.get', { id: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await post(t, 'servicePoints.get', { id: 'x' })).body.details[0].field).toBe('id');
  });
});

describe('servicePoints.near', () => {
  it('sorts located points by distance and flags the ten-minute circle', async () => {
    const res = await post(t, 'servicePoints.near', { lat: GUDANG.lat + 0.005, lng: GUDANG.lng });
    expect(res.status).toBe(200);
    const d = ZNearResult.parse(res.body.data);
    expect(d.insideDistrict).toBe(true);
    expect(d.items.map((i) => i.point.name)).toEqual(['古荡街道助联服务站', '西湖街道助联服务站', '双浦镇助联服务站']);
    expect(d.items[0]).toMatchObject({ withinTenMinutes: true });
    expect(d.items[0]!.distanceMetres).toBeGreaterThan(500);
    expect(d.items[0]!.distanceMetres).toBeLessThan(600);
    expect(d.items[1]!.withinTenMinutes).toBe(false);
    expect(d.items.every((i, n) => n === 0 || i.distanceMetres >= d.items[n - 1]!.distanceMetres)).toBe(true);
    expect(d.unlocated).toBeNull();
  });

  it('says whether each point is open now, the same as its detail page', async () => {
    for (const [when, anyOpen] of [
      ['2030-01-07T10:00:00+08:00', true],
      ['2030-01-12T10:00:00+08:00', false],
    ] as const) {
      t.clock.set(when);
      const d = ZNearResult.parse(
        (await post(t, 'servicePoints.near', { lat: GUDANG.lat, lng: GUDANG.lng, limit: 5 })).body.data,
      );
      for (const item of d.items) {
        expect(item.openNow).toBe((await post(t, 'servicePoints.get', { id: item.point.id })).body.data.openNow);
      }
      expect(d.items.some((i) => i.openNow === true)).toBe(anyOpen);
    }
  });

  it('never places unlocated points on the map, grouping them by street when asked', async () => {
    const d = ZNearResult.parse(
      (await post(t, 'servicePoints.near', { lat: 30.27, lng: 120.12, limit: 1, includeUnlocated: true })).body.data,
    );
    expect(d.items).toHaveLength(1);
    const cuiyuan = d.unlocated!.find((g) => g.streetCode === '330106005000')!;
    expect(cuiyuan.streetName).toBe('翠苑街道');
    expect(cuiyuan.points.every((p) => p.lat === null && p.lng === null)).toBe(true);
    expect(d.unlocated!.flatMap((g) => g.points).some((p) => p.name === '古荡街道助联服务站')).toBe(false);
  });

  it('says when the location is outside the district', async () => {
    expect((await post(t, 'servicePoints.near', { lat: 39.9, lng: 116.4 })).body.data.insideDistrict).toBe(false);
  });

  it('names out-of-range coordinates', async () => {
    const lat = await post(t, 'servicePoints.near', { lat: 91, lng: 120 });
    expect(lat.status).toBe(400);
    expect(lat.body.details[0]).toEqual({ field: 'lat', message: '纬度应在 -90 到 90 之间' });
    expect((await post(t, 'servicePoints.near', { lat: 30, lng: 181 })).body.details[0].field).toBe('lng');
    expect((await post(t, 'servicePoints.near', { lat: 30 })).body.details[0].field).toBe('lng');
  });
});

describe('admin.servicePoints.update', () => {
  it('refuses no session (401), residents and staff (403)', async () => {
    expect((await post(t, 'admin.servicePoints.update', { id: communityId, phone: '0571-1234567' })).status).toBe(401);
    const resident = await buildSession(t);
    expect(
      (await post(t, 'admin.servicePoints.update', { id: communityId, phone: '0571-1234567' }, resident.accessToken))
        .status,
    ).toBe(403);
    const staff = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
    expect(
      (await post(t, 'admin.servicePoints.update', { id: communityId, phone: '0571-1234567' }, staff.accessToken))
        .status,
    ).toBe(403);
  });

  it('updates contact data and coordinates for an admin, audited', async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    const res = await post(
      t,
      'admin.servicePoints.update',
      { id: communityId, phone: '0571-1234567', isSampleContact: false, lat: 30.29, lng: 120.12 },
      admin.accessToken,
    );
    expect(res.status).toBe(200);
    expect(ZServicePoint.parse(res.body.data)).toMatchObject({
      phone: '0571-1234567',
      isSampleContact: false,
      lat: 30.29,
    });
    const near = await post(t, 'servicePoints.near', { lat: 30.29, lng: 120.12, limit: 1 });
    expect(near.body.data.items[0].point.id).toBe(communityId);
  });

  it('names bad input and changes nothing', async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    expect(
      (await post(t, 'admin.servicePoints.update', { id: gudangId, lat: 30.2 }, admin.accessToken)).body.details[0]
        .field,
    ).toBe('lng');
    expect(
      (await post(t, 'admin.servicePoints.update', { id: gudangId, phone: 'call me' }, admin.accessToken)).body
        .details[0].field,
    ).toBe('phone');
    expect(
      (await post(t, 'admin.servicePoints.update', { id: gudangId, lat: 39.9, lng: 116.4 }, admin.accessToken)).body
        .details[0].field,
    ).toBe('lat');
    const bad = await post(
      t,
      'admin.servicePoints.update',
      { id: gudangId, openingSchedule: { weekly: [{ days: [1], open: '18:00', close: '09:00' }], isSample: true } },
      admin.accessToken,
    );
    expect(bad.body.details[0].field).toBe('openingSchedule.weekly.0.close');
    expect(
      (
        await post(
          t,
          'admin.servicePoints.update',
          { id: '00000000-0000-4000-8000-000000000000', phone: '0571-1234567' },
          admin.accessToken,
        )
      ).status,
    ).toBe(404);
    expect((await post(t, 'servicePoints.get', { id: gudangId })).body.data.lat).toBe(GUDANG.lat);
  });
});
