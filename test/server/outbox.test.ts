import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { outbox } from '../../server/src/db/schema-content';
import { liveReminderPayload } from '../../server/src/features/outbox/outbox-messages';
import * as repo from '../../server/src/features/outbox/outbox.repo';
import {
  PermanentSendError,
  backoffMs,
  createOutboxSender,
  runOutboxOnce,
  type OutboxSend,
} from '../../server/src/features/outbox/outbox.job';
import { createWechatClient } from '../../server/src/lib/wechat';
import { WechatSendError } from '../../server/src/lib/wechat/subscribe';
import { buildUser } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const ctx = () => ({ db: t.deps.db, clock: t.clock, logger: t.deps.logger });
const fixed = { random: () => 0.5, baseDelayMs: 1000, maxDelayMs: 60_000 };

async function enqueue(key: string, dueInMs = 0, userId = '00000000-0000-4000-8000-000000000000') {
  await repo.enqueue(t.deps.db, {
    topic: 'subscribe.live_reminder',
    dedupeKey: key,
    payload: liveReminderPayload(userId, new Date('2030-01-07T06:00:00Z')),
    nextAttemptAt: new Date(t.clock.now().getTime() + dueInMs),
  });
}
const rowOf = async (key: string) => (await t.deps.db.select().from(outbox).where(eq(outbox.dedupeKey, key)))[0]!;

beforeEach(async () => {
  await t.deps.db.delete(outbox);
});

describe('outbox worker', () => {
  it('claims due rows only and records the message when no WeChat is configured', async () => {
    await enqueue('due');
    await enqueue('later', 60_000);
    const send = createOutboxSender({ db: t.deps.db, wechat: null }, {});
    expect(await runOutboxOnce(ctx(), send)).toEqual({ sent: 1, retried: 0, failedPermanent: 0, dead: 0 });
    expect(await rowOf('due')).toMatchObject({ status: 'sent', sentVia: 'recorded', attempts: 1 });
    expect(await rowOf('later')).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('enqueue is idempotent on the dedupe key', async () => {
    await enqueue('same');
    await enqueue('same');
    expect(await t.deps.db.select().from(outbox)).toHaveLength(1);
  });

  it('never gives the same row to two concurrent workers', async () => {
    for (let i = 0; i < 60; i++) await enqueue(`c-${i}`);
    const seen: string[] = [];
    const send: OutboxSend = async (row) => {
      seen.push(row.dedupeKey);
      await new Promise((r) => setTimeout(r, 1));
      return 'recorded';
    };
    const loop = async () => {
      while ((await runOutboxOnce(ctx(), send, { batchSize: 5 })).sent > 0);
    };
    await Promise.all([loop(), loop(), loop()]);
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
  });

  it('retries a transient failure later with backoff, then sends it', async () => {
    await enqueue('flaky');
    let calls = 0;
    const send: OutboxSend = async () => {
      if (++calls === 1) throw new WechatSendError(-1);
      return 'wechat';
    };
    expect((await runOutboxOnce(ctx(), send, fixed)).retried).toBe(1);
    const row = await rowOf('flaky');
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'wechat -1' });
    expect(row.nextAttemptAt.getTime() - t.clock.now().getTime()).toBe(750);
    expect((await runOutboxOnce(ctx(), send, fixed)).sent).toBe(0);
    t.clock.advance(1000);
    expect((await runOutboxOnce(ctx(), send, fixed)).sent).toBe(1);
    expect(await rowOf('flaky')).toMatchObject({ status: 'sent', attempts: 2, sentVia: 'wechat' });
  });

  it('marks 43101 failed_permanent after one attempt and never retries it', async () => {
    await enqueue('quota');
    const send: OutboxSend = async () => {
      throw new WechatSendError(43101);
    };
    expect((await runOutboxOnce(ctx(), send)).failedPermanent).toBe(1);
    t.clock.advance(24 * 3600_000);
    expect(await runOutboxOnce(ctx(), send)).toEqual({ sent: 0, retried: 0, failedPermanent: 0, dead: 0 });
    expect(await rowOf('quota')).toMatchObject({ status: 'failed_permanent', attempts: 1, lastError: 'wechat 43101' });
  });

  it('gives up as dead after maxAttempts', async () => {
    await enqueue('doomed');
    const send: OutboxSend = async () => {
      throw new Error('boom');
    };
    for (let i = 0; i < 3; i++) {
      await runOutboxOnce(ctx(), send, { ...fixed, maxAttempts: 3 });
      t.clock.advance(120_000);
    }
    expect(await rowOf('doomed')).toMatchObject({ status: 'dead', attempts: 3 });
  });

  it('re-sends a row whose worker died mid-send once the lease expires', async () => {
    await enqueue('crash');
    await repo.claimDue(t.deps.db, t.clock.now(), 10, 60_000); // claimed, never acknowledged
    const send: OutboxSend = async () => 'recorded';
    expect((await runOutboxOnce(ctx(), send)).sent).toBe(0);
    t.clock.advance(61_000);
    expect((await runOutboxOnce(ctx(), send)).sent).toBe(1);
  });

  it('backoff grows exponentially, is capped and jittered', () => {
    expect(backoffMs(1, { baseDelayMs: 1000, maxDelayMs: 10_000, random: () => 0 })).toBe(500);
    expect(backoffMs(3, { baseDelayMs: 1000, maxDelayMs: 10_000, random: () => 1 })).toBe(4000);
    expect(backoffMs(20, { baseDelayMs: 1000, maxDelayMs: 10_000, random: () => 1 })).toBe(10_000);
  });

  it('refuses unknown topics permanently', async () => {
    await repo.enqueue(t.deps.db, {
      topic: 'sms.unknown',
      dedupeKey: 'odd',
      payload: {},
      nextAttemptAt: t.clock.now(),
    });
    const send = createOutboxSender({ db: t.deps.db, wechat: null }, {});
    expect((await runOutboxOnce(ctx(), send)).failedPermanent).toBe(1);
    await expect(send({ topic: 'x' } as repo.OutboxRow)).rejects.toBeInstanceOf(PermanentSendError);
  });
});

