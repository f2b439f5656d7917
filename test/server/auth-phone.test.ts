import request from 'supertest';
import { eq } from 'drizzle-orm';
import { createApp } from '../../server/src/app';
import type { Deps } from '../../server/src/deps';
import { users } from '../../server/src/db/schema';
import { createWechatClient } from '../../server/src/lib/wechat';
import { buildSession, post } from './support/factories';
import { testEnv, useTestApp } from './support/harness';
import { startWechatStub, type WechatStub } from './support/wechat-stub';

let stub: WechatStub;
beforeAll(async () => {
  stub = await startWechatStub('wx-test-app');
});
afterAll(() => stub.close());

const t = useTestApp({
  env: { WECHAT_APP_ID: 'wx-test-app', WECHAT_APP_SECRET: 'secret-for-tests' },
  wechat: (base) =>
    createWechatClient({
      appId: 'wx-test-app',
      appSecret: 'secret-for-tests',
      baseUrl: stub.url,
      timeoutMs: 300,
      logger: base.logger,
      clock: base.clock,
      retryDelayMs: 1,
    }),
});

const phoneReply = (phone: string, appid = 'wx-test-app') => ({
  body: {
    errcode: 0,
    errmsg: 'ok',
    phone_info: { phoneNumber: phone, purePhoneNumber: phone, countryCode: '86', watermark: { appid, timestamp: 1 } },
  },
});

describe('auth.phone', () => {
  it('is limited per account (LOGIN_ACCOUNT_RATE_PER_MINUTE) from any address', async () => {
    t.clock.advance(61_000);
    const env = testEnv({
      WECHAT_APP_ID: 'wx-test-app',
      WECHAT_APP_SECRET: 'secret-for-tests',
      TRUST_PROXY_HOPS: '1',
      LOGIN_ACCOUNT_RATE_PER_MINUTE: '2',
    });
    const api = request(createApp({ ...t.deps, env } as Deps).callback());
    const [s, other] = [await buildSession(t), await buildSession(t)];
    const bind = (token: string, code: string, ip: string) =>
      api
        .post('/api/auth.phone')
        .set('Authorization', `Bearer ${token}`)
        .set('X-Forwarded-For', ip)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ code }));
    for (const code of ['limit-1', 'limit-2', 'limit-3', 'limit-4']) stub.codes.set(code, phoneReply('13912345678'));
    expect((await bind(s.accessToken, 'limit-1', '203.0.113.20')).status).toBe(200);
    expect((await bind(s.accessToken, 'limit-2', '203.0.113.21')).status).toBe(200);
    expect((await bind(s.accessToken, 'limit-3', '203.0.113.22')).status).toBe(429);
    expect((await bind(other.accessToken, 'limit-4', '203.0.113.22')).status).toBe(200);
  });

  it('needs a session', async () => {
    expect((await post(t, 'auth.phone', { code: 'p' })).status).toBe(401);
  });

  it('names the field for a missing code', async () => {
    const s = await buildSession(t);
    const res = await post(t, 'auth.phone', {}, s.accessToken);
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('code');
  });

  it('binds the number encrypted with a blind index, and shows it masked', async () => {
    const s = await buildSession(t);
    stub.codes.set('phone-ok', phoneReply('13912345678'));
    const res = await post(t, 'auth.phone', { code: 'phone-ok' }, s.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ phoneMasked: '139****5678' });
    const [row] = await t.deps.db.select().from(users).where(eq(users.id, s.userId));
    expect(row!.phoneEnc).not.toContain('13912345678');
    expect(t.deps.cipher.decrypt(row!.phoneEnc!)).toBe('13912345678');
    expect(row!.phoneHash).toBe(t.deps.cipher.blindIndex('13912345678'));
    expect((await post(t, 'me.get', {}, s.accessToken)).body.data.phoneMasked).toBe('139****5678');
    expect(t.logs.join('')).not.toContain('13912345678');
  });

  it('rejects a phone whose watermark names another app', async () => {
    const s = await buildSession(t);
    stub.codes.set('phone-foreign', phoneReply('13800000000', 'wx-other-app'));
    const res = await post(t, 'auth.phone', { code: 'phone-foreign' }, s.accessToken);
    expect(res.status).toBe(502);
    const [row] = await t.deps.db.select().from(users).where(eq(users.id, s.userId));
    expect(row!.phoneEnc).toBeNull();
  });

  it('maps a used phone code to 401 WECHAT_CODE_INVALID', async () => {
    const s = await buildSession(t);
    stub.codes.set('phone-used', { body: { errcode: 40029, errmsg: 'invalid code rid: 1' } });
    const res = await post(t, 'auth.phone', { code: 'phone-used' }, s.accessToken);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('WECHAT_CODE_INVALID');
  });

  it('refreshes the access token once when WeChat says it expired', async () => {
    const s = await buildSession(t);
    stub.codes.set('phone-stale', (n) =>
      n === 1 ? { body: { errcode: 42001, errmsg: 'expired' } } : phoneReply('13700001111'),
    );
    const tokenCalls = () => stub.calls.filter((c) => c.path === '/cgi-bin/stable_token').length;
    const before = tokenCalls();
    const res = await post(t, 'auth.phone', { code: 'phone-stale' }, s.accessToken);
    expect(res.status).toBe(200);
    expect(tokenCalls() - before).toBe(1);
    const forced = stub.calls.filter((c) => c.path === '/cgi-bin/stable_token').at(-1);
    expect(forced?.body).toMatchObject({ force_refresh: true, grant_type: 'client_credential' });
  });
});

describe('WeChat access token', () => {
  it('is fetched once for 50 concurrent callers and reused while valid', async () => {
    const client = createWechatClient({
      appId: 'wx-test-app',
      appSecret: 's',
      baseUrl: stub.url,
      timeoutMs: 500,
      logger: t.deps.logger,
      clock: t.clock,
    });
    const before = stub.calls.filter((c) => c.path === '/cgi-bin/stable_token').length;
    stub.tokenReply = () => ({ body: { access_token: 'shared-token', expires_in: 7200 }, delayMs: 50 });
    const tokens = await Promise.all(Array.from({ length: 50 }, () => client.getAccessToken()));
    expect(new Set(tokens)).toEqual(new Set(['shared-token']));
    expect(await client.getAccessToken()).toBe('shared-token');
    const after = stub.calls.filter((c) => c.path === '/cgi-bin/stable_token').length;
    expect(after - before).toBe(1);
    // within 5 minutes of expiry it is refreshed
    t.clock.advance((7200 - 200) * 1000);
    await client.getAccessToken();
    expect(stub.calls.filter((c) => c.path === '/cgi-bin/stable_token').length - after).toBe(1);
  });
});
