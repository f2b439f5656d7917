/**
 * Per test file: a fresh database cloned from the template, a Koa app built with createApp(deps),
 * supertest on app.callback() (no port), a settable clock and captured log lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import type Koa from 'koa';
import { createApp } from '../../../server/src/app';
import type { Deps } from '../../../server/src/deps';
import { openDatabase, type Database } from '../../../server/src/db/client';
import { loadEnv, type Env } from '../../../server/src/env';
import { fixedClock } from '../../../server/src/lib/clock';
import { createFieldCipher } from '../../../server/src/lib/crypto';
import { createLogger } from '../../../server/src/lib/logger';
import type { JwtKey } from '../../../server/src/lib/secrets';
import type { WechatClient } from '../../../server/src/lib/wechat';
import { pgTemplateName, pgliteTemplatePath, withDatabase } from './template';

export type TestContext = {
  deps: Deps;
  app: Koa;
  api: () => request.Agent;
  clock: ReturnType<typeof fixedClock>;
  logs: string[];
  jwtKeys: JwtKey[];
};

export type TestOptions = {
  env?: Record<string, string>;
  wechat?: (deps: Omit<Deps, 'wechat'>) => WechatClient | null;
};

/** Opens a throwaway database for one test file. */
export async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const blob = new Blob([fs.readFileSync(pgliteTemplatePath())]);
    const database = await openDatabase({ dataDir: 'memory://', loadDataDir: blob });
    return { database, drop: () => database.close() };
  }
  const name = `zl_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${pgTemplateName()}`);
  await admin.end();
  const database = await openDatabase({ url: withDatabase(url, name), poolSize: 12 });
  return {
    database,
    drop: async () => {
      await database.close();
      const c = new Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * The test environment. Demo mode is on explicitly (the template database is seeded with the demo accounts, and
 * many suites log in through auth.devLogin); pass DEMO_MODE: 'false' (or NODE_ENV: 'production') to test without it.
 */
export function testEnv(overrides: Record<string, string> = {}): Env {
  const demo = overrides.NODE_ENV === 'production' ? {} : { DEMO_MODE: 'true' };
  return loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    STATIC_DIR: '',
    LOGIN_RATE_PER_MINUTE: '1000',
    LOGIN_ACCOUNT_RATE_PER_MINUTE: '1000',
    REFRESH_RATE_PER_MINUTE: '1000',
    // suites submit and reveal many times as one user; user-limits.test.ts sets the real limits it tests
    SUBMIT_RATE_PER_HOUR: '1000',
    SUBMIT_RATE_PER_DAY: '1000',
    PROVIDE_INFO_RATE_PER_HOUR: '1000',
    REVEAL_RATE_PER_HOUR: '1000',
    REVEAL_RATE_PER_DAY: '1000',
    ...demo,
    ...overrides,
  });
}

/**
 * With ZL_TEST_LOG_DIR set (CI sets it under test-output/), every test file's captured server log is written there,
 * so scripts/scan-log-sentinels.js searches the logs of the whole run, not only what the tests assert on.
 */
function keepLogs(ctx: TestContext): void {
  const dir = process.env.ZL_TEST_LOG_DIR;
  if (!dir || !ctx.logs) return;
  const name = `${path.basename(expect.getState().testPath ?? 'unknown')}.${ctx.deps.database.kind}.log`;
  fs.mkdirSync(dir, { recursive: true });
  fs.appendFileSync(path.join(dir, name), ctx.logs.join(''));
}

/** Registers beforeAll/afterAll that build the context; read its fields inside tests. */
export function useTestApp(options: TestOptions = {}): TestContext {
  const ctx = {} as TestContext;
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const opened = await openTestDatabase();
    drop = opened.drop;
    const env = testEnv(options.env);
    const logs: string[] = [];
    const logger = createLogger(
      env.LOG_LEVEL,
      new Writable({ write: (chunk, _enc, cb) => (logs.push(String(chunk)), cb()) }),
    );
    const clock = fixedClock(new Date());
    const jwtKeys: JwtKey[] = [{ kid: 'test-1', secret: randomBytes(32) }];
    const base = {
      env,
      database: opened.database,
      db: opened.database.db,
      logger,
      clock,
      tokens: {
        keys: jwtKeys,
        issuer: env.JWT_ISSUER,
        audience: env.JWT_AUDIENCE,
        ttlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
        clock,
      },
      cipher: createFieldCipher(randomBytes(32).toString('base64')),
    };
    const deps: Deps = { ...base, wechat: options.wechat ? options.wechat(base) : null };
    const app = createApp(deps);
    const server = app.callback();
    Object.assign(ctx, { deps, app, clock, logs, jwtKeys, api: () => request.agent(server) });
  });
  afterAll(async () => {
    await drop();
    keepLogs(ctx);
  });
  return ctx;
}
