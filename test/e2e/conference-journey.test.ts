/**
 * End-to-end journey of issue 13.1–13.2 in a real browser against the built server: a resident's case reaches the
 * community worker, who convenes a case conference from the case page with the civil-affairs bureau and the
 * resident, records a decision and a follow-up task for the bureau; the task appears on the bureau officer's
 * workbench (我的待办) and is marked done; the resident reads only the plain sentence of the decision. The hub then
 * opens this month's joint meeting on the desktop and gives the bureau an action item.
 * Screenshots of the conference (375 px) and the meeting (375 px and 1280 px), normal and care mode, go to
 * test-output/screens. Needs `npm run build:h5 && npm run build:server`; run with `npm run e2e`.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, scrollWidth, type Browser } from './support/browser';
import { apiAs, capture, idNumber, loginAs, openPath, openTab, serverForSuite, visibleText } from './support/journey';
import { assertBuildsExist, type RunningServer } from './support/server';

jest.setTimeout(120_000);

const WORKER = '陈社工';
const OFFICER = '孙科长';
const HUB = '吴主任';
const DETAIL = '民政局牵头核对低保边缘条件，社工下周二上门，请医保窗口同步了解住院费用。';
const PLAIN = '我们下周二上门，帮您申请生活补助。';
const TASK = '核对低保边缘条件并回复社工';

let server: RunningServer;
let browser: Browser;
let page: Page;
let applicationId = '';
let conferenceUrl = '';
let meetingUrl = '';

const field = (name: string) => page.locator(`.staff-field__input--${name}`).locator('input, textarea').first();
const choice = (label: string) => page.locator('.staff-choice__item', { hasText: label }).first();

async function careMode(on: boolean, pagePath: string): Promise<void> {
  await openTab(page, '我的');
  await page.locator('.care-switch').waitFor();
  const isOn = (await page.locator('.mine.zl-page--care').count()) > 0;
  if (isOn !== on) await page.locator('.care-switch').click();
  await expect(page.locator('.mine.zl-page--care').count()).resolves.toBe(on ? 1 : 0);
  await openPath(page, pagePath);
}

/** A desktop screenshot: the page fits 1280 px without horizontal scrolling. */
async function captureWide(name: string): Promise<void> {
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForTimeout(300);
  await screenshot(page, name);
  expect({ page: name, scrollWidth: await scrollWidth(page) }).toEqual({ page: name, scrollWidth: 1280 });
  await page.setViewportSize(before);
}

