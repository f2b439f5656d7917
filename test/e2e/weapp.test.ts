/**
 * The mini-program build (dist/weapp) against the real server, without WeChat: the bundle runs in a Node
 * sandbox (no eval allowed), wx.request goes to the server, wx.login gives a code that a local stand-in for
 * WeChat's code2Session accepts. Proves the logic layer's setData trees carry our pages, that it logs in and keeps
 * care mode. It compiles no WXML and renders no template: test/e2e/weapp-runtime.test.ts does that with WeChat's
 * wcc/wcsc and exparser (`npm run check:weapp-runtime`). Needs `npm run build:weapp && npm run build:server`.
 */
import { api, assertBuildsExist, startServer, type RunningServer } from './support/server';
import { openWeapp } from './support/weapp';
import { startWechatStandIn, type WechatStandIn } from './support/wechat';

type Overview = { streets: { code: string; name: string }[] };

jest.setTimeout(120_000);

let wechat: WechatStandIn;
let server: RunningServer;
let weapp: ReturnType<typeof openWeapp>;
let consoleErrors: jest.SpyInstance;

beforeAll(async () => {
  assertBuildsExist(['weapp', 'server']);
  wechat = await startWechatStandIn();
  server = await startServer({
    env: { WECHAT_APP_ID: 'wx-e2e-app', WECHAT_APP_SECRET: 'e2e-secret', WECHAT_API_BASE: wechat.baseUrl },
  });
  consoleErrors = jest.spyOn(console, 'error'); // the sandbox shares this console: React and Taro report here
  weapp = openWeapp(server.baseUrl);
}, 150_000);

afterEach(() => {
  const errors = consoleErrors.mock.calls.map((args) => args.map(String).join(' ').slice(0, 300));
  consoleErrors.mockClear();
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await server?.stop();
  await wechat?.close();
});

describe('weapp bundle (sandboxed, real server)', () => {
  it('loads without errors or eval', () => {
    expect(weapp.bundle.errors).toEqual([]);
    expect(weapp.bundle.attempts).toEqual([]);
  });

  it('首页 renders the 12 streets and towns from the API', async () => {
    const { streets } = await api<Overview>(server.baseUrl, 'org.overview');
    const home = weapp.open('pages/index/index');
    await home.waitForText('助联 · 西湖区社会救助服务');

    await home.waitForText('双浦镇');
    for (const street of streets) expect(home.text()).toContain(street.name);
    expect(home.classes().filter((c) => c === 'street-card')).toHaveLength(12);
  });

  it('the street subpackage page lists the station and its points', async () => {
    const { streets } = await api<Overview>(server.baseUrl, 'org.overview');
    const cuiyuan = streets.find((s) => s.name === '翠苑街道')!;
    // WeChat hands query values to onLoad still URL-encoded.
    const street = weapp.open('packages/org/pages/street/index', {
      code: cuiyuan.code,
      name: encodeURIComponent('翠苑街道'),
    });

    await street.waitForText('翠苑街道助联服务站');
    expect(street.text()).toContain('地址待补充');
    expect(street.classes().filter((c) => c.startsWith('point-card ') || c === 'point-card').length).toBeGreaterThan(5);
  });

  it('我的: 微信一键登录 with wx.login, then care mode on, persisted in wx storage', async () => {
    const mine = weapp.open('pages/mine/index');
    await mine.waitForText('微信一键登录');

    mine.tap('action-button');
    await mine.waitForText('退出登录');
    expect(String(weapp.storage.get('zhulian.session.v1'))).toContain('accessToken');

    mine.tap('care-switch');
    await mine.waitForText('已开启');
    expect(mine.classes().some((c) => c.split(' ').includes('zl-page--care'))).toBe(true);
    expect(weapp.storage.get('zhulian.careMode.v1')).toBe('on');
  });
});
