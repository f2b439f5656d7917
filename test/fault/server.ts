/**
 * Real servers for the fault test, as `npm start` runs them: their own database on the PostgreSQL under test
 * (migrated and seeded by the server's own boot code), createApp on a real port, the outbox and deadline
 * workers running, residents with sessions. Server logs and unhandled rejections are kept for the checks.
 * Two instances by default (issue 15.4: the fault test passes with 2 processes): each with its own pool, port and
 * job workers on the one database, as two processes of `WEB_CONCURRENCY=2` have; they share this Node process
 * only so the test can look into their pools and logs.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createApp } from '../../server/src/app';
import { buildDeps } from '../../server/src/boot';
import { openDatabase } from '../../server/src/db/client';
import { users } from '../../server/src/db/schema';
import type { Deps } from '../../server/src/deps';
import { loadEnv, type Env } from '../../server/src/env';
import { openSessionFor } from '../../server/src/features/auth/auth.service';
import { startDeadlineWorker } from '../../server/src/features/deadlines/deadlines.job';
import { createOutboxSender, startOutboxWorker } from '../../server/src/features/outbox/outbox.job';
import { createLogger, type Logger } from '../../server/src/lib/logger';
import { withDatabase } from '../server/support/template';
import { ADMIN_URL, createDatabase, dropDatabase } from './support';

export type FaultServer = {
  name: string;
  deps: Deps;
  base: string;
  /** Every instance's address: clients spread over them. */
  bases: string[];
  /** Every instance's database (the pool leak check looks at each). */
  databases: Deps['database'][];
  logs: string[];
  unhandled: unknown[];
  residents: (count: number) => Promise<{ userId: string; token: string }[]>;
  close: () => Promise<void>;
};

export async function startFaultServer(name: string, instances = 2): Promise<FaultServer> {
  const logs: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  await dropDatabase(name);
  await createDatabase(name);
  const url = withDatabase(ADMIN_URL, name);
  const env = loadEnv({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    STATIC_DIR: '',
    LOG_LEVEL: 'warn',
    JWT_KEYS: `fault:${randomBytes(32).toString('base64')}`,
    FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    // a handful of residents submit hundreds of times here: the per-user limits of production would refuse them
    SUBMIT_RATE_PER_HOUR: '100000',
    SUBMIT_RATE_PER_DAY: '100000',
  });
  const logger = createLogger(
    env.LOG_LEVEL,
    new Writable({ write: (chunk, _enc, cb) => (logs.push(String(chunk)), cb()) }),
  );
  const started: Awaited<ReturnType<typeof startInstance>>[] = [];
  for (let i = 0; i < instances; i++) started.push(await startInstance(env, url, logger));
  const deps = started[0]!.deps;
  return {
    name,
    deps,
    base: started[0]!.base,
    bases: started.map((x) => x.base),
    databases: started.map((x) => x.deps.database),
    logs,
    unhandled,
    residents: (count) =>
      Promise.all(
        Array.from({ length: count }, async (_, i) => {
          const [user] = await deps.db
            .insert(users)
            .values({ openid: `fault:${i}:${randomBytes(6).toString('hex')}`, displayName: `故障测试${i}` })
            .returning();
          return { userId: user!.id, token: (await openSessionFor(deps, user!.id)).accessToken };
        }),
      ),
    close: async () => {
      process.off('unhandledRejection', onUnhandled);
      await Promise.all(started.map((x) => x.close()));
      await dropDatabase(name);
    },
  };
}

async function startInstance(env: Env, url: string, logger: Logger) {
  const database = await openDatabase({ url, logger, poolSize: 10 });
  const { deps } = await buildDeps(env, logger, { database });
  const server = http.createServer(createApp(deps).callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // the background jobs run too, as in `npm start`: they must ride out the outage as well
  const outbox = startOutboxWorker({ db: deps.db, clock: deps.clock, logger }, createOutboxSender(deps, {}), 250);
  const sweep = startDeadlineWorker(deps, 250);
  return {
    deps,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await Promise.all([outbox.stop(), sweep.stop()]);
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await deps.database.close();
    },
  };
}
