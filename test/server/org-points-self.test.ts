/** Points kept by their own staff (org.points.*), the contact plan (servicePoints.contact) and completeness. */
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../server/src/db/schema';
import { ZApplicationDetail } from '../../shared/schemas/applications';
import { ZServicePoint, ZServicePointDetail } from '../../shared/schemas/org';
import { ZCompleteness, ZContactPlan } from '../../shared/schemas/points';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { selfBody, submit } from './support/intake';

const t = useTestApp();
const CUIYUAN = '330106005000';
const XIXI = '330106004000';
type P = { id: string; name: string; divisionCode: string; level: string };
let cuiyuanPoints: P[];
let cuiyi: P; // 翠苑一区社区助联服务点
let cuiyuanStation: P;
let xixiPoint: P;

beforeAll(async () => {
  cuiyuanPoints = (await post(t, 'servicePoints.list', { streetCode: CUIYUAN })).body.data.items;
  cuiyi = cuiyuanPoints.find((p) => p.name === '翠苑一区社区助联服务点')!;
  cuiyuanStation = cuiyuanPoints.find((p) => p.level === 'street_station')!;
  xixiPoint = (await post(t, 'servicePoints.list', { streetCode: XIXI, level: 'community_point' })).body.data.items[0];
});

const pointStaff = () => buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: cuiyi.divisionCode }] });
const stationStaff = () => buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: CUIYUAN }] });

describe('org.points.update', () => {
  it('401 without a session, 403 for residents and department officers', async () => {
    expect((await post(t, 'org.points.update', { id: cuiyi.id, phone: '0571-88880001' })).status).toBe(401);
    const resident = await buildSession(t);
    expect((await post(t, 'org.points.update', { id: cuiyi.id }, resident.accessToken)).status).toBe(403);
  });

  it('403 naming id when point staff edit another point, or a station another street; nothing changes', async () => {
    const staff = await pointStaff();
    const other = cuiyuanPoints.find((p) => p.level === 'community_point' && p.id !== cuiyi.id)!;
    const res = await post(t, 'org.points.update', { id: other.id, phone: '0571-88880002' }, staff.accessToken);
    expect(res.status).toBe(403);
    expect(res.body.details[0].field).toBe('id');
    expect(
      (await post(t, 'org.points.update', { id: cuiyuanStation.id, phone: '0571-88880002' }, staff.accessToken)).status,
    ).toBe(403);
    const station = await stationStaff();
    expect(
      (await post(t, 'org.points.update', { id: xixiPoint.id, phone: '0571-88880002' }, station.accessToken)).status,
    ).toBe(403);
    const unknown = await post(
      t,
      'org.points.update',
      { id: '00000000-0000-4000-8000-000000000000', phone: '12345' },
      station.accessToken,
    );
    expect(unknown.status).toBe(404);
    expect((await post(t, 'servicePoints.get', { id: other.id })).body.data.phone).toBeNull();
  });

  it('400 naming the field: phone, address, coordinates, opening hours', async () => {
    const { accessToken } = await pointStaff();
    const field = async (body: object) =>
      (await post(t, 'org.points.update', { id: cuiyi.id, ...body }, accessToken)).body.details?.[0];
    expect(await field({ phone: '88-12' })).toEqual({
      field: 'phone',
      message: '电话号码格式不对，应像 0571-88888888 或 13800000000',
    });
    expect((await field({ phone: '1380000000' }))?.field).toBe('phone'); // 10 digits
    expect((await field({ address: '西湖' }))?.field).toBe('address');
    expect((await field({ lat: 30.27 }))?.field).toBe('lng');
    expect(await field({ lat: 31.23, lng: 121.47 })).toEqual({
      field: 'lat',
      message: '这个位置不在西湖区附近，请重新选择',
    });
    expect(
      (await field({ openingSchedule: { weekly: [{ days: [8], open: '08:00', close: '09:00' }], isSample: false } }))
        ?.field,
    ).toBe('openingSchedule.weekly.0.days.0');
    expect(
      (
        await field({
          openingSchedule: { weekly: [], isSample: false, exceptions: [{ date: '2026-02-30', closed: true }] },
        })
      )?.field,
    ).toBe('openingSchedule.exceptions.0.date');
    expect((await field({ openingSchedule: { weekly: [], isSample: false, publicHolidays: 'maybe' } }))?.field).toBe(
      'openingSchedule.publicHolidays',
    );
  });

  it('point staff set their own point: normalised phone, confirmed, audited, shown at once on the point and receipts', async () => {
    const staff = await pointStaff();
    const before = ZContactPlan.parse((await post(t, 'servicePoints.contact', { id: cuiyi.id })).body.data);
    expect(before.call).toMatchObject({ number: '12345', source: 'hotline' });
    const res = await post(
      t,
      'org.points.update',
      {
        id: cuiyi.id,
        phone: '0571 8888 0001',
        address: '翠苑一区 12 幢 1 楼',
        lat: 30.2891,
        lng: 120.1202,
        openingSchedule: {
          weekly: [{ days: [1, 2, 3, 4, 5], open: '08:30', close: '17:00' }],
          isSample: true,
          exceptions: [{ date: '2030-01-08', closed: true, note: '培训' }],
          publicHolidays: 'closed',
        },
      },
      staff.accessToken,
    );
    expect(res.status).toBe(200);
    expect(ZServicePoint.parse(res.body.data)).toMatchObject({
      phone: '0571-88880001',
      isSampleContact: false,
      lat: 30.2891,
    });
    t.clock.set('2030-01-08T10:00:00+08:00'); // a Tuesday, closed by the exception
    const detail = ZServicePointDetail.parse((await post(t, 'servicePoints.get', { id: cuiyi.id })).body.data);
    expect(detail.openNow).toBe(false);
    expect(detail.openingSchedule?.isSample).toBe(false);
    expect(detail.contact.call).toEqual({
      number: '0571-88880001',
      source: 'point',
      ownerName: cuiyi.name,
      whose: `这是${cuiyi.name}的电话`,
      why: null,
    });
    expect(detail.contact.visit).toMatchObject({ source: 'point', address: '翠苑一区 12 幢 1 楼', note: null });
    t.clock.set('2030-01-07T10:00:00+08:00');
    expect((await post(t, 'servicePoints.get', { id: cuiyi.id })).body.data.openNow).toBe(true);
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, cuiyi.id), eq(auditLog.action, 'service_point.self_update')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBe(staff.userId);
    expect(JSON.stringify(audit[0]!.data)).not.toContain('88880001'); // fields, not values
    const near = await post(t, 'servicePoints.near', { lat: 30.2891, lng: 120.1202, limit: 1 });
    expect(near.body.data.items[0].point.id).toBe(cuiyi.id);
  });

  it('station staff keep every point of their street; the fallback then names the station', async () => {
    const station = await stationStaff();
    const mine = (await post(t, 'org.points.mine', {}, station.accessToken)).body.data.items as P[];
    expect(mine.map((p) => p.id).sort()).toEqual(cuiyuanPoints.map((p) => p.id).sort());
    expect(
      (await post(t, 'org.points.update', { id: cuiyuanStation.id, phone: '0571-88880009' }, station.accessToken))
        .status,
    ).toBe(200);
    const other = cuiyuanPoints.find((p) => p.level === 'community_point' && p.id !== cuiyi.id)!;
    const plan = ZContactPlan.parse((await post(t, 'servicePoints.contact', { id: other.id })).body.data);
    expect(plan.call).toMatchObject({
      number: '0571-88880009',
      source: 'station',
      whose: `这是${cuiyuanStation.name}的电话`,
    });
    expect(plan.call.why).toContain(`${other.name}的电话还没登记`);
    const pointStaffMine = (await post(t, 'org.points.mine', {}, (await pointStaff()).accessToken)).body.data
      .items as P[];
    expect(pointStaffMine.map((p) => p.id)).toEqual([cuiyi.id]);
  });
});

