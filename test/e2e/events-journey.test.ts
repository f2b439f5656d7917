/**
 * End-to-end journey of issue 13 point 3 in a real browser against the built server: the 民政 department officer
 * publishes a 十二春风 event; a resident finds it in 社区活动 and signs up her mother; the officer checks the mother
 * in from the attendee list; the attendance is one more 人次 for the department in the figures.
 * Screenshots (375 px, normal and care mode) of the events list and the event detail go to test-output/screens.
 * Needs `npm run build:h5 && npm run build:server`; run with `npm run e2e`.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './support/browser';
import { apiAs, capture, loginAs, openPath, openTab, serverForSuite, visibleText } from './support/journey';
import { assertBuildsExist, type RunningServer } from './support/server';

jest.setTimeout(120_000);

const OFFICER = '孙科长'; // dept_officer of 区民政局
const RESIDENT = '张阿姨';
const MOTHER = '张桂英';
const THEME = `十二春风 义诊进社区 ${Date.now() % 100000}`;
const CHINA_DAY = (offsetDays: number) =>
  new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

let server: RunningServer;
let browser: Browser;
let page: Page;
let eventId = '';

const fill = (field: string, value: string) =>
  page.locator(`.form-field--${field}`).locator('input, textarea').first().fill(value);

async function careMode(on: boolean, pagePath: string): Promise<void> {
  await openTab(page, '我的');
  await page.locator('.care-switch').waitFor();
  const isOn = (await page.locator('.mine.zl-page--care').count()) > 0;
  if (isOn !== on) await page.locator('.care-switch').click();
  await expect(page.locator('.mine.zl-page--care').count()).resolves.toBe(on ? 1 : 0);
  await openPath(page, pagePath);
}

type Figures = { items: { key: string | null; personTimes: number }[] };
async function departmentPersonTimes(departmentId: string): Promise<number> {
  const call = await apiAs(server.baseUrl, OFFICER);
  const today = CHINA_DAY(0);
  const figures = await call<Figures>('events.personTimes', { from: today, to: today, groupBy: 'department' });
  return figures.items.find((i) => i.key === departmentId)?.personTimes ?? 0;
}

beforeAll(async () => {
  assertBuildsExist();
  server = await serverForSuite();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(() => {
  const errors = browser ? browser.errors.splice(0) : [];
  expect(errors).toEqual([]);
});

describe('events journey (375 px)', () => {
  it('(1) the 民政 officer publishes a 十二春风 event', async () => {
    await page.goto(`${server.baseUrl}/`);
    await loginAs(page, OFFICER);
    await page.locator('.mine-entries__item--events-manage').click();
    await page.waitForURL(/packages\/events\/pages\/manage/);
    await page.locator('.manage__new').click();
    await fill('theme', THEME);
    await page.locator('.form-choice--month .form-choice__option[data-value="3"]').click();
    await fill('address', '翠苑一区文化家园');
    await fill('street', '330106005000');
    await fill('date', CHINA_DAY(2));
    await fill('audience', '60 岁以上老人');
    await fill('capacity', '2');
    await page.locator('.action-button', { hasText: '发布' }).first().click();
    const card = page.locator('.manage__card', { hasText: THEME });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('十二春风·3月');
  });

  it('(2) a resident finds it in 社区活动 and signs up her mother', async () => {
    await loginAs(page, RESIDENT);
    await page.locator('.mine-entries__item--events').click();
    await page.waitForURL(/packages\/events\/pages\/index/);
    await page.locator('.events__street', { hasText: '翠苑街道' }).click();
    const card = page.locator('.event-card', { hasText: THEME });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('还有 2 个名额');
    await capture(page, 'events-list-normal');
    await card.click();
    await page.waitForURL(/packages\/events\/pages\/detail/);
    eventId = new URL(page.url().replace('#/', '')).searchParams.get('id') ?? '';
    expect(eventId).not.toBe('');
    await page.locator('.event__title', { hasText: THEME }).waitFor();
    await capture(page, 'events-detail-normal');

    const detail = `/packages/events/pages/detail/index?id=${eventId}`;
    await careMode(true, '/packages/events/pages/index/index');
    await page.locator('.event-card').first().waitFor();
    await capture(page, 'events-list-care');
    await openPath(page, detail);
    await page.locator('.event__title', { hasText: THEME }).waitFor();
    await capture(page, 'events-detail-care');
    await careMode(false, detail);

    await page.locator('.event__title', { hasText: THEME }).waitFor();
    await page.locator('.form-choice--who .form-choice__option[data-value="relative"]').click();
    await fill('relative-name', MOTHER);
    await fill('relative-phone', '13900001234');
    await page.locator('.event__signup .action-button', { hasText: '报名' }).click();
    await page.locator('.event__result', { hasText: `已帮${MOTHER}报上名了` }).waitFor();
    // the places left are read again after the result shows (the page reloads the event): wait for the new count
    await page.getByText('还有 1 个名额').first().waitFor();
    await expect(visibleText(page)).resolves.toContain('还有 1 个名额');
  });

  it('(3) the officer checks the mother in; the attendance is one more 人次 for 民政', async () => {
    const officer = await apiAs(server.baseUrl, OFFICER);
    const event = await officer<{ department: { id: string } }>('events.get', { id: eventId });
    const before = await departmentPersonTimes(event.department.id);

    await loginAs(page, OFFICER);
    await openPath(page, `/packages/events/pages/attendees/index?id=${eventId}`);
    const row = page.locator('.attendees__row', { hasText: MOTHER });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('家人代报');
    await row.locator('.attendees__checkin').click();
    await row.locator('.attendees__done', { hasText: '已签到' }).waitFor();

    expect(await departmentPersonTimes(event.department.id)).toBe(before + 1);
  });
});
