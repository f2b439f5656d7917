/**
 * Entry point: env → deps (migrate + seed) → createApp → listen; graceful shutdown on SIGTERM/SIGINT.
 * WEB_CONCURRENCY > 1: this process becomes the cluster primary (cluster.ts) and each worker runs `main`.
 */
import cluster from 'node:cluster';
import { createApp } from './app';
import { buildDeps } from './boot';
import { runPrimary } from './cluster';
import { listenForSiblingWrites } from './db/read-routing';
import { isDemoMode, isDevLoginEnabled, loadEnv, type Env } from './env';
import { startAttachmentCleanup } from './features/attachments/cleanup.job';
import { checkpointFileOf } from './features/audit/checkpoint';
import { startAuditCheckpoints } from './features/audit/checkpoint.job';
import { storageFromEnv } from './features/attachments/storage';
import { startDeadlineWorker } from './features/deadlines/deadlines.job';
import { startLeadErasure } from './features/leads/lead-erasure.job';
import { createOutboxSender, startOutboxWorker } from './features/outbox/outbox.job';
import { describeError } from './lib/error-summary';
import { createLogger } from './lib/logger';
import { loadAuditCheckpointKey } from './lib/secrets';

async function start(): Promise<void> {
  const env = loadEnv();
  if (cluster.isPrimary && env.WEB_CONCURRENCY > 1) return runPrimary(env, createLogger(env.LOG_LEVEL));
  return main(env);
}

async function main(env: Env): Promise<void> {
  const logger = createLogger(env.LOG_LEVEL);
  process.on('unhandledRejection', (reason) => logger.error({ err: describeError(reason) }, 'unhandled rejection'));
  if (cluster.isWorker) listenForSiblingWrites();

  const { deps, seeded } = await buildDeps(env, logger);
  const app = createApp(deps);
  const server = app.listen(env.PORT, env.HOST);
  server.keepAliveTimeout = 65_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;

  const worker =
    env.OUTBOX_INTERVAL_MS > 0
      ? startOutboxWorker(
          { db: deps.db, clock: deps.clock, logger },
          createOutboxSender(deps, parseTemplates(env.WECHAT_TEMPLATES)),
          env.OUTBOX_INTERVAL_MS,
        )
      : null;
  const sweeper = env.DEADLINE_SWEEP_INTERVAL_MS > 0 ? startDeadlineWorker(deps, env.DEADLINE_SWEEP_INTERVAL_MS) : null;
  const cleanup = startAttachmentCleanup(deps, storageFromEnv(env));
  const erasure = env.LEAD_ERASURE_INTERVAL_MS > 0 ? startLeadErasure(deps, env.LEAD_ERASURE_INTERVAL_MS) : null;
  const checkpoints =
    env.AUDIT_CHECKPOINT_INTERVAL_MS > 0
      ? startAuditCheckpoints(deps, {
          intervalMs: env.AUDIT_CHECKPOINT_INTERVAL_MS,
          file: checkpointFileOf(env),
          key: loadAuditCheckpointKey(env),
        })
      : null;
  logger.info({ port, pid: process.pid, db: deps.database.kind, replica: Boolean(deps.replica), seeded }, 'listening');
  // one banner, not one per worker
  if (!cluster.isWorker || cluster.worker?.id === 1)
    printWelcome(port, deps.database.kind, env.DATA_DIR, {
      demo: isDemoMode(env),
      devLogin: isDevLoginEnabled(env),
      wechat: Boolean(env.WECHAT_APP_ID),
    });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(() => {
      // in-flight requests are done; let the outbox finish its batch before the database goes away,
      // then seal the audit chain head as the last writer left it
      Promise.all([worker?.stop(), sweeper?.stop(), cleanup.stop(), erasure?.stop()])
        .then(() => checkpoints?.stop())
        .then(() => Promise.all([deps.database.close(), deps.replica?.close()]))
        .finally(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

function parseTemplates(value: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (value ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
}

function printWelcome(
  port: number,
  db: string,
  dataDir: string,
  login: { demo: boolean; devLogin: boolean; wechat: boolean },
): void {
  const url = `http://localhost:${port}`;
  const lines = [
    '',
    `  助联 Zhulian is running: ${url}`,
    `  Database: ${db === 'pglite' ? `embedded PGlite (${dataDir})` : 'PostgreSQL (DATABASE_URL)'}`,
    `  API docs: ${url}/api/docs`,
    login.demo
      ? '  DEMO MODE (DEMO_MODE=true): demo accounts exist and anyone can log in as them, admin included. Never use with real data.'
      : '  Demo mode is off: no demo accounts, no demo login.',
    login.devLogin
      ? '  Log in: open the 我的 tab and pick a demo account (resident 张阿姨 / staff 陈社工 of 翠苑一区 / admin 管理员 …)'
      : login.wechat
        ? '  Log in: WeChat login (WECHAT_APP_ID is configured)'
        : '  Log in: not possible yet: configure WECHAT_APP_ID/WECHAT_APP_SECRET, or set DEMO_MODE=true for a demo',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

start().catch((err: unknown) => {
  process.stderr.write(`Failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
