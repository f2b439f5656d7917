/**
 * dist/weapp through WeChat's own pieces (see test/e2e/weapp-runtime/README.md): every WXML compiled by wcc and
 * every WXSS by wcsc (miniprogram-compiler), pages rendered from wcc's output by miniprogram-exparser via
 * j-component in a jsdom view realm, the logic layer in its own vm context with only WeChat's globals, setData
 * and events crossing as JSON, wx.request to the real server. Negative controls: a build with an empty text
 * template, one with broken event bindings and one with invalid WXML must each fail.
 * Needs `npm run build:weapp && npm run build:server`.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { assertBuildsExist, ROOT, startServer, type RunningServer } from './support/server';
import { startWechatStandIn, type WechatStandIn } from './support/wechat';
import { brokenBuild, type Breakage } from './weapp-runtime/controls';
import {
  applyWizardFirstSteps,
  careModeSwitches,
  homeShowsStreets,
  policyListRenders,
  streetCardsAnnounced,
  streetTapShowsPoints,
} from './weapp-runtime/journeys';
import { WeappRuntime } from './weapp-runtime/runtime';

jest.setTimeout(120_000);

const DIST = path.join(ROOT, 'dist/weapp');
const listFiles = (dir: string, base = dir): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
    )
    .sort();

let wechat: WechatStandIn;
let server: RunningServer;
let runtime: WeappRuntime;

beforeAll(async () => {
  assertBuildsExist(['weapp', 'server']);
  wechat = await startWechatStandIn();
  server = await startServer({
    env: { WECHAT_APP_ID: 'wx-e2e-app', WECHAT_APP_SECRET: 'e2e-secret', WECHAT_API_BASE: wechat.baseUrl },
  });
  runtime = new WeappRuntime(DIST, server.baseUrl);
}, 150_000);

afterEach(() => {
  // what WeChat's console would show: logic-layer errors, WXML runtime warnings, bindings to missing methods
  const problems = [
    ...runtime.problems.splice(0),
    ...runtime.view.warnings.splice(0),
    ...runtime.bundle.attempts.splice(0).map((attempt) => `code generation at run time: ${attempt}`),
  ];
  expect(problems).toEqual([]);
});

afterAll(async () => {
  runtime?.close();
  await server?.stop();
  await wechat?.close();
});

describe('weapp in WeChat’s runtime pieces (wcc, wcsc, exparser; real server)', () => {
  it('compiles every WXML and WXSS file with WeChat’s compilers; each page has a template and its styles', () => {
    const files = (ext: string) => listFiles(DIST).filter((f) => f.endsWith(ext));
    expect(runtime.compiled.wxml).toEqual(files('.wxml'));
    expect(runtime.compiled.wxss).toEqual(files('.wxss'));
    const routes = runtime.bundle.routes;
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => !runtime.view.hasTemplate(`${route}.wxml`))).toEqual([]);
    expect(runtime.view.hasTemplate('pages/nowhere/index.wxml')).toBe(false);

    runtime.open('/pages/index/index');
    // wcsc's code put app.wxss (with its @imports) and the page's WXSS into the view's <head>, rpx as px
    // for a 375-px-wide screen: 48rpx → 24px, 36rpx → 18px.
    const css = runtime.view.styles();
    expect(css).toMatch(/\.home__header\{[^}]*padding:24px 16px 16px/);
    expect(css).toMatch(/\.zl-page--care\{--zl-font-small:18px/);
  });

  it('runs the logic layer with WeChat’s globals only: no window, document or fetch; eval and new Function refused', () => {
    const inLogic = (code: string) => vm.runInContext(code, runtime.bundle.context);
    expect(inLogic('[typeof window, typeof document, typeof fetch, typeof wx, typeof Page]')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'object',
      'function',
    ]);
    expect(() => inLogic('eval("1")')).toThrow(/not allowed/);
    expect(() => inLogic('new Function("return 1")')).toThrow(/not allowed/);
    expect(runtime.bundle.attempts.splice(0)).toEqual(['eval(1)', 'Function(return 1)']); // only ours above
  });

  it('首页 shows the 12 streets and towns', async () => {
    await homeShowsStreets(runtime, server.baseUrl);
  });

  it('读屏 hears each street card as a link (aria-role in the rendered tree)', async () => {
    const announced = await streetCardsAnnounced(runtime);
    expect(announced).toHaveLength(12);
    expect(announced).toContain('翠苑街道: link');
  });

  it('a street tap navigates to the street page, which renders its points', async () => {
    await streetTapShowsPoints(runtime);
  });

  it('政策 renders the policy list', async () => {
    await policyListRenders(runtime, server.baseUrl);
  });

  it('我的: the care-mode switch turns care mode on and off', async () => {
    await careModeSwitches(runtime);
  });

  it('申请帮助: the wizard’s first steps render and move on', async () => {
    await applyWizardFirstSteps(runtime);
  });
});

describe('negative controls: a broken build fails the same journeys', () => {
  const cases: [Breakage, (r: WeappRuntime) => Promise<void>, RegExp][] = [
    ['empty text template', (r) => homeShowsStreets(r, server.baseUrl, 3_000), /never rendered/],
    [
      'broken event bindings',
      (r) => streetTapShowsPoints(r, 3_000),
      /reached no logic-layer handler \(bound: .*tap→onTapMissing/,
    ],
    ['invalid WXML', (r) => homeShowsStreets(r, server.baseUrl, 3_000), /wcc \(WXML\) failed.*expect end-tag `view`/],
    ['no aria attributes', async (r) => void (await streetCardsAnnounced(r, 3_000)), /\.street-card aria-role: \[null/],
  ];

  it.each(cases)('%s', async (breakage, journey, expected) => {
    const dist = brokenBuild(DIST, breakage);
    let broken: WeappRuntime | undefined;
    try {
      await expect(
        (async () => {
          broken = new WeappRuntime(dist.path, server.baseUrl);
          await journey(broken);
        })(),
      ).rejects.toThrow(expected);
    } finally {
      broken?.close();
      dist.remove();
    }
  });
});
