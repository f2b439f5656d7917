import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/db/client';
import { inTransaction } from '../../server/src/db/transaction';
import { applyTransition } from '../../server/src/features/applications/lifecycle';
import { setStationActive } from './support/applications';
import { runDeadlineSweep } from '../../server/src/features/deadlines/deadlines.job';
import { buildSession } from './support/factories';
import { useTestApp } from './support/harness';
import { selfBody, submit } from './support/intake';

const t = useTestApp();
const DAY = 24 * 3600_000;

async function state(id: string) {
  const [row] = await queryRows<{
    status: string;
    point: string;
    due_at: Date;
    flags: string[];
    paused_at: Date | null;
  }>(
    t.deps.db,
    sql`select a.status, p.name as point, a.due_at, a.flags, a.paused_at from applications a join service_points p on p.id = a.service_point_id where a.id = ${id}`,
  );
  return { ...row!, due_at: new Date(row!.due_at) }; // raw rows carry timestamps as text on one driver, Date on the other
}

async function newCase(over: Record<string, unknown> = {}) {
  const s = await buildSession(t);
  return (await submit(t, s.accessToken, selfBody(over))).body.data.id as string;
}

describe('deadline escalation', () => {
  const start = new Date('2026-11-30T02:00:00Z'); // a Monday, 10:00 in Hangzhou
  beforeEach(() => t.clock.set(start));

  it('moves an unaccepted case up one tier at a time, then flags it at the hub', async () => {
    const id = await newCase();
    expect(await runDeadlineSweep(t.deps)).toMatchObject({ escalated: 0 });
    t.clock.set(new Date(start.getTime() + 3 * DAY + 60_000));
    await runDeadlineSweep(t.deps);
    let s = await state(id);
    expect(s).toMatchObject({ status: 'escalated', point: '翠苑街道助联服务站' });
    expect(s.due_at.getTime()).toBeGreaterThan(t.clock.now().getTime());
    const [event] = await queryRows<{ actor_user_id: string | null; note: string }>(
      t.deps.db,
      sql`select actor_user_id, note from application_events where application_id = ${id} and type = 'escalate'`,
    );
    expect(event).toEqual({ actor_user_id: null, note: '超过受理时限，自动转翠苑街道助联服务站' });
    t.clock.set(new Date(s.due_at.getTime() + 60_000));
    await runDeadlineSweep(t.deps);
    s = await state(id);
    expect(s.point).toBe('西湖区助联体');
    t.clock.set(new Date(s.due_at.getTime() + 60_000));
    await runDeadlineSweep(t.deps);
    await runDeadlineSweep(t.deps);
    s = await state(id);
    expect(s.point).toBe('西湖区助联体');
    expect(s.flags.filter((f) => f === 'overdue_at_hub')).toHaveLength(1);
  });

  it('passes over a street station that is not active: the case goes to the hub, not flagged', async () => {
    const id = await newCase();
    await setStationActive(t, '330106005000', false);
    try {
      t.clock.set(new Date(start.getTime() + 3 * DAY + 60_000));
      expect(await runDeadlineSweep(t.deps)).toEqual({ escalated: 1, flaggedAtHub: 0 });
      const s = await state(id);
      expect(s).toMatchObject({ status: 'escalated', point: '西湖区助联体' });
      expect(s.flags).not.toContain('overdue_at_hub');
    } finally {
      await setStationActive(t, '330106005000', true);
    }
  });

  it('leaves accepted cases and cases waiting for the resident alone (deadline paused)', async () => {
    const staff = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] }))
      .userId;
    const accepted = await newCase();
    const waiting = await newCase();
    await inTransaction(t.deps.db, async (tx) => {
      await applyTransition(t.deps, tx, {
        applicationId: accepted,
        action: 'accept',
        actorUserId: staff,
        canAct: () => true,
      });
      await applyTransition(t.deps, tx, {
        applicationId: waiting,
        action: 'askInfo',
        actorUserId: staff,
        canAct: () => true,
        patch: { pausedAt: t.clock.now() },
      });
    });
    t.clock.set(new Date(start.getTime() + 10 * DAY));
    await runDeadlineSweep(t.deps);
    expect((await state(accepted)).status).toBe('accepted');
    expect((await state(waiting)).status).toBe('needs_info');
  });

  it('escalates each case once even with several processes sweeping at the same time', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => newCase({ urgency: 'emergency' })));
    t.clock.set(new Date(start.getTime() + DAY + 60_000));
    await Promise.all([runDeadlineSweep(t.deps), runDeadlineSweep(t.deps), runDeadlineSweep(t.deps)]);
    const rows = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from application_events where type = 'escalate' and application_id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) group by application_id`,
    );
    expect(rows.map((r) => r.n)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
