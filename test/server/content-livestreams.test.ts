import { eq, like } from 'drizzle-orm';
import { ZLivestreamDetail, ZLivestreamList } from '../../shared/schemas/content';
import { livestreamReminders, outbox } from '../../server/src/db/schema-content';
import { seedContent } from '../../server/src/db/seed/content.seed';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { fixtureLivestreams } from './content-fixtures';

const t = useTestApp();
let start: Date;

beforeAll(async () => {
  start = t.clock.now();
  await seedContent(
    t.deps.db,
    { livestreams: fixtureLivestreams(start), stories: [], providers: [], services: [] },
    start,
  );
});
afterEach(() => t.clock.set(start));

describe('livestreams.list', () => {
  it('computes each state from the clock and orders live, upcoming soonest, then replays newest', async () => {
    const res = await post(t, 'livestreams.list', { limit: 50 });
    expect(res.status).toBe(200);
    const items = ZLivestreamList.parse(res.body.data).items.filter((i) => i.slug.startsWith('fx-'));
    expect(items.map((i) => [i.slug, i.state])).toEqual([
      ['fx-live', 'live'],
      ['fx-upcoming-soon', 'upcoming'],
      ['fx-upcoming-later', 'upcoming'],
      ['fx-replay-new', 'replay'],
      ['fx-replay-old', 'replay'],
      ['fx-ended', 'ended'],
      ['fx-expired', 'replay_expired'],
    ]);
  });

  it('filters by state and moves streams along as time passes', async () => {
    const upcoming = await post(t, 'livestreams.list', { state: 'upcoming', limit: 50 });
    expect(
      upcoming.body.data.items.map((i: { slug: string }) => i.slug).filter((s: string) => s.startsWith('fx-')),
    ).toEqual(['fx-upcoming-soon', 'fx-upcoming-later']);
    t.clock.advance(2.5 * 3600_000);
    const live = await post(t, 'livestreams.list', { state: 'live', limit: 50 });
    expect(
      live.body.data.items.map((i: { slug: string }) => i.slug).filter((s: string) => s.startsWith('fx-')),
    ).toEqual(['fx-upcoming-soon']);
    t.clock.advance(24 * 3600_000);
    const ended = await post(t, 'livestreams.list', { state: 'ended', limit: 50 });
    expect(
      ended.body.data.items.map((i: { slug: string }) => i.slug).filter((s: string) => s.startsWith('fx-')),
    ).toEqual(['fx-live', 'fx-ended']);
    // a stream on Channels keeps its replay there (the feed id), so it becomes a replay, not "ended"
    const replays = await post(t, 'livestreams.list', { state: 'replay', limit: 50 });
    expect(replays.body.data.items.find((i: { slug: string }) => i.slug.startsWith('fx-')).slug).toBe(
      'fx-upcoming-soon',
    );
  });

  it('names an invalid state', async () => {
    const res = await post(t, 'livestreams.list', { state: 'soon' });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('state');
  });
});

