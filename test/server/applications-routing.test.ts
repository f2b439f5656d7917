import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/db/client';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { selfBody, submit } from './support/intake';

const t = useTestApp();
let token = '';
beforeAll(async () => {
  token = (await buildSession(t)).accessToken;
});

async function route(over: Record<string, unknown>) {
  const res = await submit(t, token, selfBody(over));
  expect(res.status).toBe(200);
  const [row] = await queryRows<{
    flags: string[];
    routing_reason: Record<string, unknown>;
    street_code: string | null;
    division_code: string | null;
    due_at: Date;
    routing_rule_version: number;
    suggested_department_ids: string[];
  }>(
    t.deps.db,
    sql`select flags, routing_reason, street_code, division_code, due_at, routing_rule_version, suggested_department_ids from applications where id = ${res.body.data.id}`,
  );
  return { res: res.body.data, row: row! };
}

describe('routing', () => {
  it('1. a community code → that community point', async () => {
    const { res, row } = await route({ divisionCode: '330106005056' });
    expect(res.routing.servicePoint.name).toBe('翠苑二区社区助联服务点');
    expect(row.routing_reason).toMatchObject({ rule: 'community', ruleVersion: 1 });
    expect(row).toMatchObject({ division_code: '330106005056', street_code: '330106005000', routing_rule_version: 1 });
  });

  it('2. only a street → that street station triage, saying so', async () => {
    const { res, row } = await route({ divisionCode: '330106007000' });
    expect(res.routing.servicePoint.name).toBe('古荡街道助联服务站');
    expect(res.routing.reason).toContain('您只选择了古荡街道');
    expect(row).toMatchObject({ division_code: null, street_code: '330106007000' });
  });

  it('3. coordinates only → the nearest point with known coordinates, naming the distance', async () => {
    const { res, row } = await route({ divisionCode: undefined, lat: 30.2795, lng: 120.1145 });
    expect(res.routing.servicePoint.name).toBe('古荡街道助联服务站');
    expect(res.routing.reason).toMatch(/离您所在的位置约 \d+ 米/);
    expect(row.routing_reason.rule).toBe('coordinates');
    expect(row.routing_reason.distanceMetres as number).toBeLessThan(300);
  });

  it('4. outside the district → hub triage marked out-of-district, never a random point', async () => {
    const byCode = await route({ divisionCode: '330105001001' });
    expect(byCode.res.routing.servicePoint.name).toBe('西湖区助联体');
    expect(byCode.row.flags).toContain('out_of_district');
    expect(byCode.res.routing.reason).toContain('民政部门');
    const byPlace = await route({ divisionCode: undefined, lat: 31.23, lng: 121.47 });
    expect(byPlace.res.routing.servicePoint.name).toBe('西湖区助联体');
    expect(byPlace.row.flags).toContain('out_of_district');
  });

  it('5. emergency → 24-hour deadline and the street station is alerted at once', async () => {
    const station = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
    const otherStation = await buildSession(t, {
      memberships: [{ role: 'station_staff', divisionCode: '330106007000' }],
    });
    const { res, row } = await route({ urgency: 'emergency' });
    const due = new Date(res.routing.dueAt).getTime() - t.clock.now().getTime();
    expect(due).toBe(24 * 3600 * 1000);
    expect(row.flags).toContain('emergency');
    const alerts = await queryRows<{ payload: { userId: string; data: unknown } }>(
      t.deps.db,
      sql`select payload from outbox where dedupe_key like ${`staff-alert:${res.id}:%`}`,
    );
    // every station worker of 翠苑街道 (the seeded demo head too), nobody elsewhere
    expect(alerts.map((a) => a.payload.userId)).toContain(station.userId);
    expect(alerts.map((a) => a.payload.userId)).not.toContain(otherStation.userId);
    expect(JSON.stringify(alerts[0]!.payload.data)).not.toMatch(/张阿姨|生活|低保/);
  });

  it('6. categories that need a department → suggested referrals', async () => {
    const { res, row } = await route({ categories: ['medical', 'education'] });
    expect(row.suggested_department_ids).toHaveLength(3);
    expect(row.routing_reason.departments).toEqual(['health', 'medical_security', 'education']);
    expect(res.routing.reason).toContain('区卫生健康局');
  });

  it('7. a need matching no category is still routed, flagged unclassified', async () => {
    for (const categories of [[], ['other']]) {
      const { res, row } = await route({ categories });
      expect(res.routing.servicePoint.name).toBe('翠苑一区社区助联服务点');
      expect(row.flags).toContain('unclassified');
    }
  });
});

describe('admin.routing', () => {
  it('needs an admin', async () => {
    expect((await post(t, 'admin.routing.get')).status).toBe(401);
    expect((await post(t, 'admin.routing.get', {}, token)).status).toBe(403);
  });

  it('publishes a new version that later decisions record, and names invalid fields', async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    const current = await post(t, 'admin.routing.get', {}, admin.accessToken);
    expect(current.body.data.version).toBe(1);
    const bad = await post(
      t,
      'admin.routing.set',
      {
        rules: {
          ...current.body.data.rules,
          deadlines: { ...current.body.data.rules.deadlines, emergency: { hours: 0 } },
        },
      },
      admin.accessToken,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('rules.deadlines.emergency.hours');
    const rules = {
      ...current.body.data.rules,
      deadlines: { ...current.body.data.rules.deadlines, emergency: { hours: 12 } },
    };
    const published = await post(t, 'admin.routing.set', { rules }, admin.accessToken);
    expect(published.body.data.version).toBe(2);
    const { res, row } = await route({ urgency: 'emergency' });
    expect(row.routing_rule_version).toBe(2);
    expect(new Date(res.routing.dueAt).getTime() - t.clock.now().getTime()).toBe(12 * 3600 * 1000);
  });
});
