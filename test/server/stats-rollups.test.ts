/**
 * The dashboard rollups (migration 0028, decision 41) stay equal to the raw counts through every kind of change:
 * transfers (which re-key a case's street), reclassification, reopening and resolving again, acceptances and
 * escalations, deliveries added and deleted, the person behind a case, check-ins at events and their undo. After
 * each step the rollup figures of the hub, the hub filtered to a street and a station equal the raw path's; at the
 * end a set-based rebuild gives the same rollup rows as the triggers kept.
 */
import { sql } from 'drizzle-orm';
import { applications } from '../../server/src/db/schema-applications';
import { communityEvents, eventSignups } from '../../server/src/db/schema-events';
import { serviceDeliveries } from '../../server/src/db/schema-orders';
import { rawFigures } from '../../server/src/features/stats/dashboard-raw';
import { rollupFigures, rollupPlan } from '../../server/src/features/stats/dashboard-rollup';
import { rebuildRollups } from '../../server/src/features/stats/rollup.repo';
import { statsScopeSql } from '../../server/src/features/stats/stats.scope';
import { buildApplication, pointFor } from './support/applications';
import { buildUser } from './support/factories';
import { useTestApp } from './support/harness';
import { buildProviderWithService } from './support/orders';
import { norm, rng, scope } from './support/stats-rollups';
import { addDeliveries, addEvent, communityOf } from './support/stats';

const t = useTestApp();
const CUIYUAN = '330106005000';
const OTHER_STREET = '330106004000';
const MONTHS = ['2026-10', '2026-11'];
const HOUR = 3600_000;
const SEED = Number(process.env.STATS_ROLLUP_SEED ?? 20261206);

