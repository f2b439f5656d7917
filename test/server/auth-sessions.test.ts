/** Login lifetime (absolute 30 days, 7 idle days) with the injected clock, and auth.sessions.list / auth.sessions.end. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { ZAuthSessionList } from '../../shared/schemas/accounts';
import { ZSession, type TSession } from '../../shared/schemas/auth';
import { queryRows } from '../../server/src/db/client';
import { openSessionFor } from '../../server/src/features/auth/auth.service';
import { deviceLabel } from '../../server/src/features/auth/device-label';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const DAY_MS = 24 * 3600 * 1000;
const IPHONE_WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40';

const refresh = async (token: string) => post(t, 'auth.refresh', { refreshToken: token });

/** Runs `fn` with the clock moved forward by `days`, then puts it back. */
async function later<T>(days: number, fn: () => Promise<T>): Promise<T> {
  const start = t.clock.now();
  t.clock.set(new Date(start.getTime() + days * DAY_MS));
  try {
    return await fn();
  } finally {
    t.clock.set(start);
  }
}

describe('login lifetime', () => {
  it('refreshing every 6 days keeps a login alive only until 30 days after login', async () => {
    const s = await buildSession(t);
    const start = t.clock.now().getTime();
    let current: TSession = s;
    try {
      for (const day of [6, 12, 18, 24]) {
        t.clock.set(new Date(start + day * DAY_MS));
        const res = await refresh(current.refreshToken);
        expect({ day, status: res.status }).toEqual({ day, status: 200 });
        current = ZSession.parse(res.body.data);
        expect(Date.parse(current.refreshTokenExpiresAt)).toBeLessThanOrEqual(start + 30 * DAY_MS);
      }
      // day 24's token is capped at day 30, not day 31
      expect(current.refreshTokenExpiresAt).toBe(new Date(start + 30 * DAY_MS).toISOString());
      t.clock.set(new Date(start + 29 * DAY_MS));
      current = ZSession.parse((await refresh(current.refreshToken)).body.data);
      expect((await post(t, 'me.get', {}, current.accessToken)).status).toBe(200);
      t.clock.set(new Date(start + 30 * DAY_MS + 1000));
      expect((await refresh(current.refreshToken)).status).toBe(401);
      // the access token issued on day 29 is dead too: the session itself is past its end
      t.clock.set(new Date(start + 30 * DAY_MS - 1000));
      const last = ZSession.parse((await refresh(current.refreshToken)).body.data);
      t.clock.set(new Date(start + 30 * DAY_MS + 1000));
      expect((await post(t, 'me.get', {}, last.accessToken)).status).toBe(401);
    } finally {
      t.clock.set(new Date(start));
    }
  });

  it('ends after 7 days without a refresh', async () => {
    const s = await buildSession(t);
    expect(Date.parse(s.refreshTokenExpiresAt) - t.clock.now().getTime()).toBe(7 * DAY_MS);
    expect((await later(7 + 1 / 24, () => refresh(s.refreshToken))).status).toBe(401);
    expect((await later(6.9, () => refresh(s.refreshToken))).status).toBe(200);
  });

  it('a refresh records the last use', async () => {
    const s = await buildSession(t);
    const next = await later(2, async () => ZSession.parse((await refresh(s.refreshToken)).body.data));
    const list = ZAuthSessionList.parse((await post(t, 'auth.sessions.list', {}, next.accessToken)).body.data);
    expect(list.items[0]!.lastUsedAt).toBe(new Date(t.clock.now().getTime() + 2 * DAY_MS).toISOString());
  });
});

