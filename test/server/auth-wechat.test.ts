import request from 'supertest';
import { sql } from 'drizzle-orm';
import { ZSession } from '../../shared/schemas/auth';
import { createApp } from '../../server/src/app';
import { queryRows } from '../../server/src/db/client';
import type { Deps } from '../../server/src/deps';
import { createWechatClient } from '../../server/src/lib/wechat';
import { post } from './support/factories';
import { testEnv, useTestApp } from './support/harness';
import { startWechatStub, type WechatStub } from './support/wechat-stub';

const SESSION_KEY = 'SENTINEL-session-key-9f8e7d';
const APP_SECRET = 'SENTINEL-app-secret-1a2b3c';
let stub: WechatStub;

beforeAll(async () => {
  stub = await startWechatStub('wx-test-app');
});
afterAll(() => stub.close());

const t = useTestApp({
  env: { WECHAT_APP_ID: 'wx-test-app', WECHAT_APP_SECRET: APP_SECRET },
  wechat: (base) =>
    createWechatClient({
      appId: 'wx-test-app',
      appSecret: APP_SECRET,
      baseUrl: stub.url,
      timeoutMs: 300,
      logger: base.logger,
      clock: base.clock,
      retryDelayMs: 1,
    }),
});

const ok = (openid: string) => ({ body: { openid, session_key: SESSION_KEY, unionid: `u-${openid}` } });

describe('auth.wechat', () => {
  it('exchanges a wx.login code for our own session; the same openid is the same user', async () => {
    stub.codes.set('code-ok-1', ok('openid-alice'));
    stub.codes.set('code-ok-2', ok('openid-alice'));
    const first = await post(t, 'auth.wechat', { code: 'code-ok-1' });
    expect(first.status).toBe(200);
    const session = ZSession.parse(first.body.data);
    expect(session.user.roles).toEqual(['resident']);
    const second = await post(t, 'auth.wechat', { code: 'code-ok-2' });
    expect(second.body.data.user.id).toBe(session.user.id);
    const call = stub.calls.find((c) => c.query.get('js_code') === 'code-ok-1');
    expect(call?.query.get('appid')).toBe('wx-test-app');
    expect(call?.query.get('grant_type')).toBe('authorization_code');
    const me = await post(t, 'me.get', {}, session.accessToken);
    expect(me.body.data.id).toBe(session.user.id);
  });

  it.each([
    [40029, 401, 'WECHAT_CODE_INVALID'],
    [40163, 401, 'WECHAT_CODE_INVALID'],
    [45011, 429, 'RATE_LIMITED'],
    [40226, 403, 'ACCOUNT_BLOCKED'],
    [99999, 502, 'UPSTREAM_FAILED'],
  ])('maps errcode %i to %i %s without echoing errmsg', async (errcode, status, code) => {
    stub.codes.set(`code-err-${errcode}`, { body: { errcode, errmsg: `boom rid: 65a1-${errcode}` } });
    const res = await post(t, 'auth.wechat', { code: `code-err-${errcode}` });
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(res.text).not.toMatch(/rid|boom/);
    if (status === 429) expect(res.headers['retry-after']).toBe('60');
  });

  it('retries errcode -1 twice, then answers 503', async () => {
    stub.codes.set('code-busy', { body: { errcode: -1, errmsg: 'system busy' } });
    const res = await post(t, 'auth.wechat', { code: 'code-busy' });
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(stub.calls.filter((c) => c.query.get('js_code') === 'code-busy')).toHaveLength(3);
  });

  it('succeeds when WeChat recovers within the retries', async () => {
    stub.codes.set('code-flaky', (n) => (n < 3 ? { body: { errcode: -1 } } : ok('openid-flaky')));
    const res = await post(t, 'auth.wechat', { code: 'code-flaky' });
    expect(res.status).toBe(200);
  });

  it('treats a hanging or failing upstream as 503 within the timeout budget', async () => {
    stub.codes.set('code-slow', { body: ok('x').body, delayMs: 1000 });
    stub.codes.set('code-500', { status: 502, raw: '<html>bad gateway</html>' });
    const started = Date.now();
    expect((await post(t, 'auth.wechat', { code: 'code-slow' })).status).toBe(503);
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await post(t, 'auth.wechat', { code: 'code-500' })).status).toBe(503);
  });

  it('names the field for a missing or malformed code, and calls nobody', async () => {
    const before = stub.calls.length;
    const missing = await post(t, 'auth.wechat', {});
    expect(missing.status).toBe(400);
    expect(missing.body.details[0].field).toBe('code');
    const bad = await post(t, 'auth.wechat', { code: 'has space' });
    expect(bad.body.details[0]).toEqual({ field: 'code', message: '微信登录凭证格式不对' });
    expect(stub.calls.length).toBe(before);
  });

  it('never returns, logs or stores session_key, and never logs the app secret', async () => {
    stub.codes.set('code-sentinel', ok('openid-sentinel'));
    const res = await post(t, 'auth.wechat', { code: 'code-sentinel' });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(SESSION_KEY);
    const logs = t.logs.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(SESSION_KEY);
    expect(logs).not.toContain(APP_SECRET);
    expect(logs).not.toContain('openid-sentinel');
    const tables = await queryRows<{ tablename: string }>(
      t.deps.db,
      sql`select tablename from pg_tables where schemaname = 'public'`,
    );
    expect(tables.length).toBeGreaterThan(5);
    for (const { tablename } of tables) {
      const hits = await queryRows(
        t.deps.db,
        sql`select 1 from ${sql.identifier(tablename)} x where x::text like ${`%${SESSION_KEY}%`}`,
      );
      expect({ tablename, hits: hits.length }).toEqual({ tablename, hits: 0 });
    }
  });
});

describe('auth.wechat login limits', () => {
  it('one WeChat account (openid) from many addresses is refused after LOGIN_ACCOUNT_RATE_PER_MINUTE; others are not', async () => {
    t.clock.advance(61_000);
    const env = testEnv({
      WECHAT_APP_ID: 'wx-test-app',
      WECHAT_APP_SECRET: APP_SECRET,
      TRUST_PROXY_HOPS: '1',
      LOGIN_ACCOUNT_RATE_PER_MINUTE: '2',
    });
    const api = request(createApp({ ...t.deps, env } as Deps).callback());
    const login = (code: string, ip: string) =>
      api
        .post('/api/auth.wechat')
        .set('X-Forwarded-For', ip)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ code }));
    for (let i = 1; i <= 4; i++) stub.codes.set(`code-bob-${i}`, ok('openid-bob'));
    stub.codes.set('code-carol', ok('openid-carol'));
    expect((await login('code-bob-1', '203.0.113.10')).status).toBe(200);
    expect((await login('code-bob-2', '203.0.113.11')).status).toBe(200);
    const limited = await login('code-bob-3', '203.0.113.12');
    expect([limited.status, limited.body.code]).toEqual([429, 'RATE_LIMITED']);
    expect((await login('code-carol', '203.0.113.12')).status).toBe(200);
    t.clock.advance(61_000);
    expect((await login('code-bob-4', '203.0.113.13')).status).toBe(200);
    expect(t.logs.join('')).not.toContain('openid-bob');
  });
});

describe('auth.devLogin with WeChat configured', () => {
  it('is refused: dev login exists only without WeChat credentials', async () => {
    const users = await post(t, 'auth.devUsers');
    expect(users.body.data).toEqual({ enabled: false, users: [] });
    const res = await post(t, 'auth.devLogin', { userId: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(404);
  });
});
