/**
 * Helpers for the end-to-end journeys and the screen sweep: demo logins in the browser and through the API,
 * valid test data (ID number, JPEG), and the screenshot + sideways-overflow check every page must pass.
 */
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { idCheckCharacter } from '../../../shared/domain/identity';
import { isBlocking, runAxe } from './axe';
import { overflowingElements, screenshot, scrollWidth, VIEWPORT_WIDTH } from './browser';
import { api, startServer, type RunningServer } from './server';

/**
 * The built server for a suite. E2E_BASE_URL reuses one already running (handy while writing a test;
 * the suites only add data, so they tolerate a server that has seen earlier runs).
 */
export async function serverForSuite(): Promise<RunningServer> {
  const reuse = process.env.E2E_BASE_URL;
  if (!reuse) return startServer();
  return { baseUrl: reuse.replace(/\/$/, ''), dataDir: '', stop: async () => undefined, output: () => '' };
}

/** A GB 11643 resident ID number with the right check character (Xihu district, born on `birth`). */
export function idNumber(birth: string, sequence = '123'): string {
  const first17 = `330106${birth}${sequence}`;
  return first17 + idCheckCharacter(first17);
}

/** A small real JPEG (a flat-colour photo), made at test time. */
export function tinyJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 60 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

type DevUsers = { enabled: boolean; users: { id: string; displayName: string }[] };
type Session = { accessToken: string };

/** A demo account acting through the API (e.g. staff accepting a case while the browser is someone else). */
export async function apiAs(baseUrl: string, displayName: string) {
  const { users } = await api<DevUsers>(baseUrl, 'auth.devUsers');
  const user = users.find((u) => u.displayName === displayName);
  if (!user) throw new Error(`no demo user ${displayName}`);
  const { accessToken } = await api<Session>(baseUrl, 'auth.devLogin', { userId: user.id });
  return async function call<T>(name: string, input: unknown = {}, headers: Record<string, string> = {}): Promise<T> {
    const res = await fetch(`${baseUrl}/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}`, ...headers },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; data: T };
    if (!body.ok) throw new Error(`${name} as ${displayName} failed: ${JSON.stringify(body)}`);
    return body.data;
  };
}

const TAB_PATHS = {
  首页: '/pages/index/index',
  政策: '/pages/policies/index',
  直播: '/pages/live/index',
  我的: '/pages/mine/index',
} as const;

/** Opens a tab: with the tab bar when it shows, else (from a subpackage page) by its address, as a shared link would. */
export async function openTab(page: Page, label: keyof typeof TAB_PATHS): Promise<void> {
  const item = page.locator('.weui-tabbar__item', { hasText: label });
  if (await item.isVisible()) {
    await item.click();
    return;
  }
  await openPath(page, TAB_PATHS[label]);
}

/** Opens a page by its path ("/packages/org/pages/point/index?id=…"), reloading the app like a shared link. */
export async function openPath(page: Page, pagePath: string): Promise<void> {
  const origin = new URL(page.url()).origin;
  await page.goto(`${origin}/#${pagePath}`);
  await page.reload(); // a hash change alone keeps the mounted page and its data
}

/** Logs in on 我的 with a demo account (logging out whoever is in first). */
export async function loginAs(page: Page, displayName: string): Promise<void> {
  await openTab(page, '我的');
  const greeting = page.locator('.mine .profile__name');
  const login = page.locator('.dev-login__user').first();
  await greeting.or(login).first().waitFor();
  if (await greeting.isVisible()) {
    if ((await greeting.textContent())?.trim() === displayName) return;
    await logout(page);
  }
  await page.locator('.dev-login__user', { hasText: displayName }).click();
  await page.locator('.mine .profile__name', { hasText: displayName }).waitFor();
}

export async function logout(page: Page): Promise<void> {
  await openTab(page, '我的');
  await page.locator('.profile__logout').click();
  await page.locator('.dialog__action', { hasText: '退出登录' }).click();
  await page.locator('.dev-login__user').first().waitFor();
}

/**
 * Whole-page screenshot into test-output/screens/, the check that nothing sticks out past 375 px, and axe-core
 * (WCAG 2.1 AA): no serious or critical violation.
 */
export async function capture(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(250); // let fonts and the tab bar settle
  await screenshot(page, name);
  const width = await scrollWidth(page);
  expect({ page: name, scrollWidth: width }).toEqual({ page: name, scrollWidth: VIEWPORT_WIDTH });
  expect({ page: name, overflowing: await overflowingElements(page, VIEWPORT_WIDTH) }).toEqual({
    page: name,
    overflowing: [],
  });
  const axe = await runAxe(page, name);
  expect({ page: name, axe: axe.violations.filter(isBlocking) }).toEqual({ page: name, axe: [] });
}

/** The visible page's text (Taro keeps earlier pages of the stack mounted but hidden). */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.zl-page'))
      .filter((el) => el.offsetParent !== null)
      .map((el) => el.innerText)
      .join('\n'),
  );
}
