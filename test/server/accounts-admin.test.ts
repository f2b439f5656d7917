/** admin.staff.list, admin.memberships.revoke, admin.users.disable / enable: access, validation, scope, effect on the next request, self-protection, audit. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { ZStaffList } from '../../shared/schemas/accounts';
import { ZSession } from '../../shared/schemas/auth';
import { queryRows } from '../../server/src/db/client';
import { openSessionFor } from '../../server/src/features/auth/auth.service';
import { buildSession, buildUser, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const POINT = '330106005057';
const STATION = '330106005000';

let admin: Awaited<ReturnType<typeof buildSession>>;
let resident = '';

beforeAll(async () => {
  admin = await buildSession(t, { displayName: '管理员甲', memberships: [{ role: 'admin' }] });
  resident = (await buildSession(t)).accessToken;
});

const audits = async (action: string, entityId: string) =>
  (
    await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from audit_log where action = ${action} and entity_id = ${entityId}`,
    )
  )[0]!.n;

async function membershipsOf(userId: string) {
  return queryRows<{ id: string; role: string }>(
    t.deps.db,
    sql`select id, role from memberships where user_id = ${userId} order by created_at, id`,
  );
}

describe.each([
  ['admin.staff.list', {}],
  ['admin.memberships.revoke', { membershipId: randomUUID() }],
  ['admin.users.disable', { userId: randomUUID() }],
  ['admin.users.enable', { userId: randomUUID() }],
])('%s access', (name, body) => {
  it('401 without a session, 403 for a non-admin', async () => {
    expect((await post(t, name, body)).status).toBe(401);
    const staff = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: POINT }] });
    expect((await post(t, name, body, resident)).status).toBe(403);
    expect((await post(t, name, body, staff.accessToken)).status).toBe(403);
  });
});

describe('input checks name the field', () => {
  it.each([
    ['admin.staff.list', { role: 'resident' }, 'role'],
    ['admin.staff.list', { unitId: 'x' }, 'unitId'],
    ['admin.staff.list', { pageSize: 500 }, 'pageSize'],
    ['admin.memberships.revoke', { membershipId: 'nope' }, 'membershipId'],
    ['admin.memberships.revoke', {}, 'membershipId'],
    ['admin.users.disable', { userId: '1' }, 'userId'],
    ['admin.users.enable', {}, 'userId'],
  ])('%s %j → 400 %s', async (name, body, field) => {
    const res = await post(t, name, body, admin.accessToken);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });
});

describe('admin.staff.list', () => {
  it('lists active and revoked memberships with unit names, login times and disabled state; filters and pages', async () => {
    const worker = await buildSession(t, {
      displayName: '站点甲',
      memberships: [
        { role: 'point_staff', divisionCode: POINT },
        { role: 'station_staff', divisionCode: STATION },
      ],
    });
    const [pointM, stationM] = await membershipsOf(worker.userId);
    expect((await post(t, 'admin.memberships.revoke', { membershipId: stationM!.id }, admin.accessToken)).status).toBe(
      200,
    );
    await buildUser(t, { displayName: '居民乙' }); // no membership: not staff

    const all = ZStaffList.parse((await post(t, 'admin.staff.list', { pageSize: 100 }, admin.accessToken)).body.data);
    expect(all.items.some((i) => i.displayName === '居民乙')).toBe(false);
    const row = all.items.find((i) => i.userId === worker.userId)!;
    expect(row.memberships.map((m) => [m.id, m.role, m.revokedAt !== null])).toEqual([
      [pointM!.id, 'point_staff', false],
      [stationM!.id, 'station_staff', true],
    ]);
    expect(row.memberships[0]!.unitName).toBeTruthy();
    expect(row.lastLoginAt).toBe(t.clock.now().toISOString());
    expect(row.disabledAt).toBeNull();

    const byRole = ZStaffList.parse(
      (await post(t, 'admin.staff.list', { role: 'station_staff' }, admin.accessToken)).body.data,
    );
    expect(byRole.items.map((i) => i.userId)).toContain(worker.userId);
    expect(byRole.items.every((i) => i.memberships.some((m) => m.role === 'station_staff'))).toBe(true);
    const unitId = row.memberships[0]!.unitId!;
    const byUnit = ZStaffList.parse(
      (await post(t, 'admin.staff.list', { unitId, pageSize: 100 }, admin.accessToken)).body.data,
    );
    expect(byUnit.items.map((i) => i.userId)).toContain(worker.userId);
    expect(byUnit.items.every((i) => i.memberships.some((m) => m.unitId === unitId))).toBe(true);
    expect(byUnit.total).toBeLessThan(all.total);
    const none = ZStaffList.parse(
      (await post(t, 'admin.staff.list', { unitId: randomUUID() }, admin.accessToken)).body.data,
    );
    expect(none).toMatchObject({ items: [], total: 0 });

    const first = ZStaffList.parse((await post(t, 'admin.staff.list', { pageSize: 1 }, admin.accessToken)).body.data);
    const second = ZStaffList.parse(
      (await post(t, 'admin.staff.list', { pageSize: 1, page: 2 }, admin.accessToken)).body.data,
    );
    expect(first.total).toBe(all.total);
    expect(first.items).toHaveLength(1);
    expect(second.items[0]!.userId).not.toBe(first.items[0]!.userId);
  });
});

describe('admin.memberships.revoke', () => {
  it('404 for an unknown membership, 409 when already revoked', async () => {
    expect((await post(t, 'admin.memberships.revoke', { membershipId: randomUUID() }, admin.accessToken)).status).toBe(
      404,
    );
    const w = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: POINT }] });
    const [m] = await membershipsOf(w.userId);
    expect((await post(t, 'admin.memberships.revoke', { membershipId: m!.id }, admin.accessToken)).status).toBe(200);
    expect((await post(t, 'admin.memberships.revoke', { membershipId: m!.id }, admin.accessToken)).status).toBe(409);
  });

  it("takes the role away on the target's next request, audited", async () => {
    const w = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: POINT }] });
    expect((await post(t, 'me.get', {}, w.accessToken)).body.data.roles).toContain('point_staff');
    const [m] = await membershipsOf(w.userId);
    const res = await post(t, 'admin.memberships.revoke', { membershipId: m!.id }, admin.accessToken);
    expect(res.body.data).toEqual({ membershipId: m!.id, revokedAt: t.clock.now().toISOString() });
    const me = await post(t, 'me.get', {}, w.accessToken);
    expect(me.status).toBe(200);
    expect(me.body.data.roles).toEqual(['resident']);
    expect((await post(t, 'cases.queue', {}, w.accessToken)).status).toBe(403);
    expect(await audits('admin.membership.revoked', m!.id)).toBe(1);
  });

  it("refuses an admin's own last admin membership with 409; a second one may go", async () => {
    const solo = await buildSession(t, { memberships: [{ role: 'admin' }] });
    const [only] = await membershipsOf(solo.userId);
    const refused = await post(t, 'admin.memberships.revoke', { membershipId: only!.id }, solo.accessToken);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('唯一的管理员身份');
    const twice = await buildSession(t, {
      memberships: [{ role: 'admin' }, { role: 'point_staff', divisionCode: POINT }],
    });
    const [adminM, pointM] = await membershipsOf(twice.userId);
    expect((await post(t, 'admin.memberships.revoke', { membershipId: pointM!.id }, twice.accessToken)).status).toBe(
      200,
    );
    expect((await post(t, 'admin.memberships.revoke', { membershipId: adminM!.id }, twice.accessToken)).status).toBe(
      409,
    );
    // another admin may revoke it
    expect((await post(t, 'admin.memberships.revoke', { membershipId: adminM!.id }, admin.accessToken)).status).toBe(
      200,
    );
  });
});

describe('admin.users.disable / enable', () => {
  it('404 for an unknown user or a resident (not staff: out of scope)', async () => {
    expect((await post(t, 'admin.users.disable', { userId: randomUUID() }, admin.accessToken)).status).toBe(404);
    const r = await buildUser(t);
    expect((await post(t, 'admin.users.disable', { userId: r.id }, admin.accessToken)).status).toBe(404);
    expect((await post(t, 'admin.users.enable', { userId: r.id }, admin.accessToken)).status).toBe(404);
  });

  it('refuses to disable oneself with 409', async () => {
    const res = await post(t, 'admin.users.disable', { userId: admin.userId }, admin.accessToken);
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('自己');
    expect((await post(t, 'me.get', {}, admin.accessToken)).status).toBe(200);
  });

  it('the next request answers 401, refresh and new sessions are refused, every session ends; enable lets them log in again', async () => {
    const w = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: STATION }] });
    const other = await openSessionFor(t.deps, w.userId);
    const res = await post(t, 'admin.users.disable', { userId: w.userId }, admin.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ userId: w.userId, disabledAt: t.clock.now().toISOString() });
    expect((await post(t, 'me.get', {}, w.accessToken)).status).toBe(401);
    expect((await post(t, 'auth.refresh', { refreshToken: other.refreshToken })).status).toBe(401);
    const live = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from auth_sessions where user_id = ${w.userId} and revoked_at is null`,
    );
    expect(live[0]!.n).toBe(0);
    await expect(openSessionFor(t.deps, w.userId)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await audits('admin.user.disabled', w.userId)).toBe(1);

    const listed = ZStaffList.parse(
      (await post(t, 'admin.staff.list', { role: 'station_staff', pageSize: 100 }, admin.accessToken)).body.data,
    );
    expect(listed.items.find((i) => i.userId === w.userId)!.disabledAt).not.toBeNull();

    const enabled = await post(t, 'admin.users.enable', { userId: w.userId }, admin.accessToken);
    expect(enabled.body.data).toEqual({ userId: w.userId, disabledAt: null });
    expect(await audits('admin.user.enabled', w.userId)).toBe(1);
    const again = ZSession.parse(
      (await post(t, 'auth.refresh', { refreshToken: (await openSessionFor(t.deps, w.userId)).refreshToken })).body
        .data,
    );
    expect((await post(t, 'me.get', {}, again.accessToken)).status).toBe(200);
  });
});
