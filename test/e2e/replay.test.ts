/**
 * A seeded replay really plays in a resident's browser (H5 in Chromium, 375 px): the sample video that the server
 * ships (/media/replay-sample.mp4, byte ranges) starts from a tap on the play control, its clock advances, and a
 * chapter tap seeks the video to that chapter. Screenshots of the page while playing, normal and care mode.
 * Needs `npm run build:h5 && npm run build:server`; run with `npm run e2e -- test/e2e/replay.test.ts`.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './support/browser';
import { capture, openPath, openTab, serverForSuite } from './support/journey';
import { assertBuildsExist, type RunningServer } from './support/server';

jest.setTimeout(90_000);

type Mode = 'normal' | 'care';
/** Seeded replay with six chapters at 0, 5 … 25 s over the 30-second sample video. */
const SLUG = 'replay-elderly-care-at-home';
const CHAPTER = { startSec: 20, title: '家里装烟感、查电线' };

let server: RunningServer;
let browser: Browser;
let page: Page;
/** HTTP statuses of the sample video's responses: the player fetches it in byte ranges (206). */
const mediaStatuses: number[] = [];

beforeAll(async () => {
  assertBuildsExist();
  server = await serverForSuite();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(15_000);
  page.on('response', (response) => {
    if (response.url().includes('/media/replay-sample.mp4')) mediaStatuses.push(response.status());
  });
  await page.goto(`${server.baseUrl}/`);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(() => {
  expect(browser ? browser.errors.splice(0) : []).toEqual([]);
});

type VideoState = {
  currentTime: number;
  paused: boolean;
  src: string;
  error: number | null;
  /** decoded picture size and frames: the clock alone could run on the audio track */
  videoWidth: number;
  frames: number;
};

function videoState(): Promise<VideoState> {
  return page.locator('.replay__player video').evaluate((el: HTMLVideoElement) => ({
    currentTime: el.currentTime,
    paused: el.paused,
    src: el.currentSrc,
    error: el.error ? el.error.code : null,
    videoWidth: el.videoWidth,
    frames: el.getVideoPlaybackQuality().totalVideoFrames,
  }));
}

/** Polls the video until `done` holds (up to 10 s); returns the last state either way, for the assertion. */
async function waitForVideo(done: (state: VideoState) => boolean): Promise<VideoState> {
  const deadline = Date.now() + 10_000;
  let state = await videoState();
  while (!done(state) && Date.now() < deadline) {
    await page.waitForTimeout(200);
    state = await videoState();
  }
  return state;
}

it('the browser can decode the sample replay (H.264 video, AAC audio in MP4)', async () => {
  const support = await page.evaluate(() => {
    const video = document.createElement('video');
    return {
      h264: video.canPlayType('video/mp4; codecs="avc1.42E01E"'),
      aac: video.canPlayType('audio/mp4; codecs="mp4a.40.2"'),
    };
  });
  process.stdout.write(`canPlayType: H.264 ${support.h264 || 'no'}, AAC ${support.aac || 'no'}\n`);
  expect(support.h264).not.toBe('');
  expect(support.aac).not.toBe('');
});

describe.each<Mode>(['normal', 'care'])('a seeded replay plays (%s mode)', (mode) => {
  it(`switches to ${mode} mode`, async () => {
    await openTab(page, '我的');
    await page.locator('.care-switch').waitFor();
    const care = (await page.locator('.zl-page--care').count()) > 0;
    if (care !== (mode === 'care')) await page.locator('.care-switch').click();
    await expect(page.locator('.zl-page--care').count()).resolves.toBe(mode === 'care' ? 1 : 0);
  });

  it('starts from a tap on the play control and its clock advances', async () => {
    await openPath(page, `/packages/content/pages/replay/index?slug=${SLUG}`);
    const video = page.locator('.replay__player video');
    await video.waitFor({ state: 'attached' });
    expect(await videoState()).toMatchObject({ paused: true, error: null });
    expect((await videoState()).src).toMatch(/\/media\/replay-sample\.mp4$/);

    await page.locator('.replay__player .taro-video-cover-play-button').click();
    const playing = await waitForVideo((s) => s.currentTime > 1.5 || s.error !== null);
    process.stdout.write(
      `${mode}: after the play tap, currentTime ${playing.currentTime.toFixed(2)} s, ${playing.frames} frames ` +
        `decoded at ${playing.videoWidth} px wide; media responses ${mediaStatuses.join(' ')}\n`,
    );
    expect(playing).toMatchObject({ error: null, paused: false, videoWidth: 640 });
    expect(playing.frames).toBeGreaterThan(10);
    expect(mediaStatuses).toContain(206);
    expect(playing.currentTime).toBeGreaterThan(1.5);
    await capture(page, `replay-playing-${mode}`);
  });

  it('a chapter tap seeks the video to that chapter and keeps playing', async () => {
    const before = (await videoState()).currentTime;
    expect(before).toBeLessThan(CHAPTER.startSec - 2);
    await page.locator('.replay-chapter__row', { hasText: CHAPTER.title }).click();
    const sought = await waitForVideo((s) => s.currentTime >= CHAPTER.startSec && s.currentTime < CHAPTER.startSec + 3);
    process.stdout.write(
      `${mode}: chapter tap at ${before.toFixed(2)} s → currentTime ${sought.currentTime.toFixed(2)} s ` +
        `(chapter starts at ${CHAPTER.startSec} s)\n`,
    );
    expect(sought.currentTime).toBeGreaterThanOrEqual(CHAPTER.startSec);
    expect(sought.currentTime).toBeLessThan(CHAPTER.startSec + 3);
    await expect(page.locator('.replay-chapter--on', { hasText: CHAPTER.title }).count()).resolves.toBe(1);
    // still playing after the jump: the clock moves on from the chapter start
    const later = await waitForVideo((s) => s.currentTime > sought.currentTime + 0.5);
    expect(later).toMatchObject({ paused: false, error: null });
    expect(later.currentTime).toBeGreaterThan(sought.currentTime);
  });
});
