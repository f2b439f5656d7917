/** admin.invites.create (admin only) and redeeming a code at login: scope rules, hashed storage, one use, expiry. */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { ZMe } from '../../shared/schemas/auth';
import { ZInvite } from '../../shared/schemas/org';
import { queryRows } from '../../server/src/db/client';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const CUIYUAN = '330106005000';
const DAY_MS = 24 * 3600 * 1000;
const CODE = /^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/;

let admin = '';
let stationId = '';
let pointId = '';
let pointName = '';
let civilAffairsId = '';
let residents: { id: string; displayName: string }[] = [];

beforeAll(async () => {
  admin = (await buildSession(t, { memberships: [{ role: 'admin' }] })).accessToken;
  const points = (await post(t, 'servicePoints.list', { streetCode: CUIYUAN })).body.data.items;
  stationId = points.find((p: { level: string }) => p.level === 'street_station').id;
  const point = points.find((p: { divisionCode: string }) => p.divisionCode === '330106005057');
  [pointId, pointName] = [point.id, point.name];
  civilAffairsId = (await post(t, 'departments.list')).body.data.items.find((d: { isLead: boolean }) => d.isLead).id;
  residents = (await post(t, 'auth.devUsers')).body.data.users.filter((u: { roles: string[] }) => u.roles.length === 1);
  expect(residents.length).toBeGreaterThanOrEqual(3);
});

async function createInvite(body: Record<string, unknown>) {
  const res = await post(t, 'admin.invites.create', body, admin);
  expect(res.status).toBe(200);
  return ZInvite.parse(res.body.data);
}
const redeem = (userId: string, inviteCode: string) => post(t, 'auth.devLogin', { userId, inviteCode });

