/**
 * H5 smoke test in a real browser: the built server (API + dist/h5 on one origin) and Debian's Chromium at 375 px.
 * Needs `npm run build:h5 && npm run build:server` first; run with `npm run e2e`.
 * Screenshots of every page, normal and care mode, go to test-output/screens/.
 */
import type { Page } from 'playwright-core';
import {
  launchBrowser,
  overflowingElements,
  screenshot,
  scrollWidth,
  VIEWPORT_WIDTH,
  type Browser,
} from './support/browser';
import { api, assertBuildsExist, startServer, type RunningServer } from './support/server';

type Overview = { streets: { code: string; name: string; communityCount: number; station: { name: string } | null }[] };
type Points = { items: { name: string; level: string }[] };

jest.setTimeout(120_000);

const STREET = '翠苑街道';
let server: RunningServer;
let browser: Browser;
let page: Page;
let overview: Overview;

/** Screenshot + the sideways-overflow check every page must pass. */
async function capture(name: string): Promise<void> {
  await page.waitForTimeout(300); // let fonts and the tab bar settle
  await screenshot(page, name);
  const width = await scrollWidth(page);
  expect({ page: name, scrollWidth: width }).toEqual({ page: name, scrollWidth: VIEWPORT_WIDTH });
  expect({ page: name, overflowing: await overflowingElements(page, VIEWPORT_WIDTH) }).toEqual({
    page: name,
    overflowing: [],
  });
}

async function openTab(label: '首页' | '我的'): Promise<void> {
  await page.locator('.weui-tabbar__item', { hasText: label }).click();
}

async function fontSizePx(selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

beforeAll(async () => {
  assertBuildsExist();
  server = await startServer();
  overview = await api<Overview>(server.baseUrl, 'org.overview');
  browser = await launchBrowser();
  page = browser.page;
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(() => {
  // Uncaught errors or console errors in the page fail the step that caused them.
  const errors = browser ? browser.errors.splice(0) : [];
  expect(errors).toEqual([]);
});

describe('H5 smoke (375 px)', () => {
  it('home lists all 12 streets and towns from the API', async () => {
    expect(overview.streets).toHaveLength(12);
    expect(overview.streets.map((s) => s.name)).toEqual(expect.arrayContaining(['北山街道', '三墩镇', '双浦镇']));

    await page.goto(`${server.baseUrl}/`);
    await page.getByText('助联 · 西湖区社会救助服务').waitFor();
    for (const street of overview.streets) {
      const card = page.locator('.street-card', { hasText: street.name });
      await expect(card.count()).resolves.toBe(1);
      await expect(card.textContent()).resolves.toContain(`${street.communityCount} 个村社服务点`);
    }
    await capture('home-normal');
  });

  it('opens a street page with its station and community points', async () => {
    const code = overview.streets.find((s) => s.name === STREET)!.code;
    const points = await api<Points>(server.baseUrl, 'servicePoints.list', { streetCode: code });

    await page.locator('.street-card', { hasText: STREET }).click();
    await page.waitForURL(/packages\/org\/pages\/street/);
    await page.locator('.point-card').first().waitFor();
    await expect(page.locator('.point-card').count()).resolves.toBe(points.items.length);
    await expect(page.locator('.point-card').first().textContent()).resolves.toContain(`${STREET}助联服务站`);
    await capture('street-normal');
    await page.goBack();
    await page.locator('.street-card').first().waitFor();
  });

  it('logs in on 我的 with a demo account and shows the name', async () => {
    await openTab('我的');
    await page.getByText('选择一个演示账号登录').waitFor();
    await capture('mine-login-normal');

    await page.locator('.dev-login__user', { hasText: '陈社工' }).click();
    await page.getByText('您好，陈社工').waitFor();
    await expect(page.locator('.profile').textContent()).resolves.toContain('村社服务点工作人员');
    await capture('mine-profile-normal');
  });

  it('turns on care mode: larger text, kept after a reload', async () => {
    const normalBody = await fontSizePx('.profile__line');
    expect(normalBody).toBeGreaterThanOrEqual(16);

    await page.locator('.care-switch').click();
    await page.getByText('已开启').waitFor();
    // Care mode is app-wide: the hidden 首页 (kept mounted by Taro) switches too.
    await expect(page.locator('.zl-page--care').count()).resolves.toBe(2);
    await expect(page.locator('.mine.zl-page--care').count()).resolves.toBe(1);
    expect(await fontSizePx('.profile__line')).toBeGreaterThanOrEqual(18);
    const toggle = await page.locator('.care-switch__toggle').boundingBox();
    expect(toggle!.height).toBeGreaterThanOrEqual(44);
    await capture('mine-profile-care');

    await page.reload();
    await page.getByText('您好，陈社工').waitFor();
    await expect(page.locator('.mine.zl-page--care').count()).resolves.toBe(1);
  });

  it('care mode: every page fits 375 px', async () => {
    await openTab('首页');
    await page.locator('.street-card').first().waitFor();
    expect(await fontSizePx('.street-card__count')).toBeGreaterThanOrEqual(18);
    await capture('home-care');

    await page.locator('.street-card', { hasText: STREET }).click();
    await page.locator('.point-card').first().waitFor();
    await capture('street-care');
    await page.goBack();

    await openTab('我的');
    await page.locator('.profile__logout').click();
    await page.getByText('确定要退出登录吗？').waitFor();
    await capture('mine-logout-dialog-care');
    await page.locator('.dialog__action', { hasText: '退出登录' }).click();
    await page.getByText('选择一个演示账号登录').waitFor();
    await capture('mine-login-care');
  });

  it('shows a skeleton while loading, then an error with a retry that recovers', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/org.overview', async (route) => {
      await held;
      await route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          code: 'SERVICE_UNAVAILABLE',
          message: '系统正在维护，请稍后再试',
          requestId: 'e2e-503',
        }),
      });
    });

    await page.goto(`${server.baseUrl}/#/pages/index/index`);
    await page.reload(); // a hash change alone keeps the mounted page and its data
    await page.locator('.skeleton').first().waitFor();
    await capture('home-loading-care');
    release();
    await page.getByText('内容没有加载出来').waitFor();
    await capture('home-error-care');

    await page.unroute('**/api/org.overview');
    await page.getByText('重新加载').click();
    await page.locator('.street-card', { hasText: '双浦镇' }).waitFor();
    // The browser logs the 503 we injected; anything else still fails in afterEach.
    const unexpected = browser.errors.splice(0).filter((e) => !e.includes('status of 503'));
    browser.errors.push(...unexpected);
  });
});