describe('auth.sessions.list', () => {
  it('401 without a session', async () => {
    expect((await post(t, 'auth.sessions.list')).status).toBe(401);
  });

  it('400 naming an unknown field', async () => {
    const s = await buildSession(t);
    const res = await post(t, 'auth.sessions.list', { all: true }, s.accessToken);
    expect(res.status).toBe(400);
  });

  it("lists only the caller's live sessions, with a device label, the current one flagged, no IP", async () => {
    const demo = (await post(t, 'auth.devUsers')).body.data.users[0];
    const login = () =>
      t
        .api()
        .post('/api/auth.devLogin')
        .set('Content-Type', 'application/json')
        .set('User-Agent', IPHONE_WECHAT)
        .send({ userId: demo.id });
    const a = ZSession.parse((await login()).body.data);
    const b = ZSession.parse((await login()).body.data);
    const ended = ZSession.parse((await login()).body.data);
    await post(t, 'auth.logout', {}, ended.accessToken);
    const someoneElse = await buildSession(t);

    const res = await post(t, 'auth.sessions.list', {}, a.accessToken);
    expect(res.status).toBe(200);
    const list = ZAuthSessionList.parse(res.body.data);
    const mine = list.items.filter((i) => i.deviceLabel === '微信 · iPhone');
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(list.items.filter((i) => i.current)).toHaveLength(1);
    const ids = list.items.map((i) => i.id);
    const sessionOf = async (token: string) =>
      ZAuthSessionList.parse((await post(t, 'auth.sessions.list', {}, token)).body.data).items.find((i) => i.current)!
        .id;
    expect(ids).toContain(await sessionOf(b.accessToken));
    expect(ids).not.toContain(await sessionOf(someoneElse.accessToken));
    expect(JSON.stringify(res.body)).not.toMatch(/\d+\.\d+\.\d+\.\d+|::ffff|user-?agent|Mozilla/i);
  });
});

describe('auth.sessions.end', () => {
  it('401 without a session, 400 naming id', async () => {
    expect((await post(t, 'auth.sessions.end', { id: randomUUID() })).status).toBe(401);
    const s = await buildSession(t);
    const res = await post(t, 'auth.sessions.end', { id: 'x' }, s.accessToken);
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('id');
  });

  it("ends one of the caller's other sessions: its tokens stop at once; audited", async () => {
    const phone = await buildSession(t);
    const laptop = await openSessionFor(t.deps, phone.userId);
    const list = ZAuthSessionList.parse((await post(t, 'auth.sessions.list', {}, phone.accessToken)).body.data);
    const other = list.items.find((i) => !i.current)!;
    const res = await post(t, 'auth.sessions.end', { id: other.id }, phone.accessToken);
    expect(res.status).toBe(200);
    expect((await post(t, 'me.get', {}, laptop.accessToken)).status).toBe(401);
    expect((await refresh(laptop.refreshToken)).status).toBe(401);
    expect((await post(t, 'me.get', {}, phone.accessToken)).status).toBe(200);
    const [audit] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from audit_log where action = 'auth.session.ended' and entity_id = ${other.id}`,
    );
    expect(audit!.n).toBe(1);
    // already ended: 404
    expect((await post(t, 'auth.sessions.end', { id: other.id }, phone.accessToken)).status).toBe(404);
  });

  it("404 for someone else's session or an unknown id, and theirs stays alive", async () => {
    const mine = await buildSession(t);
    const theirs = await buildSession(t);
    const theirId = ZAuthSessionList.parse((await post(t, 'auth.sessions.list', {}, theirs.accessToken)).body.data)
      .items[0]!.id;
    expect((await post(t, 'auth.sessions.end', { id: theirId }, mine.accessToken)).status).toBe(404);
    expect((await post(t, 'auth.sessions.end', { id: randomUUID() }, mine.accessToken)).status).toBe(404);
    expect((await post(t, 'me.get', {}, theirs.accessToken)).status).toBe(200);
  });
});

describe('deviceLabel', () => {
  it.each([
    [IPHONE_WECHAT, '微信 · iPhone'],
    [
      'Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 MicroMessenger/8.0 miniProgram',
      '微信小程序 · 安卓手机',
    ],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120', '浏览器 · Windows 电脑'],
    ['curl/8.0', null],
    [undefined, null],
  ])('%s → %s', (ua, label) => {
    expect(deviceLabel(ua)).toBe(label);
  });
});