describe('livestreams.get', () => {
  it('gives chapters in order, Channels ids and the replay URL while valid', async () => {
    const res = await post(t, 'livestreams.get', { slug: 'fx-replay-new' });
    expect(res.status).toBe(200);
    const d = ZLivestreamDetail.parse(res.body.data);
    expect(d.chapters.map((c) => c.startSec)).toEqual([0, 600]);
    expect(d.chapters[1]?.policySlugs).toEqual(['medical-aid']);
    expect(d.replayUrl).toBe('https://example.org/replay/new.mp4');
    const live = ZLivestreamDetail.parse((await post(t, 'livestreams.get', { slug: 'fx-upcoming-soon' })).body.data);
    expect(live.channels).toEqual({ finderUserName: 'sphABC', feedId: 'feed-1' });
    expect(live.replayUrl).toBeNull();
  });

  it('hides the replay URL once the replay expired', async () => {
    t.clock.advance(31 * 24 * 3600_000);
    const d = ZLivestreamDetail.parse((await post(t, 'livestreams.get', { slug: 'fx-replay-new' })).body.data);
    expect(d.state).toBe('replay_expired');
    expect(d.replayUrl).toBeNull();
  });

  it('answers 404 for an unknown slug and 400 naming slug', async () => {
    expect((await post(t, 'livestreams.get', { slug: 'no-such-stream' })).status).toBe(404);
    const bad = await post(t, 'livestreams.get', { slug: 'Bad Slug!' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('slug');
  });
});

describe('livestreams.view', () => {
  it('counts views, 404 for unknown, and limits one IP', async () => {
    const first = await post(t, 'livestreams.view', { slug: 'fx-replay-old' });
    const second = await post(t, 'livestreams.view', { slug: 'fx-replay-old' });
    expect(second.body.data.viewCount).toBe(first.body.data.viewCount + 1);
    expect((await post(t, 'livestreams.view', { slug: 'no-such-stream' })).status).toBe(404);
    let last = 200;
    for (let i = 0; i < 35 && last !== 429; i++)
      last = (await post(t, 'livestreams.view', { slug: 'fx-replay-old' })).status;
    expect(last).toBe(429);
  });
});

describe('livestreams.remind / cancelReminder', () => {
  it('requires a session', async () => {
    expect((await post(t, 'livestreams.remind', { slug: 'fx-upcoming-later' })).status).toBe(401);
    expect((await post(t, 'livestreams.cancelReminder', { slug: 'fx-upcoming-later' })).status).toBe(401);
  });

  it('records one reminder and one outbox row due 15 minutes before the start, idempotently', async () => {
    const s = await buildSession(t);
    const a = await post(t, 'livestreams.remind', { slug: 'fx-upcoming-later' }, s.accessToken);
    const b = await post(t, 'livestreams.remind', { slug: 'fx-upcoming-later' }, s.accessToken);
    expect(a.status).toBe(200);
    expect(b.body.data).toEqual(a.body.data);
    expect(Date.parse(a.body.data.remindAt)).toBe(start.getTime() + 48 * 3600_000 - 15 * 60_000);
    const rows = await t.deps.db
      .select()
      .from(outbox)
      .where(like(outbox.dedupeKey, `live-remind:%:${s.userId}`));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ topic: 'subscribe.live_reminder', status: 'pending' });
    const payload = JSON.stringify(rows[0]!.payload);
    expect(payload).toContain('您预约的政策直播即将开始');
    expect(payload).not.toMatch(/临时救助|低保|医疗|残疾/);
    expect(
      await t.deps.db.select().from(livestreamReminders).where(eq(livestreamReminders.userId, s.userId)),
    ).toHaveLength(1);
  });

  it('cancels the reminder and its unsent message', async () => {
    const s = await buildSession(t);
    await post(t, 'livestreams.remind', { slug: 'fx-upcoming-soon' }, s.accessToken);
    const res = await post(t, 'livestreams.cancelReminder', { slug: 'fx-upcoming-soon' }, s.accessToken);
    expect(res.body.data).toEqual({ reminded: false, remindAt: null });
    expect(
      await t.deps.db
        .select()
        .from(outbox)
        .where(like(outbox.dedupeKey, `live-remind:%:${s.userId}`)),
    ).toHaveLength(0);
  });

  it('refuses streams that already started (409) and unknown ones (404), naming a bad slug', async () => {
    const s = await buildSession(t);
    expect((await post(t, 'livestreams.remind', { slug: 'fx-live' }, s.accessToken)).status).toBe(409);
    expect((await post(t, 'livestreams.remind', { slug: 'fx-replay-new' }, s.accessToken)).status).toBe(409);
    expect((await post(t, 'livestreams.remind', { slug: 'no-such-stream' }, s.accessToken)).status).toBe(404);
    expect((await post(t, 'livestreams.cancelReminder', { slug: 'no-such-stream' }, s.accessToken)).status).toBe(404);
    const bad = await post(t, 'livestreams.remind', {}, s.accessToken);
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('slug');
  });
});
