/**
 * Applying for oneself with a verified phone (issue 14.5): at most three screens — where, what is needed, review
 * with consent — counted in a real browser at 375 px, normal and care mode (care mode keeps one step per screen).
 * The account is a real WeChat login against a local stand-in for WeChat's servers (code2Session and the phone-number
 * API), its verified phone bound with auth.phone; the browser then opens the app with that session.
 * Needs `npm run build:h5 && npm run build:server`; run with `npm run e2e`.
 */
import type { Page } from 'playwright-core';
import { startWechatStub, type WechatStub } from '../server/support/wechat-stub';
import { launchBrowser, type Browser } from './support/browser';
import { capture, openPath } from './support/journey';
import { assertBuildsExist, startServer, type RunningServer } from './support/server';

jest.setTimeout(90_000);

const APP_ID = 'wx-e2e-quick';
const PHONE = '13912345678';

let wechat: WechatStub;
let server: RunningServer;
let browser: Browser;
let page: Page;

async function post<T>(name: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${server.baseUrl}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { ok: boolean; data: T };
  if (!json.ok) throw new Error(`${name} failed: ${JSON.stringify(json)}`);
  return json.data;
}

/** A resident who logged in with WeChat and bound the phone with WeChat's phone-number button. */
async function verifiedResident(n: number): Promise<unknown> {
  wechat.codes.set(`login-${n}`, { body: { openid: `o-quick-${n}`, session_key: 'never-used' } });
  wechat.codes.set(`phone-${n}`, {
    body: {
      errcode: 0,
      errmsg: 'ok',
      phone_info: { phoneNumber: PHONE, purePhoneNumber: PHONE, countryCode: '86', watermark: { appid: APP_ID } },
    },
  });
  const session = await post<{ accessToken: string }>('auth.wechat', { code: `login-${n}` });
  await post('auth.phone', { code: `phone-${n}` }, session.accessToken);
  const user = await post('me.get', {}, session.accessToken);
  return { ...session, user };
}

/** Opens the wizard as that resident (the session stored the way the app stores it), in the given mode. */
async function openWizardAs(session: unknown, care: boolean): Promise<void> {
  await page.goto(`${server.baseUrl}/`);
  await page.evaluate(
    ({ session, care }) => {
      localStorage.clear();
      localStorage.setItem('zhulian.session.v1', JSON.stringify({ data: session }));
      localStorage.setItem('zhulian.careMode.v1', JSON.stringify({ data: care ? 'on' : 'off' }));
    },
    { session: JSON.stringify(session), care },
  );
  await openPath(page, '/packages/apply/pages/wizard/index');
  await page.locator('.apply__step-title').waitFor();
}

const choose = (field: string, value: string) =>
  page.locator(`.form-choice--${field} .form-choice__option[data-value="${value}"]`).click();
const fill = (field: string, value: string) =>
  page.locator(`.form-field--${field}`).locator('input, textarea').first().fill(value);
const title = async () => (await page.locator('.apply__step-title').textContent())?.trim() ?? '';
const progress = async () => (await page.locator('.apply__progress').textContent())?.trim() ?? '';

/** Taps 下一步 and waits for the next screen's title to differ. */
async function nextScreen(): Promise<void> {
  const before = await title();
  await page.locator('.apply__next').click();
  await page.waitForFunction((t) => document.querySelector('.apply__step-title')?.textContent?.trim() !== t, before);
}

beforeAll(async () => {
  assertBuildsExist();
  wechat = await startWechatStub(APP_ID);
  server = await startServer({
    env: { WECHAT_APP_ID: APP_ID, WECHAT_APP_SECRET: 'e2e-secret', WECHAT_API_BASE: wechat.url },
  });
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(15_000);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await wechat?.close();
});

afterEach(() => {
  const errors = browser ? browser.errors.splice(0) : [];
  expect(errors).toEqual([]);
});

describe('apply for oneself with a verified phone (375 px)', () => {
  it('takes three screens in normal mode and submits with the verified phone', async () => {
    await openWizardAs(await verifiedResident(1), false);
    expect(await page.locator('.zl-page--care').count()).toBe(0);
    const screens: string[] = [];

    await choose('channel', 'self');
    await page.locator('.form-field--subjectName').waitFor();
    screens.push(await title());
    expect(await progress()).toBe('第 1 步，共 3 步');
    expect(await page.locator('.form-field--phone').count()).toBe(0);
    await fill('subjectName', '张桂英');
    await choose('street', '330106005000');
    await choose('community', '330106005055');
    await fill('address', '翠苑一区 12 幢 3 单元 402 室');
    await capture(page, 'apply-quick-1-where-normal');
    await nextScreen();

    screens.push(await title());
    await choose('needTier', 'care');
    await choose('urgency', 'normal');
    await fill('description', '我一个人住，腿脚不好，买菜做饭都难，想有人帮帮忙。');
    await capture(page, 'apply-quick-2-need-normal');
    await nextScreen();

    screens.push(await title());
    expect(await progress()).toBe('第 3 步，共 3 步');
    await choose('privacyNotice', 'yes');
    await choose('sensitiveData', 'yes');
    await capture(page, 'apply-quick-3-review-normal');
    expect(screens).toEqual(['您的姓名和住址', '需要什么帮助', '核对并同意后提交']);

    await page.locator('.apply__submit').click();
    await page.waitForURL(/packages\/apply\/pages\/receipt/);
    await page.locator('.receipt__reference').waitFor();
    process.stdout.write(
      `self application with a verified phone: ${screens.length} screens (${screens.join(' → ')})\n`,
    );
  });

  it('keeps one step per screen in care mode, still without asking the phone', async () => {
    await openWizardAs(await verifiedResident(2), true);
    expect(await page.locator('.zl-page--care').count()).toBe(1);
    const screens: string[] = [];
    const step = async (shot: string, fillIn: () => Promise<void>) => {
      screens.push(await title());
      await fillIn();
      await capture(page, `apply-quick-${screens.length}-${shot}-care`);
      if (shot !== 'review') await nextScreen();
    };
    await step('who', () => choose('channel', 'self'));
    await step('person', async () => {
      expect(await page.locator('.form-field--phone').count()).toBe(0);
      await fill('subjectName', '张桂英');
    });
    await step('where', async () => {
      await choose('street', '330106005000');
      await choose('community', '330106005055');
      await fill('address', '翠苑一区 12 幢 3 单元 402 室');
    });
    await step('need', async () => {
      await choose('needTier', 'care');
      await choose('urgency', 'normal');
    });
    await step('describe', () => fill('description', '我一个人住，腿脚不好，买菜做饭都难。'));
    await step('consent', async () => {
      await choose('privacyNotice', 'yes');
      await choose('sensitiveData', 'yes');
    });
    await step('review', async () => undefined);
    expect(await progress()).toBe('第 7 步，共 7 步');
    expect(screens).toHaveLength(7);
    await page.locator('.apply__submit').click();
    await page.waitForURL(/packages\/apply\/pages\/receipt/);
    await page.locator('.receipt__reference').waitFor();
    process.stdout.write(`the same in care mode: ${screens.length} screens (${screens.join(' → ')})\n`);
  });
});
