/** Debian's Chromium driven by playwright-core (never downloads a browser), fresh profile per run. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './server';

export const VIEWPORT_WIDTH = 375;
export const SCREENS_DIR = path.join(ROOT, 'test-output/screens');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Console noise that is not a product failure, each with its reason. Everything else fails the test.
 * Both come from Taro's H5 components under the server's Content-Security-Policy (default-src 'self'):
 */
const HARMLESS_CONSOLE: RegExp[] = [
  // The H5 tab bar items are <a href="javascript:;">; the CSP blocks the no-op href, Taro's click handler navigates.
  /Running the JavaScript URL violates the following Content Security Policy/,
  // Taro's H5 component CSS embeds the WeUI icon font as a data: URL; no page of ours uses those icons.
  /Loading the font 'data:application\/octet-stream;base64,.*violates the following Content Security Policy/s,
];

export type Browser = { context: BrowserContext; page: Page; errors: string[]; close: () => Promise<void> };

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'zhulian-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: VIEWPORT_WIDTH, height: 812 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai', // the residents' phones: times read the same on every page as in Hangzhou
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !HARMLESS_CONSOLE.some((pattern) => pattern.test(text)))
      errors.push(`console: ${text}`);
  });

  const close = async () => {
    await context.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, errors, close };
}

/**
 * Whole-page screenshot into test-output/screens/<name>.png. Taro H5 scrolls an inner panel, not the document,
 * so `fullPage` alone stops at the viewport: grow the viewport by the hidden height, shoot, restore.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  const viewport = page.viewportSize()!;
  const hidden = await page.evaluate(() => {
    let extra = 0;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('*'))) {
      const { overflowY } = getComputedStyle(el);
      if (overflowY !== 'auto' && overflowY !== 'scroll') continue;
      el.scrollTop = 0; // clicks scroll targets into view; shoot every page from its top
      extra = Math.max(extra, el.scrollHeight - el.clientHeight);
    }
    return extra;
  });
  await page.setViewportSize({ width: viewport.width, height: Math.min(viewport.height + hidden, 12_000) });
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
  await page.setViewportSize(viewport);
}

/** Width of the scrolling element: more than the viewport means something overflows sideways. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);
}

/** Elements of the visible page that stick out past the right edge (clipped text inside inner scrollers). */
export function overflowingElements(page: Page, width: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.zl-page')).filter(
      (el) => el.offsetParent !== null,
    );
    const offenders: string[] = [];
    for (const root of pages) {
      for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
        const rect = el.getBoundingClientRect();
        if (rect.width > 0 && rect.right > limit + 0.5)
          offenders.push(`${el.className || el.tagName}: right=${Math.round(rect.right)}`);
      }
    }
    return offenders.slice(0, 10);
  }, width);
}
