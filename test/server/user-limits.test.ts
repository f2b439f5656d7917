/**
 * Per-user limits on sensitive reads and writes (features/ratelimit/user-limits.ts): reveals per hour and day,
 * submits per hour and day (emergency referrals count too), provideInfo per hour. A refused request answers 429
 * RATE_LIMITED with Retry-After and changes nothing; other users are not affected; a replayed submit is not counted.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/db/client';
import { auditLog } from '../../server/src/db/schema';
import { applicationEvents, applications, consents } from '../../server/src/db/schema-applications';
import { loadEnv } from '../../server/src/env';
import { openSessionFor } from '../../server/src/features/auth/auth.service';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { referralBody, selfBody, submit } from './support/intake';

const t = useTestApp({
  env: {
    REVEAL_RATE_PER_HOUR: '3',
    REVEAL_RATE_PER_DAY: '5',
    SUBMIT_RATE_PER_HOUR: '3',
    SUBMIT_RATE_PER_DAY: '4',
    PROVIDE_INFO_RATE_PER_HOUR: '2',
  },
});
const HOUR_S = 3600;
const count = async (table: 'applications' | 'outbox') =>
  (await queryRows<{ n: number }>(t.deps.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
const reveals = async () =>
  (await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'case.revealed'))).length;
const token = async (userId: string) => (await openSessionFor(t.deps, userId)).accessToken;

function expectLimited(
  res: { status: number; body: { code?: string; message?: string; data?: unknown }; headers: Record<string, string> },
  retryAfter: number,
) {
  expect([res.status, res.body.code, res.headers['retry-after']]).toEqual([429, 'RATE_LIMITED', String(retryAfter)]);
  expect(res.body.data).toBeUndefined();
}

it('defaults: reveal 20/h and 100/day, submit 5/h and 20/day, provideInfo 20/h, anomalies above 10 reveals a day', () => {
  expect(loadEnv({ NODE_ENV: 'test' })).toMatchObject({
    REVEAL_RATE_PER_HOUR: 20,
    REVEAL_RATE_PER_DAY: 100,
    SUBMIT_RATE_PER_HOUR: 5,
    SUBMIT_RATE_PER_DAY: 20,
    PROVIDE_INFO_RATE_PER_HOUR: 20,
    REVEAL_ANOMALY_THRESHOLD: 10,
  });
});

describe('cases.reveal', () => {
  it('3/h and 5/day here: 429 + Retry-After, no value, no audit entry', async () => {
    const staff = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
    const colleague = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
    const { id } = await buildApplication(t, { phone: '13912345678' });
    const reveal = (tok: string) => post(t, 'cases.reveal', { id, field: 'phone', reason: 'call_person' }, tok);
    for (let i = 0; i < 3; i++) expect((await reveal(staff.accessToken)).status).toBe(200);
    const before = await reveals();
    const refused = await reveal(staff.accessToken);
    expectLimited(refused, HOUR_S);
    expect(JSON.stringify(refused.body)).not.toContain('13912345678');
    expect(refused.body.message).toBe('查看完整号码的次数太多了，请稍后再试。');
    expect(await reveals()).toBe(before);
    expect((await reveal(colleague.accessToken)).status).toBe(200);

    // the next hour opens the hourly window again, until the daily one is used up
    t.clock.advance((HOUR_S + 1) * 1000);
    const later = await token(staff.userId);
    for (let i = 0; i < 2; i++) expect((await reveal(later)).status).toBe(200);
    expectLimited(await reveal(later), 24 * HOUR_S - (HOUR_S + 1));
    expect(await reveals()).toBe(before + 3);
  });
});

describe('applications.submit', () => {
  it('3/h and 4/day here, every channel (emergency referrals too); replays are free; nothing stored when refused', async () => {
    const resident = await buildSession(t);
    const first = randomUUID();
    expect((await submit(t, resident.accessToken, selfBody(), first)).status).toBe(200);
    for (let i = 0; i < 2; i++)
      expect((await submit(t, resident.accessToken, referralBody({ urgency: 'emergency' }))).status).toBe(200);
    const replay = await submit(t, resident.accessToken, selfBody(), first);
    expect([replay.status, replay.headers['idempotent-replayed']]).toEqual([200, 'true']);
    const [apps, outbox] = [await count('applications'), await count('outbox')];
    const refused = await submit(t, resident.accessToken, referralBody({ urgency: 'emergency' }));
    expectLimited(refused, HOUR_S);
    expect(refused.body.message).toContain('110');
    expect([await count('applications'), await count('outbox')]).toEqual([apps, outbox]);
    const other = await buildSession(t);
    expect((await submit(t, other.accessToken, selfBody())).status).toBe(200);

    t.clock.advance((HOUR_S + 1) * 1000);
    const later = await token(resident.userId);
    expect((await submit(t, later, selfBody())).status).toBe(200);
    const daily = await submit(t, later, selfBody());
    expectLimited(daily, 24 * HOUR_S - (HOUR_S + 1));
  });
});

describe('applications.submit under concurrency', () => {
  const counters = async (userId: string) =>
    (
      await queryRows<{ key: string; count: number }>(
        t.deps.db,
        sql`select key, count from rate_limits where key in (${`submit-hour:${userId}`}, ${`submit-day:${userId}`}) order by key`,
      )
    ).map((r) => [r.key.split(':')[0], Number(r.count)]);

  it('exact once the counters exist: of 6 at once with 2 left in the hour, 2 pass, 4 are refused, the counts say 3', async () => {
    const resident = await buildSession(t);
    expect((await submit(t, resident.accessToken, selfBody())).status).toBe(200);
    const [apps, outbox] = [await count('applications'), await count('outbox')];
    const results = await Promise.all(Array.from({ length: 6 }, () => submit(t, resident.accessToken, referralBody())));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 429, 429, 429, 429]);
    expect([await count('applications'), await count('outbox')]).toEqual([apps + 2, outbox + 2]);
    expect(await counters(resident.userId)).toEqual([
      ['submit-day', 3],
      ['submit-hour', 3],
    ]);
  });

  it('never more than the limit from a standing start (no counters yet): at most 3 of 6 pass', async () => {
    const resident = await buildSession(t);
    const results = await Promise.all(Array.from({ length: 6 }, () => submit(t, resident.accessToken, selfBody())));
    const passed = results.filter((r) => r.status === 200).length;
    expect(results.map((r) => r.status).filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(passed).toBeGreaterThanOrEqual(1);
    expect(passed).toBeLessThanOrEqual(3);
    // stricter, never looser: a lost race for the first counter row may count a refused submit
    const [, [, hour]] = (await counters(resident.userId)) as [unknown, [string, number]];
    expect(hour).toBeGreaterThanOrEqual(passed);
  });
});

describe('applications.provideInfo', () => {
  it('2/h here: the third answer is refused and the case stays waiting', async () => {
    const resident = await buildSession(t);
    const { id } = await buildApplication(t, { applicantUserId: resident.userId });
    await t.deps.db.insert(consents).values({
      applicationId: id,
      purpose: 'sensitive_data',
      grantedByUserId: resident.userId,
      method: 'in_app',
      grantedAt: t.clock.now(),
    });
    const ask = () =>
      t.deps.db
        .update(applications)
        .set({ status: 'needs_info', pausedAt: t.clock.now() })
        .where(eq(applications.id, id));
    const events = async () =>
      (
        await t.deps.db
          .select()
          .from(applicationEvents)
          .where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, 'provideInfo')))
      ).length;
    for (let i = 0; i < 2; i++) {
      await ask();
      expect(
        (await post(t, 'applications.provideInfo', { id, message: '收入证明明天送到' }, resident.accessToken)).status,
      ).toBe(200);
    }
    await ask();
    const refused = await post(
      t,
      'applications.provideInfo',
      { id, message: '收入证明明天送到' },
      resident.accessToken,
    );
    expectLimited(refused, HOUR_S);
    expect(await events()).toBe(2);
    expect((await t.deps.db.select().from(applications).where(eq(applications.id, id)))[0]!.status).toBe('needs_info');
  });
});
