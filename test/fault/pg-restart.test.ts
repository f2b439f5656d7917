/**
 * Fault test (issue 3): residents keep submitting, with retries, while the database goes away — first its
 * connections are cut again and again, then the PostgreSQL cluster is stopped for a few seconds and started
 * again. Every acknowledged application must be stored exactly once, the only failures the phones see are
 * 503 (and 409 for a retry racing its own first attempt), and the same server process answers /readyz 200
 * again without a restart. Two server instances share the database (issue 15.4), clients spread over both.
 * Runs only with `npm run test:fault` (it restarts the shared cluster, so never beside other tests); skips,
 * saying so, when there is no local PostgreSQL.
 */
import fs from 'node:fs';
import { inArray } from 'drizzle-orm';
import type { Pool } from 'pg';
import { applications, idempotencyKeys } from '../../server/src/db/schema-applications';
import { client, DESCRIPTION, pollReadiness, type Submission } from './clients';
import { sentinelsIn } from '../server/support/sentinels';
import { startFaultServer, type FaultServer } from './server';
import { ensureRunning, postgresAvailability, restartPostgres, terminateBackends } from './support';

const CLIENTS = 6;
const DOWN_MS = 3000;
const available = postgresAvailability();
if (!available.ok) process.stdout.write(`fault test skipped: no PostgreSQL configured (${available.reason})\n`);
const describeWithPostgres = available.ok ? describe : describe.skip;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs CLIENTS residents submitting around `fault()`, for `afterMs` more once it returns. */
async function underLoad(s: FaultServer, label: string, fault: () => Promise<void>, afterMs: number) {
  const residents = await s.residents(CLIENTS);
  let stopAt = Date.now() + 120_000;
  const running = residents.map((r, i) => client(s.bases[i % s.bases.length]!, r.token, label, () => stopAt, 45_000));
  await sleep(1000); // some traffic first
  await fault();
  stopAt = Date.now() + afterMs;
  const submissions: Submission[] = (await Promise.all(running)).flat();
  return { submissions, userIds: residents.map((r) => r.userId) };
}

/** What the phones saw and what the database holds after an outage. */
async function expectEachStoredOnce(s: FaultServer, label: string, submissions: Submission[], userIds: string[]) {
  const attempts = submissions.flatMap((x) => x.attempts);
  expect([...new Set(attempts.map((a) => a.status))].filter((st) => st !== 200 && st !== 503 && st !== 409)).toEqual(
    [],
  );
  expect(attempts.filter((a) => a.status === 503).every((a) => a.code === 'SERVICE_UNAVAILABLE' && a.retryAfter)).toBe(
    true,
  );
  expect(attempts.filter((a) => a.status === 409).every((a) => a.code === 'CONFLICT')).toBe(true);
  expect(submissions.filter((x) => !x.ack).map((x) => x.attempts.map((a) => a.status).join(','))).toEqual([]);

  // descriptions are encrypted at rest: decrypt them all and keep this round's
  const stored = await s.deps.db
    .select({ id: applications.id, refNo: applications.refNo, descriptionEnc: applications.descriptionEnc })
    .from(applications);
  const rows = stored
    .map((r) => ({
      id: r.id,
      refNo: r.refNo,
      description: r.descriptionEnc ? s.deps.cipher.decrypt(r.descriptionEnc) : '',
    }))
    .filter((r) => r.description.startsWith(`${DESCRIPTION} ${label} `));
  expect(rows.length).toBe(submissions.length);
  for (const x of submissions) {
    expect(rows.filter((r) => r.description.endsWith(x.marker)).map((r) => [r.id, r.refNo])).toEqual([
      [x.ack!.id, x.ack!.refNo],
    ]);
  }
  const keys = await s.deps.db.select().from(idempotencyKeys).where(inArray(idempotencyKeys.userId, userIds));
  expect(keys.map((k) => k.state).sort()).toEqual(submissions.map(() => 'completed'));
  expect(s.unhandled).toEqual([]);
  // the outage's failed statements are logged (503s are server errors) without their parameters or any row value
  const log = s.logs.join('');
  expect(log).toContain('"request failed"');
  expect(sentinelsIn(log)).toEqual([]);
  expect(log).not.toMatch(/Failed query|params:/);
  // every pool client of every instance came back (none leaked by a failed BEGIN or ROLLBACK)
  for (const database of s.databases) {
    const pool = database.raw as Pool;
    for (const until = Date.now() + 3000; pool.totalCount !== pool.idleCount && Date.now() < until;) await sleep(50); // a job may be mid-batch
    expect(pool.totalCount - pool.idleCount).toBe(0);
  }
  return {
    attempts: attempts.length,
    unavailable: attempts.filter((a) => a.status === 503).length,
    conflicts: attempts.filter((a) => a.status === 409).length,
  };
}

describeWithPostgres('the database goes away while residents submit', () => {
  let s: FaultServer;
  beforeAll(async () => {
    s = await startFaultServer(`zhulian_fault_${process.pid}`);
  }, 120_000);
  afterAll(async () => {
    if (available.ok) await ensureRunning(available.cluster);
    fs.mkdirSync('test-output', { recursive: true });
    fs.writeFileSync('test-output/fault-server.log', s?.logs.join('') ?? '');
    await s?.close();
  }, 60_000);

  it('connections cut again and again: each acknowledged application stored once, only 503 meanwhile', async () => {
    const { submissions, userIds } = await underLoad(
      s,
      'cut',
      async () => {
        for (let i = 0; i < 20; i++) await terminateBackends(s.name).then(() => sleep(150));
      },
      1500,
    );
    const seen = await expectEachStoredOnce(s, 'cut', submissions, userIds);
    expect(seen.unavailable).toBeGreaterThan(0);
    process.stdout.write(
      `fault (connections cut): ${submissions.length} applications, ${seen.attempts} attempts, ${seen.unavailable} × 503, ${seen.conflicts} × 409\n`,
    );
  }, 120_000);

  it('PostgreSQL stopped and started: the same process recovers, /readyz 503 then 200', async () => {
    if (!available.ok) return;
    const readiness = pollReadiness(s.base);
    let outage = { stoppedAt: 0, startedAt: 0 };
    const { submissions, userIds } = await underLoad(
      s,
      'restart',
      async () => void (outage = await restartPostgres(available.cluster, DOWN_MS)),
      3000,
    );
    const probes = await readiness.stop();
    const seen = await expectEachStoredOnce(s, 'restart', submissions, userIds);
    expect(seen.unavailable).toBeGreaterThan(0);
    expect(submissions.some((x) => x.ack!.at > outage.startedAt)).toBe(true);
    expect(probes.some((p) => p.status === 503 && p.at > outage.stoppedAt && p.at < outage.startedAt)).toBe(true);
    expect(probes.filter((p) => p.status !== 200 && p.status !== 503)).toEqual([]);
    expect(probes[probes.length - 1]!.status).toBe(200);
    for (const base of s.bases) expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const firstAck = Math.min(...submissions.filter((x) => x.ack!.at > outage.startedAt).map((x) => x.ack!.at));
    process.stdout.write(
      `fault (restart): ${submissions.length} applications, ${seen.attempts} attempts, ${seen.unavailable} × 503, ${seen.conflicts} × 409; database down ${outage.startedAt - outage.stoppedAt} ms, first acknowledgement ${firstAck - outage.startedAt} ms after start\n`,
    );
  }, 180_000);
});
