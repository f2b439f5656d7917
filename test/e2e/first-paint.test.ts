/**
 * First paint on a slow phone: Chromium emulating 1.6 Mbps down, 150 ms round trips and a 4× slower CPU, cold
 * cache. index.html paints the branded placeholder by itself, before any script arrives; then the home page
 * becomes usable (its first actions on screen). The figures go to test-output/first-paint.json and the log.
 * Target: usable in under 3 s. Timing on a shared 2-core machine is noisy, so the test records the figure and
 * fails only on generous bounds (first paint later than 2.5 s, usable later than 12 s); the target is the report's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, type Browser } from './support/browser';
import { assertBuildsExist, ROOT, startServer, type RunningServer } from './support/server';

jest.setTimeout(120_000);

const SLOW_PHONE = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuSlowdown: 4,
};
const RESULTS = path.join(ROOT, 'test-output/first-paint.json');

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  assertBuildsExist();
  server = await startServer();
  browser = await launchBrowser();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Run = { placeholderMs: number; firstContentfulPaintMs: number; usableMs: number };

async function coldLoad(): Promise<Run> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latency,
    downloadThroughput: SLOW_PHONE.downloadThroughput,
    uploadThroughput: SLOW_PHONE.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
  try {
    await page.goto(`${server.baseUrl}/`, { waitUntil: 'commit' });
    // times are the page's own clock (performance.now(): 0 at navigation start), read when each state is reached;
    // functions, not strings: the server's CSP rightly forbids string evaluation
    const at = (state: 'placeholder' | 'usable') =>
      page
        .waitForFunction(
          (which) => {
            const shown = (el: Element | null) =>
              !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
            const splash = shown(document.querySelector('.boot-splash'));
            // usable: the home page's first actions are on screen and the placeholder no longer covers them
            const done = which === 'placeholder' ? splash : !splash && shown(document.querySelector('.home-actions'));
            return done ? performance.now() : false;
          },
          state,
          { polling: 'raf', timeout: 30_000 },
        )
        .then((h) => h.jsonValue() as Promise<number>);
    const placeholderMs = await at('placeholder');
    const usableMs = await at('usable');
    const firstContentfulPaintMs = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
    );
    return { placeholderMs, firstContentfulPaintMs, usableMs };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

describe('first paint on a slow phone (1.6 Mbps, 150 ms RTT, 4× CPU)', () => {
  it('shows the branded placeholder at once, then the usable home page; records the times', async () => {
    const runs: Run[] = [];
    for (let i = 0; i < 3; i++) runs.push(await coldLoad());
    const median = (pick: (r: Run) => number) => runs.map(pick).sort((a, b) => a - b)[1]!;
    const result = {
      at: new Date().toISOString(),
      conditions: SLOW_PHONE,
      targetUsableMs: 3000,
      medianPlaceholderMs: Math.round(median((r) => r.placeholderMs)),
      medianFirstContentfulPaintMs: Math.round(median((r) => r.firstContentfulPaintMs)),
      medianUsableMs: Math.round(median((r) => r.usableMs)),
      runs: runs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]))),
    };
    fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
    fs.writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`first paint: ${JSON.stringify(result)}`);

    // the first paint is the placeholder (nothing else exists before the scripts run), well before the page is usable;
    // placeholderMs is when the test first saw it, later than the paint itself while the CPU-throttled page is busy
    expect(result.medianFirstContentfulPaintMs).toBeGreaterThan(0);
    expect(result.medianFirstContentfulPaintMs).toBeLessThan(2500);
    expect(result.medianFirstContentfulPaintMs).toBeLessThan(result.medianUsableMs);
    expect(result.medianPlaceholderMs).toBeLessThan(result.medianUsableMs);
    expect(result.medianUsableMs).toBeLessThan(12_000);
    expect(browser.errors.splice(0)).toEqual([]);
  });
});
