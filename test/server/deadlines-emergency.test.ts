/** Issue 10.8: emergencies must reach a person — station alerted at once, straight to the hub when overdue, alerts walk up past units without staff. */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/db/client';
import { ZRoutingRules } from '../../server/src/features/applications/routing-rules';
import { runDeadlineSweep } from '../../server/src/features/deadlines/deadlines.job';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { selfBody, submit } from './support/intake';

const t = useTestApp();
const HOUR = 3600_000;
const CUIYUAN_STATION = '330106005000';
const GUDANG_COMMUNITY = '330106007001'; // 古荡街道: its station has no staff in the seed

async function newCase(over: Record<string, unknown>) {
  const s = await buildSession(t);
  const res = await submit(t, s.accessToken, selfBody(over));
  expect(res.status).toBe(200);
  return res.body.data.id as string;
}

async function state(id: string) {
  const [row] = await queryRows<{ status: string; level: string; point: string; due_at: Date }>(
    t.deps.db,
    sql`select a.status, p.level, p.name as point, a.due_at from applications a join service_points p on p.id = a.service_point_id where a.id = ${id}`,
  );
  return { ...row!, due_at: new Date(row!.due_at) };
}

/** Who an alert of `stage` for case `id` went to. */
async function alerted(id: string, stage: 'submitted' | 'escalated') {
  const rows = await queryRows<{ payload: { userId: string } }>(
    t.deps.db,
    sql`select payload from outbox where dedupe_key like ${`staff-alert:${id}:${stage}:%`}`,
  );
  return rows.map((r) => r.payload.userId).sort();
}

async function hubStaffIds() {
  const rows = await queryRows<{ user_id: string }>(
    t.deps.db,
    sql`select m.user_id from memberships m join service_points p on p.id = m.service_point_id where m.role = 'hub_staff' and m.revoked_at is null`,
  );
  return rows.map((r) => r.user_id).sort();
}

describe('emergencies reach a person (issue 10.8)', () => {
  const start = new Date('2026-11-30T02:00:00Z');
  let hubWorker = '';
  beforeAll(async () => {
    hubWorker = (await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] })).userId;
  });
  beforeEach(() => t.clock.set(start));

  it('an emergency at a point alerts its street station at submission, not the hub', async () => {
    const station = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: CUIYUAN_STATION }] });
    const id = await newCase({ urgency: 'emergency' });
    const to = await alerted(id, 'submitted');
    expect(to).toContain(station.userId);
    expect(to).not.toContain(hubWorker);
  });

  it('when the first deadline passes, the emergency goes straight to the hub, which is alerted, with the hub deadline from the rules', async () => {
    const id = await newCase({ urgency: 'emergency' });
    expect((await state(id)).level).toBe('community_point');
    t.clock.set(new Date(start.getTime() + 24 * HOUR - 60_000));
    await runDeadlineSweep(t.deps);
    expect((await state(id)).level).toBe('community_point');
    t.clock.set(new Date(start.getTime() + 24 * HOUR + 60_000));
    await runDeadlineSweep(t.deps);
    const s = await state(id);
    expect(s).toMatchObject({ status: 'escalated', level: 'district_hub' });
    expect(s.due_at.getTime() - t.clock.now().getTime()).toBe(4 * HOUR);
    expect(await alerted(id, 'escalated')).toEqual(await hubStaffIds());
    expect(await alerted(id, 'escalated')).toContain(hubWorker);
    // the sweep is idempotent: a second run changes nothing and alerts nobody again
    await runDeadlineSweep(t.deps);
    expect((await state(id)).level).toBe('district_hub');
    const [n] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from outbox where dedupe_key like ${`staff-alert:${id}:escalated:%`}`,
    );
    expect(n!.n).toBe((await hubStaffIds()).length);
  });

  it('takes the hub deadline from the published rules', async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    const current = await post(t, 'admin.routing.get', {}, admin.accessToken);
    expect(current.body.data.rules.emergencyTierHours).toEqual({ hub: 4 });
    const published = await post(
      t,
      'admin.routing.set',
      { rules: { ...current.body.data.rules, emergencyTierHours: { hub: 2 } } },
      admin.accessToken,
    );
    expect(published.status).toBe(200);
    try {
      t.clock.set(new Date(start.getTime() + 60_000)); // past the rules cache
      const id = await newCase({ urgency: 'emergency' });
      t.clock.set(new Date(start.getTime() + 25 * HOUR));
      await runDeadlineSweep(t.deps);
      expect((await state(id)).due_at.getTime() - t.clock.now().getTime()).toBe(2 * HOUR);
    } finally {
      await post(t, 'admin.routing.set', { rules: current.body.data.rules }, admin.accessToken);
      t.clock.set(new Date(start.getTime() + 2 * 60_000));
    }
  });

  it('a station without active staff: the alert goes to the hub staff instead', async () => {
    const id = await newCase({ urgency: 'emergency', divisionCode: GUDANG_COMMUNITY, address: '古荡东区1幢' });
    expect(await alerted(id, 'submitted')).toEqual(await hubStaffIds());
    // a revoked membership or a disabled user does not count as a person
    const revoked = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106007000' }] });
    await t.deps.db.execute(sql`update memberships set revoked_at = now() where user_id = ${revoked.userId}`);
    const id2 = await newCase({ urgency: 'emergency', divisionCode: GUDANG_COMMUNITY, address: '古荡东区2幢' });
    expect(await alerted(id2, 'submitted')).toEqual(await hubStaffIds());
  });

  it('normal urgency is unchanged: one tier at a time, no staff alerts', async () => {
    const id = await newCase({ urgency: 'urgent' });
    expect(await alerted(id, 'submitted')).toEqual([]);
    t.clock.set(new Date(start.getTime() + 48 * HOUR + 60_000));
    await runDeadlineSweep(t.deps);
    const s = await state(id);
    expect(s.level).toBe('street_station');
    expect(s.due_at.getTime() - t.clock.now().getTime()).toBe(48 * HOUR);
    expect(await alerted(id, 'escalated')).toEqual([]);
  });

  it('rule versions stored before emergencyTierHours stay valid and get the default', () => {
    expect(ZRoutingRules.parse(oldRules()).emergencyTierHours).toEqual({ hub: 4 });
  });
});

function oldRules() {
  return {
    deadlines: { emergency: { hours: 24 }, urgent: { hours: 48 }, normal: { workingDays: 3 } },
    categoryDepartments: {},
    maxCoordinateDistanceMetres: 5000,
    alertStationOnEmergency: true,
    outOfDistrictAdvice: '请联系户籍地民政部门',
  };
}
