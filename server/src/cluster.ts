/**
 * WEB_CONCURRENCY > 1 (issue 15.4): this primary process prepares what must exist once (development secrets in
 * DATA_DIR, migrations, seed), then forks that many workers sharing PORT (node:cluster). A worker that dies is
 * started again after a backoff (1 s doubling to 30 s, back to 1 s once a worker stayed up a minute). SIGTERM or
 * SIGINT is passed to every worker, which finish their requests and background batches (main.ts), and the primary
 * exits when they are gone. The primary also relays the read-after-write notes between workers (db/read-routing).
 * Every background job is safe in several processes (row claiming with FOR UPDATE SKIP LOCKED; decision
 * "processes, job safety, read replica"). PGlite is one process: env.ts refuses WEB_CONCURRENCY > 1 without DATABASE_URL.
 */
import cluster, { type Worker } from 'node:cluster';
import { openDatabaseFromEnv } from './boot';
import { runMigrations } from './db/migrate';
import { isWriteMessage } from './db/read-routing';
import { seed } from './db/seed';
import { isDemoMode, type Env } from './env';
import type { Logger } from './lib/logger';
import { loadAuditCheckpointKey, loadSecrets } from './lib/secrets';

const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
const STABLE_AFTER_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export async function runPrimary(env: Env, logger: Logger): Promise<void> {
  // generated development keys must be one set for all workers: create them before any worker reads them
  loadSecrets(env);
  if (env.AUDIT_CHECKPOINT_INTERVAL_MS > 0) loadAuditCheckpointKey(env);
  const database = await openDatabaseFromEnv(env, logger);
  try {
    await runMigrations(database);
    await seed(database.db, { demo: isDemoMode(env) });
  } finally {
    await database.close();
  }

  let stopping = false;
  let backoffMs = FIRST_BACKOFF_MS;
  const startedAt = new Map<Worker, number>();
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker, Date.now());
    worker.on('message', (message: unknown) => {
      if (!isWriteMessage(message)) return;
      for (const other of Object.values(cluster.workers ?? {}))
        if (other && other !== worker && other.isConnected()) other.send(message as object);
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? Date.now());
    startedAt.delete(worker);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (lived >= STABLE_AFTER_MS) backoffMs = FIRST_BACKOFF_MS;
    logger.error({ workerPid: worker.process.pid, code, signal, restartInMs: backoffMs }, 'worker exited; restarting');
    setTimeout(() => !stopping && fork(), backoffMs);
    backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
  });

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: Object.keys(cluster.workers ?? {}).length }, 'stopping workers');
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker?.process.kill('SIGTERM');
    setTimeout(() => process.exit(1), STOP_TIMEOUT_MS).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  for (let i = 0; i < env.WEB_CONCURRENCY; i++) fork();
  logger.info({ workers: env.WEB_CONCURRENCY, port: env.PORT }, 'cluster started');
}
