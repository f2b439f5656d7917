import { sql } from 'drizzle-orm';
import { ZSession } from '../../shared/schemas/auth';
import { queryRows } from '../../server/src/db/client';
import { openSessionFor } from '../../server/src/features/auth/auth.service';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();

const refresh = (token: string) => post(t, 'auth.refresh', { refreshToken: token });

describe('auth.refresh', () => {
  it('rotates: a new pair each time, the old access token still valid until expiry', async () => {
    const s = await buildSession(t);
    const r1 = await refresh(s.refreshToken);
    expect(r1.status).toBe(200);
    const next = ZSession.parse(r1.body.data);
    expect(next.refreshToken).not.toBe(s.refreshToken);
    expect(next.user.id).toBe(s.userId);
    expect((await post(t, 'me.get', {}, next.accessToken)).status).toBe(200);
    const r2 = await refresh(next.refreshToken);
    expect(r2.status).toBe(200);
  });

  it('revokes the whole family when a used token is presented again', async () => {
    const s = await buildSession(t);
    const r1 = ZSession.parse((await refresh(s.refreshToken)).body.data);
    const r2 = ZSession.parse((await refresh(r1.refreshToken)).body.data);
    const replay = await refresh(s.refreshToken);
    expect(replay.status).toBe(401);
    // the current child and every access token of the family die with it
    expect((await refresh(r2.refreshToken)).status).toBe(401);
    expect((await post(t, 'me.get', {}, r2.accessToken)).status).toBe(401);
    const [audit] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from audit_log where action = 'auth.refresh.reuse_detected' and actor_user_id = ${s.userId}`,
    );
    expect(audit!.n).toBe(1);
  });

  it('lets exactly one of two concurrent refreshes with the same token win', async () => {
    for (let round = 0; round < 10; round++) {
      const s = await buildSession(t);
      const results = await Promise.all([refresh(s.refreshToken), refresh(s.refreshToken)]);
      const statuses = results.map((r) => r.status).sort();
      // the loser presented a token that was just used: 401, and reuse detection ends the family
      expect(statuses).toEqual([200, 401]);
    }
  });

  it('refuses unknown, malformed and expired tokens', async () => {
    expect((await refresh('x'.repeat(43))).status).toBe(401);
    const short = await refresh('abc');
    expect(short.status).toBe(400);
    expect(short.body.details[0].field).toBe('refreshToken');
    const s = await buildSession(t);
    const start = t.clock.now();
    try {
      t.clock.set(new Date(start.getTime() + 31 * 24 * 3600 * 1000));
      expect((await refresh(s.refreshToken)).status).toBe(401);
    } finally {
      t.clock.set(start);
    }
  });

  it('stores refresh tokens only as hashes', async () => {
    const s = await buildSession(t);
    const tables = await queryRows<{ tablename: string }>(
      t.deps.db,
      sql`select tablename from pg_tables where schemaname = 'public'`,
    );
    for (const { tablename } of tables) {
      const hits = await queryRows(
        t.deps.db,
        sql`select 1 from ${sql.identifier(tablename)} x where x::text like ${`%${s.refreshToken}%`}`,
      );
      expect({ tablename, hits: hits.length }).toEqual({ tablename, hits: 0 });
    }
  });
});

describe('auth.logout', () => {
  it('needs a session', async () => {
    expect((await post(t, 'auth.logout')).status).toBe(401);
  });

  it('ends the session: access and refresh tokens stop working at once', async () => {
    const s = await buildSession(t);
    const res = await post(t, 'auth.logout', {}, s.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ done: true });
    expect((await post(t, 'me.get', {}, s.accessToken)).status).toBe(401);
    expect((await refresh(s.refreshToken)).status).toBe(401);
  });

  it('ends only that session, not the same user on another device', async () => {
    const a = await buildSession(t);
    const other = await openSessionFor(t.deps, a.userId);
    await post(t, 'auth.logout', {}, a.accessToken);
    expect((await post(t, 'me.get', {}, other.accessToken)).status).toBe(200);
  });

  it('refuses unknown fields', async () => {
    const s = await buildSession(t);
    const res = await post(t, 'auth.logout', { everywhere: true }, s.accessToken);
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('everywhere');
    expect((await post(t, 'me.get', {}, s.accessToken)).status).toBe(200);
  });
});
