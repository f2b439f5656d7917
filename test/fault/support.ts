/**
 * The fault test's outside world: is there a local PostgreSQL cluster we may restart, a throwaway database
 * on it, and the restart itself (stop, wait, start — as root through pg_ctlcluster, without blocking the
 * event loop, so the in-process server keeps answering while the database is gone).
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);
export const ADMIN_URL = process.env.FAULT_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type Availability = { ok: true; cluster: string } | { ok: false; reason: string };

/** Whether the fault test can run here: a local cluster that answers and that pg_ctlcluster can restart. */
export function postgresAvailability(url = ADMIN_URL): Availability {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host))
    return { ok: false, reason: `${host} is not a local PostgreSQL this test may restart` };
  if (!fs.existsSync('/usr/bin/pg_ctlcluster') || !fs.existsSync('/etc/postgresql'))
    return { ok: false, reason: 'pg_ctlcluster is not installed' };
  const version = fs.readdirSync('/etc/postgresql').sort().pop();
  if (!version) return { ok: false, reason: 'no cluster under /etc/postgresql' };
  const ready = spawnSync('pg_isready', ['-d', url, '-q'], { timeout: 5000 });
  if (ready.error || ready.status !== 0) return { ok: false, reason: `pg_isready fails for ${new URL(url).host}` };
  return { ok: true, cluster: version };
}

async function admin<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

export const createDatabase = (name: string, url = ADMIN_URL) => admin(url, (c) => c.query(`create database ${name}`));
export const dropDatabase = (name: string, url = ADMIN_URL) =>
  admin(url, (c) => c.query(`drop database if exists ${name} with (force)`));

/** Cuts every connection to one database (57P01 on each), leaving the rest of the cluster alone. */
export const terminateBackends = (name: string, url = ADMIN_URL) =>
  admin(url, (c) =>
    c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
      name,
    ]),
  );

/** Waits until the cluster accepts connections again (pg_isready), up to `timeoutMs`. */
export async function waitUntilReady(url = ADMIN_URL, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await run('pg_isready', ['-d', url, '-q']).then(
      () => true,
      () => false,
    );
    if (ok) return;
    if (Date.now() > until) throw new Error('PostgreSQL did not come back');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Starts the cluster if it is down (a safety net after a failed run). */
export async function ensureRunning(cluster: string, url = ADMIN_URL): Promise<void> {
  const up = await run('pg_isready', ['-d', url, '-q']).then(
    () => true,
    () => false,
  );
  if (!up) await run('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'start']).catch(() => undefined);
  await waitUntilReady(url);
}

export type Outage = { stoppedAt: number; startedAt: number };

/** Stops the cluster (fast: running transactions are aborted), waits `downMs`, starts it again. */
export async function restartPostgres(cluster: string, downMs: number): Promise<Outage> {
  const ctl = (action: string, ...extra: string[]) =>
    run('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', action, ...extra]);
  await ctl('stop', '-m', 'fast');
  const stoppedAt = Date.now();
  try {
    await new Promise((r) => setTimeout(r, downMs));
  } finally {
    // whatever happens, the cluster (shared with everything else on this machine) comes back
    await ctl('start');
  }
  return { stoppedAt, startedAt: Date.now() };
}
