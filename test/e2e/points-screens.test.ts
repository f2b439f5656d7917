/**
 * Issue 14 screens at 375 px, normal and care mode: the point self-service page (陈社工 enters the phone of
 * 翠苑一区社区) and a receipt that then shows that number with whose it is. Screenshots go to test-output/screens/.
 * Needs `npm run build:h5 && npm run build:server`; run with `npm run e2e -- test/e2e/points-screens.test.ts`.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './support/browser';
import { apiAs, capture, idNumber, loginAs, openPath, openTab, serverForSuite } from './support/journey';
import { assertBuildsExist, type RunningServer } from './support/server';

jest.setTimeout(90_000);

type Mode = 'normal' | 'care';
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  assertBuildsExist();
  server = await serverForSuite();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.baseUrl}/`);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(() => {
  expect(browser ? browser.errors.splice(0) : []).toEqual([]);
});

describe.each<Mode>(['normal', 'care'])('issue 14 screens at 375 px (%s mode)', (mode) => {
  const shot = (name: string) => capture(page, `screens-${name}-${mode}`);

  it(`switches to ${mode} mode`, async () => {
    await openTab(page, '我的');
    await page.locator('.care-switch').waitFor();
    const care = (await page.locator('.zl-page--care').count()) > 0;
    if (care !== (mode === 'care')) await page.locator('.care-switch').click();
  });

  it('point staff keep their point: the self-service page', async () => {
    await loginAs(page, '陈社工');
    await openPath(page, '/packages/staff/pages/point/index');
    await page.locator('.point-edit__form').waitFor();
    await page.locator('.staff-field__input--phone').locator('input').first().fill('0571-88880001');
    await page.locator('.staff-field__input--address').locator('input').first().fill('翠苑一区 12 幢 1 楼');
    await page.locator('.point-edit__form .action-button', { hasText: '保存' }).click();
    await page.locator('.point-edit__message', { hasText: '已保存' }).waitFor();
    await shot('point-edit');
  });

  it('the receipt shows one number to call and whose it is', async () => {
    const call = await apiAs(server.baseUrl, '张阿姨');
    const submitted = await call<{ id: string }>(
      'applications.submit',
      {
        channel: 'self',
        subjectName: '张阿姨',
        idNumber: idNumber('19500101', mode === 'care' ? '124' : '123'),
        phone: '13912345678',
        divisionCode: '330106005055',
        address: '翠苑一区12幢3单元',
        needTier: 'survival',
        categories: ['basic_living'],
        targetGroup: 'unknown',
        urgency: 'normal',
        description: '老伴住院后家里收入少了，生活有些困难。',
        consents: { privacyNotice: true, sensitiveData: true },
      },
      { 'Idempotency-Key': randomUUID() },
    );
    await loginAs(page, '张阿姨');
    await openPath(page, `/packages/apply/pages/receipt/index?id=${submitted.id}`);
    await page.locator('.contact-plan__call-text', { hasText: '0571-88880001' }).waitFor();
    await page.locator('.contact-plan__whose', { hasText: '这是翠苑一区社区助联服务点的电话' }).waitFor();
    await shot('receipt-phone');
  });
});
