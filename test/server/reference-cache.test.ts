/**
 * Routing reads its rules and reference data (divisions, points, departments) through per-database caches
 * of 30 s: a change written by another process (here: straight into the database) shows after the TTL,
 * while publishing rules or editing a point through the API shows at once in the process that did it.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/db/client';
import { REFERENCE_TTL_MS } from '../../server/src/features/org/reference-cache';
import { RULES_TTL_MS } from '../../server/src/features/applications/routing.service';
import { DEFAULT_ROUTING_RULES } from '../../server/src/features/applications/routing-rules';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { selfBody, submit } from './support/intake';

const t = useTestApp();
const CUIYUAN_2 = '330106005056';
let token = '';
beforeAll(async () => {
  token = (await buildSession(t)).accessToken;
});

async function route(over: Record<string, unknown> = {}) {
  const res = await submit(t, token, selfBody({ divisionCode: CUIYUAN_2, ...over }));
  expect(res.status).toBe(200);
  const [row] = await queryRows<{ routing_rule_version: number; due_at: Date }>(
    t.deps.db,
    sql`select routing_rule_version, due_at from applications where id = ${res.body.data.id}`,
  );
  return { data: res.body.data, row: row! };
}

const pointPhone = async (code: string) =>
  (
    await queryRows<{ phone: string | null; id: string }>(
      t.deps.db,
      sql`select id, phone from service_points where division_code = ${code}`,
    )
  )[0]!;

describe('routing reference caches', () => {
  it('uses rules another process published only after the TTL', async () => {
    expect((await route()).row.routing_rule_version).toBe(1);
    const rules = { ...DEFAULT_ROUTING_RULES, deadlines: { ...DEFAULT_ROUTING_RULES.deadlines, urgent: { hours: 6 } } };
    await t.deps.db.execute(
      sql`insert into routing_rules (version, rules) values (2, ${JSON.stringify(rules)}::jsonb)`,
    );

    const cached = await route({ urgency: 'urgent' });
    expect(cached.row.routing_rule_version).toBe(1);
    expect(new Date(cached.data.routing.dueAt).getTime() - t.clock.now().getTime()).toBe(48 * 3600 * 1000);

    t.clock.advance(RULES_TTL_MS);
    const fresh = await route({ urgency: 'urgent' });
    expect(fresh.row.routing_rule_version).toBe(2);
    expect(new Date(fresh.data.routing.dueAt).getTime() - t.clock.now().getTime()).toBe(6 * 3600 * 1000);
  });

  it('publishing through the API is used by the very next submit', async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    expect((await route()).row.routing_rule_version).toBe(2); // warm
    const rules = {
      ...DEFAULT_ROUTING_RULES,
      deadlines: { ...DEFAULT_ROUTING_RULES.deadlines, emergency: { hours: 3 } },
    };
    expect((await post(t, 'admin.routing.set', { rules }, admin.accessToken)).body.data.version).toBe(3);
    const next = await route({ urgency: 'emergency' });
    expect(next.row.routing_rule_version).toBe(3);
    expect(new Date(next.data.routing.dueAt).getTime() - t.clock.now().getTime()).toBe(3 * 3600 * 1000);
  });

  it('shows a point edited by another process after the TTL, one edited through the API at once', async () => {
    const before = await pointPhone(CUIYUAN_2);
    expect((await route()).data.routing.servicePoint.phone).toBe(before.phone);

    await t.deps.db.execute(sql`update service_points set phone = '0571-7000001' where id = ${before.id}`);
    expect((await route()).data.routing.servicePoint.phone).toBe(before.phone);
    t.clock.advance(REFERENCE_TTL_MS);
    expect((await route()).data.routing.servicePoint.phone).toBe('0571-7000001');

    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    expect(
      (await post(t, 'admin.servicePoints.update', { id: before.id, phone: '0571-7000002' }, admin.accessToken)).status,
    ).toBe(200);
    expect((await route()).data.routing.servicePoint.phone).toBe('0571-7000002');
  });

  it('routes by coordinates against the cached points and still refuses unknown division codes', async () => {
    const near = await route({ divisionCode: undefined, lat: 30.2795, lng: 120.1145 });
    expect(near.data.routing.servicePoint.name).toBe('古荡街道助联服务站');
    const unknown = await submit(t, token, selfBody({ divisionCode: '330106005999' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].field).toBe('divisionCode');
  });
});
