/**
 * Builds the dependencies from the environment: database (migrated, seeded on first start), keys,
 * WeChat client. Used by main.ts and by tools (bench, e2e) that need a server exactly like `npm start`.
 */
import path from 'node:path';
import type { Deps } from './deps';
import { openDatabase, type Database } from './db/client';
import { trackWrites } from './db/read-routing';
import { runMigrations } from './db/migrate';
import { seed, type SeedReport } from './db/seed';
import { isDemoMode, type Env } from './env';
import { systemClock, type Clock } from './lib/clock';
import { createFieldCipher } from './lib/crypto';
import type { Logger } from './lib/logger';
import { loadSecrets } from './lib/secrets';
import { createWechatClient } from './lib/wechat';

export async function openDatabaseFromEnv(env: Env, logger: Logger): Promise<Database> {
  return openDatabase({ url: env.DATABASE_URL, dataDir: path.resolve(env.DATA_DIR, 'pglite'), logger });
}

export async function buildDeps(
  env: Env,
  logger: Logger,
  options: { clock?: Clock; database?: Database } = {},
): Promise<{ deps: Deps; seeded: SeedReport }> {
  const clock = options.clock ?? systemClock;
  const database = options.database ?? (await openDatabaseFromEnv(env, logger));
  await runMigrations(database);
  const seeded = await seed(database.db, { demo: isDemoMode(env) });
  const replica = env.DATABASE_READ_URL ? await openReplica(env, logger, database) : null;
  const secrets = loadSecrets(env);
  const wechat =
    env.WECHAT_APP_ID && env.WECHAT_APP_SECRET
      ? createWechatClient({
          appId: env.WECHAT_APP_ID,
          appSecret: env.WECHAT_APP_SECRET,
          baseUrl: env.WECHAT_API_BASE,
          timeoutMs: env.WECHAT_TIMEOUT_MS,
          logger,
          clock,
        })
      : null;
  const deps: Deps = {
    env,
    database,
    db: database.db,
    replica,
    logger,
    clock,
    tokens: {
      keys: secrets.jwtKeys,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      ttlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      clock,
    },
    cipher: createFieldCipher(secrets.fieldKeys),
    wechat,
  };
  return { deps, seeded };
}

/** Opens the read pool of DATABASE_READ_URL; the primary's pool then reports its writes for read-your-writes. */
async function openReplica(env: Env, logger: Logger, primary: Database): Promise<Database> {
  const replica = await openDatabase({ url: env.DATABASE_READ_URL, logger });
  if (primary.kind === 'postgres') trackWrites(primary.raw);
  return replica;
}