describe('servicePoints.contact', () => {
  it('gives the hub, then 12345, for the hub itself; 404/400 naming id', async () => {
    const plan = ZContactPlan.parse((await post(t, 'servicePoints.contact', {})).body.data);
    expect(plan.call.source).toBe('hotline');
    expect(plan.call.whose).toBe('这是杭州市 12345 政务服务热线');
    expect(plan.visit.name).toContain('助联');
    expect((await post(t, 'servicePoints.contact', { id: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await post(t, 'servicePoints.contact', { id: 'x' })).body.details[0].field).toBe('id');
  });
});

describe('admin.points.completeness', () => {
  it('401, 403 for point staff and for a station asking for another street, 400 naming streetCode', async () => {
    expect((await post(t, 'admin.points.completeness', {})).status).toBe(401);
    expect((await post(t, 'admin.points.completeness', {}, (await pointStaff()).accessToken)).status).toBe(403);
    const station = await stationStaff();
    const res = await post(t, 'admin.points.completeness', { streetCode: XIXI }, station.accessToken);
    expect(res.status).toBe(403);
    expect(res.body.details[0].field).toBe('streetCode');
    expect(
      (await post(t, 'admin.points.completeness', { streetCode: 'x' }, station.accessToken)).body.details[0].field,
    ).toBe('streetCode');
  });

  it('counts per street what is missing; a station sees only its street', async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    const all = ZCompleteness.parse((await post(t, 'admin.points.completeness', {}, admin.accessToken)).body.data);
    expect(all.totals.points).toBe(235);
    expect(all.streets).toHaveLength(13); // 12 streets/towns and the hub
    expect(all.totals.missing.location).toBe(235 - 3 - 1); // 3 seeded locations, 翠苑一区 set above
    const cuiyuan = all.streets.find((s) => s.streetCode === CUIYUAN)!;
    expect(cuiyuan.points).toBe(cuiyuanPoints.length);
    const row = cuiyuan.incomplete.find((p) => p.id === cuiyi.id);
    expect(row).toBeUndefined(); // phone, address, location and hours all set above
    expect(cuiyuan.missing.phone).toBe(cuiyuanPoints.length - 2); // 翠苑一区 and the station have phones
    const station = await stationStaff();
    const own = ZCompleteness.parse((await post(t, 'admin.points.completeness', {}, station.accessToken)).body.data);
    expect(own.streets.map((s) => s.streetCode)).toEqual([CUIYUAN]);
    expect(own.streets[0]).toEqual(cuiyuan);
  });
});

describe('applications.get carries the contact plan', () => {
  it('an application at a point without a phone gets the station number, naming it', async () => {
    const other = cuiyuanPoints.find((p) => p.level === 'community_point' && p.id !== cuiyi.id)!;
    const resident = await buildSession(t);
    const submitted = await submit(t, resident.accessToken, selfBody({ divisionCode: other.divisionCode }));
    expect(submitted.status).toBe(200);
    const detail = ZApplicationDetail.parse(
      (await post(t, 'applications.get', { id: submitted.body.data.id }, resident.accessToken)).body.data,
    );
    expect(detail.contact?.call).toMatchObject({
      number: '0571-88880009',
      source: 'station',
      whose: `这是${cuiyuanStation.name}的电话`,
    });
    expect(detail.contact?.visit).toMatchObject({ source: 'point', name: other.name, address: null });
  });
});
