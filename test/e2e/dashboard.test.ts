/**
 * The district dashboard and the demand-side list as the hub (吴主任) sees them, at 375 px (nothing sticks out,
 * axe) and at 1280 px (chart and table side by side), in normal and care mode; screenshots into
 * test-output/screens/district-*.png. Needs `npm run build:h5 && npm run build:server`; run with `npm run e2e`.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, VIEWPORT_WIDTH, type Browser } from './support/browser';
import { apiAs, capture, idNumber, loginAs, openPath, openTab, serverForSuite } from './support/journey';
import { assertBuildsExist, type RunningServer } from './support/server';

jest.setTimeout(120_000);

type Mode = 'normal' | 'care';
let server: RunningServer;
let browser: Browser;
let page: Page;

const NEEDS = [
  { categories: ['basic_living'], needTier: 'survival', targetGroup: 'dibao', seq: '201' },
  { categories: ['elderly_care'], needTier: 'care', targetGroup: 'tekun', seq: '202' },
  { categories: ['employment'], needTier: 'development', targetGroup: 'dibian', seq: '203' },
];

beforeAll(async () => {
  assertBuildsExist();
  server = await serverForSuite();
  const call = await apiAs(server.baseUrl, '张阿姨');
  for (const need of NEEDS)
    await call(
      'applications.submit',
      {
        channel: 'self',
        subjectName: '张阿姨',
        idNumber: idNumber('19500101', need.seq),
        phone: '13912345678',
        divisionCode: '330106005055',
        address: '翠苑一区12幢3单元',
        needTier: need.needTier,
        categories: need.categories,
        targetGroup: need.targetGroup,
        urgency: 'normal',
        description: '家里生活有些困难，想请社区帮忙看看。',
        consents: { privacyNotice: true, sensitiveData: true },
      },
      { 'Idempotency-Key': randomUUID() },
    );
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
  await page.goto(`${server.baseUrl}/`);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(() => {
  const errors = browser ? browser.errors.splice(0) : [];
  expect(errors).toEqual([]);
});

describe.each<Mode>(['normal', 'care'])('district figures (%s mode)', (mode) => {
  it(`switches to ${mode} mode and logs in as the hub`, async () => {
    await page.setViewportSize({ width: VIEWPORT_WIDTH, height: 812 });
    await openTab(page, '我的');
    await page.locator('.care-switch').waitFor();
    const care = (await page.locator('.zl-page--care').count()) > 0;
    if (care !== (mode === 'care')) await page.locator('.care-switch').click();
    await loginAs(page, '吴主任');
    await page.locator('.mine-entries__item--dashboard').waitFor();
  });

  it.each([375, 1280])('the dashboard at %i px: every figure with its table', async (width) => {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await openPath(page, '/packages/district/pages/dashboard/index');
    await page.locator('.district-dash__kpis').waitFor();
    await page.locator('.district-figure--streets .district-table__row', { hasText: '翠苑街道' }).waitFor();
    // six figures with a chart, and 宣传码触达, which says no code was scanned yet in the demo data (no chart)
    await expect(page.locator('.district-figure').count()).resolves.toBe(7);
    await expect(page.locator('.district-chart canvas').count()).resolves.toBe(6);
    await page.getByText('这个月还没有人扫宣传码。').waitFor();
    if (width === 375) await capture(page, `district-dashboard-375-${mode}`);
    else await screenshot(page, `district-dashboard-1280-${mode}`);
  });

  it.each([375, 1280])('the demand-side list at %i px: a row opens its cases', async (width) => {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await openPath(page, '/packages/district/pages/demand/index');
    const dibao = page.locator('.district-table__row', { hasText: '低保' }).first();
    await dibao.waitFor();
    await dibao.click();
    await page.locator('.district-demand__case').first().waitFor();
    if (width === 375) await capture(page, `district-demand-375-${mode}`);
    else await screenshot(page, `district-demand-1280-${mode}`);
    await page.setViewportSize({ width: VIEWPORT_WIDTH, height: 812 });
  });
});
