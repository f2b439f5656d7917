/**
 * Liveness and readiness, security headers, and graceful degradation: with the database gone the
 * process stays up, /readyz and every API call answer 503 SERVICE_UNAVAILABLE with Retry-After (never 500).
 */
import request from 'supertest';
import { ZErrorBody, defaultMessageOf } from '../../shared/errors';
import { createApp } from '../../server/src/app';
import { openDatabase } from '../../server/src/db/client';
import type { Deps } from '../../server/src/deps';
import { loadEnv } from '../../server/src/env';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();

function expectUnavailable(res: request.Response) {
  expect(res.status).toBe(503);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  const body = ZErrorBody.parse(res.body);
  expect(body.code).toBe('SERVICE_UNAVAILABLE');
  expect(body.requestId).toBe(res.headers['x-request-id']);
  expect(res.text).not.toMatch(/ECONNREFUSED|closed|pool|at \S+ \(|node_modules/i);
}

describe('health and headers (database up)', () => {
  it('/livez answers 200', async () => {
    const res = await t.api().get('/livez');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });

  it('/readyz answers 200 naming the database kind', async () => {
    const res = await t.api().get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, db: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('sets security headers everywhere and no-store on /api only', async () => {
    const api = await post(t, 'departments.list');
    const live = await t.api().get('/livez');
    for (const res of [api, live]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
    expect(api.headers['cache-control']).toBe('no-store');
    expect(live.headers['cache-control']).toBeUndefined();
    expect((await post(t, 'nope.nope')).headers['cache-control']).toBe('no-store');
  });

  it('sends HSTS in production only (a browser would remember it for localhost for a year)', async () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const production = loadEnv({
      NODE_ENV: 'production',
      STATIC_DIR: '',
      DATABASE_URL: 'postgres://app@db:5432/zhulian',
      JWT_KEYS: `k1:${key}`,
      FIELD_ENCRYPTION_KEY: key,
      AUDIT_CHECKPOINT_KEY: key,
      WECHAT_APP_ID: 'wx1',
      WECHAT_APP_SECRET: 's',
    });
    const prod = request(createApp({ ...t.deps, env: production } as Deps).callback());
    for (const res of [
      await prod.get('/livez'),
      await prod.post('/api/departments.list').set('Content-Type', 'application/json').send('{}'),
      await prod.get('/api/nope'),
    ]) {
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    }
    for (const res of [await t.api().get('/livez'), await post(t, 'departments.list')])
      expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('after the database closes', () => {
  let token = '';
  beforeAll(async () => {
    token = (await buildSession(t)).accessToken;
    await t.deps.database.close();
  });

  it('/readyz answers 503 with Retry-After while /livez stays 200', async () => {
    const ready = await t.api().get('/readyz');
    expectUnavailable(ready);
    expect((await t.api().get('/livez')).status).toBe(200);
  });

  it('a public API call answers 503, not 500', async () => {
    const res = await post(t, 'org.overview');
    expectUnavailable(res);
    expect(res.body.message).toBe(defaultMessageOf.SERVICE_UNAVAILABLE);
  });

  it('an authenticated API call answers 503, not 401 or 500', async () => {
    expectUnavailable(await post(t, 'me.get', {}, token));
  });

  it('keeps answering: the process did not exit', async () => {
    for (let i = 0; i < 3; i++) expectUnavailable(await post(t, 'departments.list'));
    expect((await t.api().get('/livez')).status).toBe(200);
  });
});

describe('a database nobody listens on', () => {
  it('/readyz and the API answer 503 within ~3 s', async () => {
    const database = await openDatabase({ url: 'postgres://postgres@127.0.0.1:1/none' });
    try {
      const deps: Deps = { ...t.deps, database, db: database.db };
      const api = request(createApp(deps).callback());
      const started = Date.now();
      const ready = await api.get('/readyz');
      expect(Date.now() - started).toBeLessThan(3000);
      expectUnavailable(ready);
      const call = await api.post('/api/org.overview').set('Content-Type', 'application/json').send('{}');
      expect(Date.now() - started).toBeLessThan(6000);
      expectUnavailable(call);
    } finally {
      await database.close();
    }
  });
});
