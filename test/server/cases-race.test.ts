/** T-RACE: two staff accept the same case at once, 50 rounds → exactly one 200 and one 409 each round. */
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../server/src/db/schema';
import { applications } from '../../server/src/db/schema-applications';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const ROUNDS = 50;

it(`two staff accepting at once: one winner per round (${ROUNDS} rounds)`, async () => {
  const a = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
  const b = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
  for (let round = 0; round < ROUNDS; round++) {
    const { id } = await buildApplication(t);
    // both requests are built first, then released together
    const [ra, rb] = await Promise.all(
      [a, b].map((s) => post(t, 'cases.accept', { id, expectedVersion: 1 }, s.accessToken)),
    );
    const statuses = [ra!.status, rb!.status].sort();
    expect({ round, statuses }).toEqual({ round, statuses: [200, 409] });
    const winner = ra!.status === 200 ? a : b;
    const [row] = await t.deps.db.select().from(applications).where(eq(applications.id, id));
    expect([row!.status, row!.assigneeUserId, row!.version]).toEqual(['accepted', winner.userId, 2]);
    const audits = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'application.accept')));
    expect(audits).toHaveLength(1);
  }
}, 180_000);
