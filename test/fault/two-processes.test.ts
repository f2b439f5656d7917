/**
 * Issue 15.4: two real server processes on one PostgreSQL database run every background job at once, and each piece
 * of due work is done exactly once — each outbox message (staff alerts, progress notices, livestream reminders)
 * claimed and sent once, each overdue case escalated once, each unanswered resolved case closed once. Then the
 * cluster itself (WEB_CONCURRENCY=2): two workers share the port, a killed worker is replaced, SIGTERM stops all;
 * and PGlite refuses WEB_CONCURRENCY > 1. Skips, saying so, without a local PostgreSQL (like the fault test).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { createApp } from '../../server/src/app';
import { buildDeps } from '../../server/src/boot';
import { openDatabase, queryRows } from '../../server/src/db/client';
import { users } from '../../server/src/db/schema';
import { outbox } from '../../server/src/db/schema-content';
import type { Deps } from '../../server/src/deps';
import { loadEnv } from '../../server/src/env';
import { openSessionFor } from '../../server/src/features/auth/auth.service';
import {
  liveReminderKey,
  liveReminderPayload,
  TOPIC_LIVE_REMINDER,
} from '../../server/src/features/outbox/outbox-messages';
import { createLogger } from '../../server/src/lib/logger';
import { withDatabase } from '../server/support/template';
import { submitUntilAcknowledged } from './clients';
import { runServerToExit, sharedSecrets, startServerProcess, type ServerProcess } from './processes';
import { ADMIN_URL, createDatabase, dropDatabase, postgresAvailability } from './support';

const available = postgresAvailability();
if (!available.ok) process.stdout.write(`two-process test skipped: no PostgreSQL configured (${available.reason})\n`);
const describeWithPostgres = available.ok ? describe : describe.skip;
const CASES = 40;
const CLOSING = 10;
const REMINDERS = 300;

describeWithPostgres('two server processes on one database', () => {
  const name = `zhulian_procs_${process.pid}`;
  const url = withDatabase(ADMIN_URL, name);
  const secrets = sharedSecrets();
  let deps: Deps;
  let local: http.Server;
  const procs: ServerProcess[] = [];

  beforeAll(async () => {
    await dropDatabase(name);
    await createDatabase(name);
    const env = loadEnv({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      STATIC_DIR: '',
      ...secrets,
      SUBMIT_RATE_PER_HOUR: '100000',
      SUBMIT_RATE_PER_DAY: '100000',
    });
    ({ deps } = await buildDeps(env, createLogger('silent'), { database: await openDatabase({ url }) }));
    local = http.createServer(createApp(deps).callback());
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    local?.close();
    await deps?.database.close();
    await dropDatabase(name);
  }, 60_000);

  it('every background job runs in both processes and does each piece of work once', async () => {
    // cases submitted through the API (before the workers exist), made due all at once once both run
    const base = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
    const [resident] = await deps.db
      .insert(users)
      .values({ openid: `procs:${randomUUID()}`, displayName: '居民' })
      .returning();
    const { accessToken } = await openSessionFor(deps, resident!.id);
    const ids: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const s = await submitUntilAcknowledged(base, accessToken, 'procs', Date.now() + 30_000);
      ids.push(s.ack!.id);
    }
    const jobs = { OUTBOX_INTERVAL_MS: '50', DEADLINE_SWEEP_INTERVAL_MS: '50', LOG_LEVEL: 'warn' };
    procs.push(
      ...(await Promise.all([0, 1].map(() => startServerProcess({ DATABASE_URL: url, ...secrets, ...jobs })))),
    );

    const closing = ids.slice(0, CLOSING);
    const escalating = ids.slice(CLOSING);
    await queryRows(deps.db, sql`update applications set due_at = now() - interval '1 hour' where id in ${escalating}`);
    // submitted → accepted → resolved, each step a legal transition (the table's trigger checks them)
    await queryRows(deps.db, sql`update applications set status = 'accepted' where id in ${closing}`);
    await queryRows(
      deps.db,
      sql`update applications set status = 'resolved', resolved_at = now() - interval '30 days' where id in ${closing}`,
    );
    const startsAt = new Date(Date.now() + 3600_000);
    await deps.db.insert(outbox).values(
      Array.from({ length: REMINDERS }, () => {
        const userId = resident!.id;
        const stream = randomUUID();
        return {
          topic: TOPIC_LIVE_REMINDER,
          dedupeKey: liveReminderKey(stream, userId),
          payload: liveReminderPayload(userId, startsAt),
          nextAttemptAt: new Date(),
        };
      }),
    );

    const pending = async () => {
      const [row] = await queryRows<{ outbox: number; overdue: number; resolved: number }>(
        deps.db,
        sql`select (select count(*)::int from outbox where status = 'pending') as outbox,
                   (select count(*)::int from applications where status in ('submitted', 'escalated') and due_at < now()) as overdue,
                   (select count(*)::int from applications where status = 'resolved') as resolved`,
      );
      return row!;
    };
    for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
      const p = await pending();
      if (p.outbox + p.overdue + p.resolved === 0) break;
    }
    expect(await pending()).toEqual({ outbox: 0, overdue: 0, resolved: 0 });

    // each message claimed once (a claim counts an attempt) and sent once
    const messages = await queryRows<{ status: string; attempts: number; n: number }>(
      deps.db,
      sql`select status, attempts, count(*)::int as n from outbox group by status, attempts`,
    );
    expect(messages.map((m) => [m.status, m.attempts])).toEqual([['sent', 1]]);
    expect(messages[0]!.n).toBeGreaterThanOrEqual(REMINDERS + CASES);
    const events = async (type: string, of: string[]) =>
      queryRows<{ id: string; n: number }>(
        deps.db,
        sql`select application_id as id, count(*)::int as n from application_events
            where type = ${type} and application_id in ${of} group by application_id`,
      );
    const escalated = await events('escalate', escalating);
    expect(escalated).toHaveLength(escalating.length);
    expect(escalated.filter((e) => e.n !== 1)).toEqual([]);
    const closed = await events('close', closing);
    expect(closed).toHaveLength(closing.length);
    expect(closed.filter((e) => e.n !== 1)).toEqual([]);
    process.stdout.write(
      `two processes: ${messages[0]!.n} messages sent once each, ${escalated.length} cases escalated once, ${closed.length} closed once\n`,
    );
    // both are still up and stop cleanly
    for (const p of procs.splice(0)) expect(await p.stop()).toEqual({ code: 0, signal: null });
  }, 240_000);

  it('WEB_CONCURRENCY=2: two workers share the port, a killed worker is replaced, SIGTERM stops them all', async () => {
    const primary = await startServerProcess({ DATABASE_URL: url, ...secrets, WEB_CONCURRENCY: '2' });
    procs.push(primary);
    const workerPids = async (n: number) => {
      for (const until = Date.now() + 90_000; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
        const pids = primary.logged('listening').map((l) => l.pid as number);
        if (pids.length >= n) return pids;
      }
      throw new Error(`fewer than ${n} workers listened:\n${primary.output().slice(-3000)}`);
    };
    const [first, second] = await workerPids(2);
    expect(new Set([first, second, primary.pid]).size).toBe(3);
    process.kill(first!, 'SIGKILL');
    const pids = await workerPids(3);
    expect(primary.logged('worker exited; restarting')).toEqual([
      expect.objectContaining({ workerPid: first, signal: 'SIGKILL' }),
    ]);
    expect(new Set(pids).size).toBe(3);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${primary.base}/api/org.overview`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        }).then((r) => r.status),
      ),
    );
    expect(answers.filter((s) => s !== 200)).toEqual([]);
    procs.splice(procs.indexOf(primary), 1);
    expect(await primary.stop()).toEqual({ code: 0, signal: null });
    for (const pid of pids.slice(1)) expect(() => process.kill(pid, 0)).toThrow();
  }, 240_000);

  it('refuses WEB_CONCURRENCY > 1 on the embedded PGlite database, saying why', async () => {
    const { code, output } = await runServerToExit({
      WEB_CONCURRENCY: '2',
      DATABASE_URL: '',
      DATA_DIR: '/nonexistent',
    });
    expect(code).toBe(1);
    expect(output).toContain('WEB_CONCURRENCY: more than one process needs DATABASE_URL');
  }, 60_000);
});