describe('admin.invites.create access', () => {
  it('answers 401 without a token', async () => {
    const res = await post(t, 'admin.invites.create', { role: 'admin' });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('answers 403 to a resident and to point staff', async () => {
    const resident = await buildSession(t);
    const staff = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
    for (const token of [resident.accessToken, staff.accessToken]) {
      const res = await post(t, 'admin.invites.create', { role: 'point_staff', servicePointId: pointId }, token);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
  });
});

describe('admin.invites.create validation', () => {
  const cases: [string, () => Record<string, unknown>, string][] = [
    ['role resident', () => ({ role: 'resident' }), 'role'],
    ['an unknown role', () => ({ role: 'superuser' }), 'role'],
    ['point_staff without servicePointId', () => ({ role: 'point_staff' }), 'servicePointId'],
    ['point_staff at a station', () => ({ role: 'point_staff', servicePointId: stationId }), 'servicePointId'],
    [
      'station_staff at a community point',
      () => ({ role: 'station_staff', servicePointId: pointId }),
      'servicePointId',
    ],
    [
      'a service point that does not exist',
      () => ({ role: 'point_staff', servicePointId: '00000000-0000-4000-8000-000000000000' }),
      'servicePointId',
    ],
    ['a malformed servicePointId', () => ({ role: 'point_staff', servicePointId: 'abc' }), 'servicePointId'],
    ['dept_officer without departmentId', () => ({ role: 'dept_officer' }), 'departmentId'],
    [
      'dept_officer with a service point too',
      () => ({ role: 'dept_officer', departmentId: civilAffairsId, servicePointId: pointId }),
      'departmentId',
    ],
    ['admin bound to a point', () => ({ role: 'admin', servicePointId: pointId }), 'servicePointId'],
    ['validDays 31', () => ({ role: 'admin', validDays: 31 }), 'validDays'],
    ['an unknown field', () => ({ role: 'admin', note: 'x' }), 'note'],
  ];
  it.each(cases)('answers 400 naming the field for %s', async (_name, body, field) => {
    const res = await post(t, 'admin.invites.create', body(), admin);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details[0].field).toBe(field);
    expect(res.body.details[0].message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('issuing and redeeming', () => {
  it('issues a 12-character code valid for 7 days, stored only as a hash', async () => {
    const invite = await createInvite({ role: 'point_staff', servicePointId: pointId });
    expect(invite.code).toMatch(CODE);
    expect(invite.role).toBe('point_staff');
    expect(new Date(invite.expiresAt).getTime()).toBe(t.clock.now().getTime() + 7 * DAY_MS);
    const columns = await queryRows<{ table_name: string; column_name: string }>(
      t.deps.db,
      sql`select table_name, column_name from information_schema.columns
          where table_schema = 'public' and table_name in ('invites', 'audit_log') and data_type in ('text', 'character varying')`,
    );
    expect(columns.map((c) => c.column_name)).toContain('code_hash');
    const [dashed, bare] = [`%${invite.code}%`, `%${invite.code.replace(/-/g, '')}%`];
    for (const { table_name, column_name } of columns) {
      const column = sql`upper(${sql.identifier(column_name)})`;
      const hits = await queryRows<{ n: number }>(
        t.deps.db,
        sql`select count(*)::int as n from ${sql.identifier(table_name)} where ${column} like ${dashed} or ${column} like ${bare}`,
      );
      expect({ column: `${table_name}.${column_name}`, hits: hits[0]!.n }).toEqual({
        column: `${table_name}.${column_name}`,
        hits: 0,
      });
    }
    // positive control: the row is there, under the SHA-256 of the normalised code
    const hash = createHash('sha256').update(invite.code.replace(/-/g, '')).digest('base64url');
    const [stored] = await queryRows<{ role: string; service_point_id: string }>(
      t.deps.db,
      sql`select role, service_point_id from invites where code_hash = ${hash}`,
    );
    expect(stored).toEqual({ role: 'point_staff', service_point_id: pointId });
  });

  it('binds the membership at login; the same code then fails for anyone else', async () => {
    const invite = await createInvite({ role: 'point_staff', servicePointId: pointId });
    const [first, second] = residents;
    const res = await redeem(first!.id, invite.code);
    expect(res.status).toBe(200);
    expect(res.body.data.user.roles).toEqual(['resident', 'point_staff']);
    const me = ZMe.parse((await post(t, 'me.get', {}, res.body.data.accessToken)).body.data);
    expect(me.memberships).toEqual([
      {
        role: 'point_staff',
        servicePoint: { id: pointId, name: pointName, level: 'community_point', divisionCode: '330106005057' },
        department: null,
      },
    ]);

    const again = await redeem(second!.id, invite.code);
    expect(again.status).toBe(400);
    expect(again.body.details).toEqual([{ field: 'inviteCode', message: expect.stringMatching(/邀请码/) }]);
    expect((await redeem(first!.id, invite.code)).status).toBe(400);
    const plain = await post(t, 'auth.devLogin', { userId: second!.id });
    expect(plain.body.data.user.roles).toEqual(['resident']);
  });

  it('lets exactly one of two simultaneous redemptions win', async () => {
    const invite = await createInvite({ role: 'station_staff', servicePointId: stationId });
    const results = await Promise.all([redeem(residents[1]!.id, invite.code), redeem(residents[2]!.id, invite.code)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
    const [row] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from memberships where role = 'station_staff' and service_point_id = ${stationId}`,
    );
    expect(row!.n).toBe(2); // the seeded station head plus the one winner
  });

  it('accepts the code in lower case and without dashes', async () => {
    const invite = await createInvite({ role: 'dept_officer', departmentId: civilAffairsId });
    const res = await redeem(residents[0]!.id, `  ${invite.code.replace(/-/g, '').toLowerCase()} `);
    expect(res.status).toBe(200);
    expect(res.body.data.user.roles).toContain('dept_officer');
  });

  it('accepts a code just before its expiry and refuses it after (clock +8 days)', async () => {
    const hubId = (await post(t, 'org.overview')).body.data.hub.id;
    const early = await createInvite({ role: 'hub_staff', servicePointId: hubId });
    const late = await createInvite({ role: 'hub_staff', servicePointId: hubId });
    t.clock.advance(7 * DAY_MS - 60_000);
    expect((await redeem(residents[1]!.id, early.code)).status).toBe(200);
    t.clock.advance(DAY_MS + 60_000);
    const res = await redeem(residents[2]!.id, late.code);
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('inviteCode');
    const [row] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from memberships where role = 'hub_staff' and service_point_id = ${hubId}`,
    );
    expect(row!.n).toBe(2); // the seeded hub head plus the early redeemer
  });
});