it('rollup figures equal the raw counts through transfers, reopenings, deletions and check-in undo', async () => {
  const rand = rng(SEED);
  const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)]!;
  const staff = (await buildUser(t)).id;
  const food = await buildProviderWithService(t);
  const targets = await Promise.all(
    ['330106005055', CUIYUAN, await communityOf(t, OTHER_STREET), OTHER_STREET, '330106000000'].map((c) =>
      pointFor(t, c),
    ),
  );
  const station = targets[1]!.point.id;
  const viewers = [
    { plan: rollupPlan(scope({ district: true }), undefined), view: scope({ district: true }), street: undefined },
    {
      plan: rollupPlan(scope({ district: true }), OTHER_STREET),
      view: scope({ district: true }),
      street: OTHER_STREET,
    },
    {
      plan: rollupPlan(scope({ streetCodes: [CUIYUAN], stationPointIds: [station] }), undefined),
      view: scope({ streetCodes: [CUIYUAN], stationPointIds: [station] }),
      street: undefined,
    },
  ];
  const [event] = await t.deps.db
    .insert(communityEvents)
    .values({
      code: 'RLP1',
      theme: '健康讲座',
      ownerPointId: station,
      venuePointId: station,
      streetCode: CUIYUAN,
      startsAt: new Date('2026-10-10T02:00:00Z'),
      endsAt: new Date('2026-10-10T04:00:00Z'),
      capacity: 50,
      audience: '老年人',
      createdBy: staff,
    })
    .returning();
  const instant = () => new Date(Date.parse('2026-09-30T16:00:00Z') + rand(60 * 24) * HOUR);
  const ids: string[] = [];
  const persons = ['h1', 'h2', 'h3'];
  let signups = 0;
  const steps: string[] = [];
  let compared = 0;

  const ops: Record<string, () => Promise<void>> = {
    submit: async () => {
      const target = pick(targets);
      const app = await buildApplication(t, {
        routeTo: target.division.code,
        createdAt: instant(),
        urgency: pick(['normal', 'urgent', 'emergency'] as const),
        channel: pick(['self', 'proxy'] as const),
      });
      ids.push(app.id);
    },
    transfer: async () => {
      const to = pick(targets);
      await t.deps.db.execute(sql`update applications set service_point_id = ${to.point.id},
        street_code = coalesce(${to.streetCode}::text, street_code) where id = ${pick(ids)}`);
    },
    // a case at the station from another street: the station's figures fall back to the raw rows until it leaves
    strayAtStation: async () => {
      const id = pick(ids);
      await t.deps.db.execute(sql`update applications set service_point_id = ${station},
        street_code = ${OTHER_STREET} where id = ${id}`);
      expect(await rollupFigures(t.deps.database, viewers[2]!.plan!, MONTHS)).toBeNull();
      await t.deps.db.execute(sql`update applications set street_code = ${CUIYUAN} where id = ${id}`);
    },
    reclassify: async () => {
      await t.deps.db.execute(sql`update applications set flags = case when 'unclassified' = any(flags)
        then array_remove(flags, 'unclassified') else flags || '{unclassified}'::text[] end where id = ${pick(ids)}`);
    },
    resolve: async () => {
      await t.deps.db
        .execute(sql`update applications set resolved_at = created_at + ${rand(900) + 1} * interval '1 hour'
        where id = ${pick(ids)}`);
    },
    reopen: async () => {
      await t.deps.db.execute(sql`update applications set resolved_at = null where id = ${pick(ids)}`);
    },
    accept: async () => {
      const [a] = await t.deps.db
        .select()
        .from(applications)
        .where(sql`${applications.id} = ${pick(ids)}`);
      await addEvent(t, a!.id, 'accept', new Date(a!.createdAt.getTime() + (rand(300) + 1) * HOUR));
    },
    escalate: async () => {
      await addEvent(t, pick(ids), 'escalate', instant(), { automatic: rand(2) === 0 });
    },
    deliver: async () => {
      const day = new Date(Date.parse('2026-10-01') + rand(61) * 24 * HOUR).toISOString().slice(0, 10);
      await addDeliveries(t, { ...food, applicationId: pick(ids), userId: staff, days: [day] });
    },
    undeliver: async () => {
      const all = await t.deps.db.select({ id: serviceDeliveries.id }).from(serviceDeliveries);
      if (all.length) await t.deps.db.delete(serviceDeliveries).where(sql`${serviceDeliveries.id} = ${pick(all).id}`);
    },
    person: async () => {
      await t.deps.db.execute(sql`update applications set subject_id_hash = ${pick(persons)} where id = ${pick(ids)}`);
    },
    checkIn: async () => {
      const user = (await buildUser(t)).id;
      const day = `2026-${pick(['10', '11'])}-${String(rand(28) + 1).padStart(2, '0')}`;
      await t.deps.db.insert(eventSignups).values({
        eventId: event!.id,
        userId: user,
        status: 'confirmed',
        code: `RLPS${++signups}`,
        attendedOn: day,
        checkedInAt: new Date(`${day}T02:00:00Z`),
      });
    },
    undoCheckIn: async () => {
      await t.deps.db.execute(sql`update event_signups set attended_on = null, checked_in_at = null
        where id = (select id from event_signups where attended_on is not null order by seq limit 1)`);
    },
    moveEvent: async () => {
      await t.deps.db.execute(sql`update community_events set street_code = case when street_code = ${CUIYUAN}
        then ${OTHER_STREET} else ${CUIYUAN} end where id = ${event!.id}`);
    },
  };

  for (let i = 0; i < 4; i++) await ops.submit!();
  const names = Object.keys(ops);
  for (let step = 0; step < 60; step++) {
    const name = pick(names);
    steps.push(name);
    await ops[name]!();
    for (const v of viewers) {
      const rolled = await rollupFigures(t.deps.database, v.plan!, MONTHS);
      const raw = await rawFigures(t.deps.db, { scope: v.view, scopeSql: statsScopeSql(v.view) }, MONTHS, v.street);
      const streets = v.street ? [v.street] : v.view.district ? null : v.view.streetCodes;
      expect(rolled).not.toBeNull();
      if (!rolled) continue;
      compared++;
      try {
        expect(norm(rolled, streets)).toEqual(norm(raw, streets));
      } catch (e) {
        throw new Error(`seed ${SEED}, steps ${steps.join(' → ')}: ${(e as Error).message}`, { cause: e });
      }
    }
  }
  expect(compared).toBe(60 * viewers.length);
  const rows = () =>
    t.deps.db.execute<{ r: string }>(
      sql`select month || ' ' || scope || ' ' || metric || ' ' || key || ' ' || n as r from stats_rollup where n <> 0 order by 1`,
    );
  const kept = (await rows()).rows.map((r) => r.r);
  await rebuildRollups(t.deps.db);
  expect((await rows()).rows.map((r) => r.r)).toEqual(kept);
}, 300_000);

it('plans the rollups for the district and one whole street, the raw rows for points, departments and several streets', () => {
  expect(rollupPlan(scope({ district: true }), undefined)).toEqual({ scopes: ['*'], streets: true });
  expect(rollupPlan(scope({ streetCodes: [CUIYUAN] }), undefined)).toEqual({
    scopes: [`s:${CUIYUAN}`, `x:${CUIYUAN}`],
    streets: false,
  });
  expect(rollupPlan(scope({ pointIds: ['p'] }), undefined)).toBeNull();
  expect(rollupPlan(scope({ deptIds: ['d'] }), undefined)).toBeNull();
  expect(rollupPlan(scope({ streetCodes: [CUIYUAN, OTHER_STREET] }), undefined)).toBeNull();
});