const pathOf = (url: string) => url.replace(/^.*#/, '');

beforeAll(async () => {
  assertBuildsExist();
  server = await serverForSuite();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
  const resident = await apiAs(server.baseUrl, '张阿姨');
  const submitted = await resident<{ id: string }>(
    'applications.submit',
    {
      channel: 'self',
      subjectName: '张桂英',
      idNumber: idNumber('19580312', '226'),
      phone: '13712345679',
      divisionCode: '330106005055',
      address: '翠苑一区 8 幢 2 单元 301 室',
      needTier: 'survival',
      categories: ['basic_living', 'medical'],
      targetGroup: 'unknown',
      urgency: 'normal',
      description: '老伴住院后家里收入少了，药费也负担不起。',
      consents: { privacyNotice: true, sensitiveData: true },
    },
    { 'Idempotency-Key': randomUUID() },
  );
  applicationId = submitted.id;
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(() => {
  const errors = browser ? browser.errors.splice(0) : [];
  expect(errors).toEqual([]);
});

describe('conference journey', () => {
  it('(1) the worker convenes a conference from the case page', async () => {
    await page.goto(`${server.baseUrl}/`);
    await loginAs(page, WORKER);
    await openPath(page, `/packages/staff/pages/case/index?id=${applicationId}`);
    await page.locator('.case-code__text', { hasText: '召集会商' }).click();
    await page.waitForURL(/packages\/meet\/pages\/convene/);
    await field('title').fill('张桂英家的困难一起商量');
    await field('place').fill('翠苑一区社区服务点会议室');
    await field('agenda').fill('一、了解住院后的生活情况；二、商量补助和就医办法；三、分工。');
    await choice('居民本人或代表').click();
    await choice('区民政局').click();
    await page.locator('.meet__submit').click();
    await page.waitForURL(/packages\/meet\/pages\/conference/);
    conferenceUrl = pathOf(page.url());
    await page.locator('.meet__title', { hasText: '张桂英家的困难一起商量' }).waitFor();
    const text = await visibleText(page);
    expect(text).toContain('参会：');
    expect(text).toContain('区民政局');
  });

  it('(2) records a decision and a follow-up task for the bureau', async () => {
    await field('detail').fill(DETAIL);
    await field('plain').fill(PLAIN);
    await page.locator('.meet__submit', { hasText: '保存决定' }).click();
    await page.locator('.meet__line', { hasText: `居民看到：${PLAIN}` }).waitFor();
    await field('task').fill(TASK);
    await choice('区民政局').click();
    await page.locator('.meet__submit', { hasText: '保存待办' }).click();
    await page.locator('.meet-task__title', { hasText: TASK }).waitFor();
    await expect(visibleText(page)).resolves.toContain('负责：区民政局');
    await capture(page, 'conference-normal');
    await careMode(true, conferenceUrl);
    await page.locator('.meet-task__title', { hasText: TASK }).waitFor();
    await capture(page, 'conference-care');
    await careMode(false, conferenceUrl);
  });

  it('(3) the task is on the bureau officer’s workbench and is marked done', async () => {
    await loginAs(page, OFFICER);
    await page.locator('.mine-entries__item--workbench').click();
    await page.waitForURL(/packages\/staff\/pages\/queue/);
    await page.locator('.my-tasks__title', { hasText: '我的待办（1）' }).waitFor();
    await expect(page.locator('.my-tasks__item').first().textContent()).resolves.toContain(TASK);
    await page.locator('.my-tasks__more').click();
    await page.waitForURL(/packages\/meet\/pages\/tasks/);
    const card = page.locator('.meet-task', { has: page.locator('.meet-task__title', { hasText: TASK }) });
    await card.locator('.meet-task__done').click();
    await card.locator('.meet-task__badge', { hasText: '已完成' }).waitFor();
  });

  it('(4) the resident reads only the plain sentence of the decision', async () => {
    const resident = await apiAs(server.baseUrl, '张阿姨');
    const detail = await resident<{ timeline: { text: string }[] }>('applications.get', { id: applicationId });
    expect(detail.timeline.map((e) => e.text)).toContain(`相关部门一起商量了您的事：${PLAIN}`);
    expect(JSON.stringify(detail)).not.toContain('民政局牵头');
    expect(JSON.stringify(detail)).not.toContain(TASK);
  });

  it('(5) the hub opens this month’s joint meeting on the desktop and gives the bureau an action item', async () => {
    await loginAs(page, HUB);
    await page.locator('.mine-entries__item--meetings').click();
    await page.waitForURL(/packages\/meet\/pages\/meetings/);
    await page.locator('.meet__section', { hasText: '的会议' }).waitFor();
    await expect(visibleText(page)).resolves.toContain('全区超期未办的案件');
    await choice('区民政局').click();
    await choice('区卫生健康局').click();
    await page.locator('.meet__submit', { hasText: '建立会议记录' }).click();
    await page.waitForURL(/packages\/meet\/pages\/meeting\/index/);
    meetingUrl = pathOf(page.url());
    await field('action').fill('摸排辖区独居老人的就医困难');
    await page.locator('.meet__submit', { hasText: '布置事项' }).click();
    await page.locator('.meet-task__title', { hasText: '摸排辖区独居老人的就医困难' }).waitFor();
    await expect(visibleText(page)).resolves.toContain('参会部门：区民政局、区卫生健康局');
    await capture(page, 'meeting-normal');
    await captureWide('meeting-wide-normal');
    await careMode(true, meetingUrl);
    await page.locator('.meet-task__title').first().waitFor();
    await capture(page, 'meeting-care');
    await captureWide('meeting-wide-care');
    await careMode(false, meetingUrl);
    await openPath(page, '/packages/meet/pages/meetings/index');
    await page.locator('.meet__row').first().waitFor();
    await captureWide('meetings-wide-normal');
  });
});
