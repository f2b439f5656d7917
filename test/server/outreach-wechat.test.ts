/**
 * With WeChat configured, the poster carries WeChat's mini-program code (getwxacodeunlimit through the wechat module).
 * The stub answers a real QR of `wxacode:<page>?<scene>`, so decoding the poster shows what WeChat was asked for.
 */
import { ZOutreachCode, ZOutreachPoster } from '../../shared/schemas/outreach';
import { createWechatClient } from '../../server/src/lib/wechat';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { decodeQr } from './support/qr';
import { startWechatStub, type WechatStub } from './support/wechat-stub';

let stub: WechatStub;
beforeAll(async () => {
  stub = await startWechatStub('wx-test-app');
});
afterAll(() => stub.close());

const t = useTestApp({
  env: { WECHAT_APP_ID: 'wx-test-app', WECHAT_APP_SECRET: 'secret-x' },
  wechat: (base) =>
    createWechatClient({
      appId: 'wx-test-app',
      appSecret: 'secret-x',
      baseUrl: stub.url,
      timeoutMs: 2000,
      logger: base.logger,
      clock: base.clock,
      retryDelayMs: 1,
    }),
});

it('asks WeChat for the home page with scene oc=<id> and prints that code', async () => {
  const staff = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
  const code = ZOutreachCode.parse(
    (await post(t, 'outreach.codes.create', { communityCode: '330106005055' }, staff.accessToken)).body.data,
  );
  const res = await post(t, 'outreach.codes.poster', { id: code.id, format: 'png' }, staff.accessToken);
  expect(res.status).toBe(200);
  const file = ZOutreachPoster.parse(res.body.data);
  expect(file.source).toBe('wechat');
  const call = stub.calls.find((c) => c.path === '/wxa/getwxacodeunlimit')!;
  expect(call.body).toMatchObject({ scene: `oc=${code.id}`, page: 'pages/index/index' });
  expect(call.query.get('access_token')).toMatch(/^token-/);
  expect(await decodeQr(Buffer.from(file.base64, 'base64'))).toBe(`wxacode:pages/index/index?oc=${code.id}`);
});

it('a WeChat refusal answers a clean error, never a 500 with details', async () => {
  const staff = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  const code = ZOutreachCode.parse(
    (await post(t, 'outreach.codes.create', { communityCode: '330106005056' }, staff.accessToken)).body.data,
  );
  stub.wxaCodeReply = () => ({ body: { errcode: 41030, errmsg: 'invalid page rid: 6a1b' } });
  try {
    const res = await post(t, 'outreach.codes.poster', { id: code.id, format: 'pdf' }, staff.accessToken);
    expect(res.status).toBe(502);
    expect(JSON.stringify(res.body)).not.toContain('rid');
  } finally {
    stub.wxaCodeReply = null;
  }
});