describe('subscribe payloads', () => {
  const DENY = [/\d{17}[\dXx]/, /1[3-9]\d{9}/, /低保|低边|特困|医疗|残疾|救助|教育|住房|就业|疾病|收入/];
  it('carry no personal data and never name a kind of assistance', async () => {
    const user = await buildUser(t, { displayName: '张三' });
    const text = JSON.stringify(liveReminderPayload(user.id, new Date('2030-01-07T06:00:00Z')));
    for (const re of DENY) expect(text).not.toMatch(re);
    expect(text).not.toContain('张三');
    expect(text).toContain('1月7日 14:00');
  });
});

describe('sending through WeChat', () => {
  let server: http.Server;
  let base = '';
  const sends: unknown[] = [];
  let reply: Record<string, unknown> = { errcode: 0 };
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const body = req.url?.startsWith('/cgi-bin/stable_token')
          ? { access_token: 'tok', expires_in: 7200 }
          : (sends.push(JSON.parse(raw)), reply);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('sends to the openid looked up at send time, and marks 43101 permanent', async () => {
    const user = await buildUser(t, { openid: 'o-real-openid' });
    const wechat = createWechatClient({
      appId: 'wx',
      appSecret: 's',
      baseUrl: base,
      timeoutMs: 2000,
      logger: t.deps.logger,
      clock: t.clock,
      retryDelayMs: 1,
    });
    const send = createOutboxSender({ db: t.deps.db, wechat }, { 'subscribe.live_reminder': 'tmpl-1' });
    await enqueue('ok', 0, user.id);
    expect((await runOutboxOnce(ctx(), send)).sent).toBe(1);
    expect(sends[0]).toMatchObject({ touser: 'o-real-openid', template_id: 'tmpl-1', page: 'pages/live/index' });
    reply = { errcode: 43101, errmsg: 'user refuse to accept the msg rid: x' };
    await enqueue('no-quota', 0, user.id);
    expect((await runOutboxOnce(ctx(), send)).failedPermanent).toBe(1);
    expect(await rowOf('no-quota')).toMatchObject({ status: 'failed_permanent', attempts: 1 });
    expect(t.logs.join('')).not.toContain('tok');
  });
});
