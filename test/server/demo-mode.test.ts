/**
 * Demo login only on purpose (issue 10, point 2): auth.devUsers and auth.devLogin exist only in demo mode
 * (DEMO_MODE=true); otherwise they answer exactly like an endpoint that does not exist — before rate limits and
 * input checks — and a fresh database boots without demo accounts. The environment matrix of `npm start`.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import request from 'supertest';
import { isNotNull } from 'drizzle-orm';
import { Client } from 'pg';
import { createApp } from '../../server/src/app';
import { buildDeps } from '../../server/src/boot';
import { openDatabase, type Database } from '../../server/src/db/client';
import { users } from '../../server/src/db/schema';
import type { Deps } from '../../server/src/deps';
import { loadEnv, type Env } from '../../server/src/env';
import { createLogger } from '../../server/src/lib/logger';
import { useTestApp } from './support/harness';
import { withDatabase } from './support/template';

const t = useTestApp();
const key = () => randomBytes(32).toString('base64');
const PG = 'postgres://postgres@127.0.0.1:5432/zhulian';
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: PG,
  JWT_KEYS: `k1:${key()}`,
  FIELD_ENCRYPTION_KEY: key(),
  AUDIT_CHECKPOINT_KEY: key(),
  WECHAT_APP_ID: 'wx1',
  WECHAT_APP_SECRET: 's',
};
const QUIET = { LOG_LEVEL: 'silent', STATIC_DIR: '', LOGIN_RATE_PER_MINUTE: '3', LOGIN_ACCOUNT_RATE_PER_MINUTE: '3' };

// scripts/start.js is the plain-JS script `npm start` runs
const { demoModeFor } = require('../../scripts/start.js') as {
  demoModeFor: (env: Record<string, string | undefined>) => string | undefined;
};
/** The environment after `npm start` prepared it (DATABASE_URL only names the database; the test's database is used). */
function started(source: Record<string, string>): Env {
  const demo = demoModeFor(source);
  return loadEnv({ ...QUIET, ...source, ...(demo ? { DEMO_MODE: demo } : {}) });
}
const appWith = (env: Env) => request.agent(createApp({ ...t.deps, env } as Deps).callback());
const call = (api: request.Agent, name: string, body: unknown = {}) =>
  api.post(`/api/${name}`).set('Content-Type', 'application/json').send(JSON.stringify(body));
const withoutId = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

let demoUserId = '';
beforeAll(async () => {
  demoUserId = (await call(t.api(), 'auth.devUsers')).body.data.users[0].id;
});
beforeEach(() => t.clock.advance(61_000));

describe('demo login endpoints, per environment', () => {
  const on: [string, Record<string, string>][] = [
    ['npm start on PGlite (nothing set)', {}],
    ['DATABASE_URL with DEMO_MODE=true set by hand', { DATABASE_URL: PG, DEMO_MODE: 'true' }],
  ];
  const off: [string, Record<string, string>][] = [
    ['DATABASE_URL without DEMO_MODE (the README PostgreSQL command)', { DATABASE_URL: PG }],
    ['PGlite with DEMO_MODE=false', { DEMO_MODE: 'false' }],
    ['production without DEMO_MODE', PRODUCTION],
  ];

  it.each(on)('%s: demo accounts listed, demo login works', async (_label, source) => {
    const api = appWith(started(source));
    const list = await call(api, 'auth.devUsers');
    expect(list.status).toBe(200);
    expect(list.body.data.enabled).toBe(true);
    expect(list.body.data.users.length).toBeGreaterThan(0);
    expect((await call(api, 'auth.devLogin', { userId: demoUserId })).status).toBe(200);
  });

  it.each(off)('%s: both endpoints answer 404 exactly like an unknown endpoint', async (_label, source) => {
    const api = appWith(started(source));
    const unknown = await call(api, 'auth.noSuchThing');
    expect(unknown.status).toBe(404);
    for (const [name, body] of [
      ['auth.devUsers', {}],
      ['auth.devLogin', { userId: demoUserId }],
      ['auth.devLogin', { userId: 'not-a-uuid', extra: 1 }], // not 400: the input is never read
    ] as const) {
      const res = await call(api, name, body);
      expect([res.status, withoutId(res.body)]).toEqual([404, withoutId(unknown.body)]);
      expect(res.text).not.toMatch(/演示|张阿姨|管理员/);
    }
    // not 429 either: nothing is counted for an endpoint that does not exist (the login limit here is 3)
    for (let i = 0; i < 5; i++) expect((await call(api, 'auth.devLogin', { userId: demoUserId })).status).toBe(404);
  });

  it('production with DEMO_MODE=true never gets this far: the environment is refused', () => {
    expect(() => started({ ...PRODUCTION, DEMO_MODE: 'true' })).toThrow(
      /DEMO_MODE: demo accounts and the demo login are never allowed in production/,
    );
  });
});

/** An empty database on the database under test (PGlite in memory, or a new PostgreSQL database). */
async function emptyDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { database, drop: () => database.close() };
  }
  const name = `zl_t_demo_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const database = await openDatabase({ url: withDatabase(url, name) });
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

describe('the first start seeds demo accounts only in demo mode', () => {
  it('DATABASE_URL without DEMO_MODE: no demo account in the database; then DEMO_MODE=true adds them', async () => {
    const { database, drop } = await emptyDatabase();
    try {
      const logger = createLogger('silent', new Writable({ write: (_c, _e, cb) => cb() }));
      const keys = { JWT_KEYS: `k1:${key()}`, FIELD_ENCRYPTION_KEY: key() };
      const off = await buildDeps(started({ DATABASE_URL: PG, ...keys }), logger, { database });
      expect(off.seeded.demoUsers).toBe(0);
      expect(await database.db.select({ id: users.id }).from(users).where(isNotNull(users.demoKey))).toEqual([]);
      const stillNoDemo = await request(createApp(off.deps).callback())
        .post('/api/auth.devUsers')
        .set('Content-Type', 'application/json')
        .send('{}');
      expect(stillNoDemo.status).toBe(404);

      const on = await buildDeps(started({ DATABASE_URL: PG, DEMO_MODE: 'true', ...keys }), logger, { database });
      expect(on.seeded.demoUsers).toBeGreaterThan(0);
    } finally {
      await drop();
    }
  }, 120_000);
});
