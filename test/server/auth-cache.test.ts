/**
 * The per-process authentication cache (features/auth/principal-cache): a repeated request skips the session and
 * membership read, and every revocation (logout, ended session, role, disabled account, renamed point, a second
 * server process on the same database) still applies on the very next request.
 */
import { eq, sql } from 'drizzle-orm';
import request from 'supertest';
import type { Pool } from 'pg';
import { ZMe } from '../../shared/schemas/auth';
import { createApp } from '../../server/src/app';
import { openDatabase, type Database } from '../../server/src/db/client';
import { authSessions, memberships, servicePoints, users } from '../../server/src/db/schema';
import { openSessionFor } from '../../server/src/features/auth/auth.service';
import { CACHE_TTL_MS, principalCacheStats } from '../../server/src/features/auth/principal-cache';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const me = async (token: string) => post(t, 'me.get', {}, token);
const stats = () => principalCacheStats(t.deps.db);

/** Runs `fn` with the clock moved forward by `ms`, then puts it back. */
async function later<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  const start = t.clock.now();
  t.clock.set(new Date(start.getTime() + ms));
  try {
    return await fn();
  } finally {
    t.clock.set(start);
  }
}

describe('authentication cache', () => {
  it('401 without a token, and a bad body still answers 400 naming the field', async () => {
    expect((await post(t, 'me.get')).status).toBe(401);
    const s = await buildSession(t);
    const res = await post(t, 'auth.sessions.end', { id: 'x' }, s.accessToken);
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('id');
  });

  it('a repeated request reuses the principal: no session or membership read, one version read', async () => {
    const s = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
    expect((await me(s.accessToken)).status).toBe(200);
    const before = stats();
    const res = await me(s.accessToken);
    expect(res.status).toBe(200);
    expect(ZMe.parse(res.body.data).roles.sort()).toEqual(['point_staff', 'resident']);
    const after = stats();
    expect(after.loads - before.loads).toBe(0);
    expect(after.hits - before.hits).toBe(1);
    expect(after.versionReads - before.versionReads).toBe(1);
  });

  it('concurrent requests share version reads, and each sees its own user', async () => {
    const a = await buildSession(t);
    const b = await buildSession(t, { memberships: [{ role: 'admin' }] });
    await me(a.accessToken);
    await me(b.accessToken);
    const before = stats();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => me(i % 2 ? b.accessToken : a.accessToken)));
    const roles = answers.map((r) => ZMe.parse(r.body.data).roles.sort().join());
    expect(roles).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 'admin,resident' : 'resident')));
    const after = stats();
    expect(after.hits - before.hits).toBe(20);
    expect(after.loads - before.loads).toBe(0);
  });

  it('logout: the next request with the same token is 401', async () => {
    const s = await buildSession(t);
    await me(s.accessToken);
    await me(s.accessToken);
    expect((await post(t, 'auth.logout', {}, s.accessToken)).status).toBe(200);
    expect((await me(s.accessToken)).status).toBe(401);
  });

  it('an ended session stops at once; the other session of the user still works', async () => {
    const phone = await buildSession(t);
    const laptop = await openSessionFor(t.deps, phone.userId);
    await me(laptop.accessToken);
    await me(phone.accessToken);
    await t.deps.db
      .update(authSessions)
      .set({ revokedAt: new Date(), revokedReason: 'test' })
      .where(eq(authSessions.userId, phone.userId));
    expect((await me(laptop.accessToken)).status).toBe(401);
    expect((await me(phone.accessToken)).status).toBe(401);
    const again = await openSessionFor(t.deps, phone.userId);
    expect((await me(again.accessToken)).status).toBe(200);
  });

  it('a revoked role is gone and a granted role is there on the very next request', async () => {
    const s = await buildSession(t, { memberships: [{ role: 'admin' }] });
    const body = {
      role: 'hub_staff',
      servicePointId: (await post(t, 'servicePoints.list', { level: 'district_hub' })).body.data.items[0].id,
    };
    expect((await post(t, 'admin.invites.create', body, s.accessToken)).status).toBe(200);
    await t.deps.db.update(memberships).set({ revokedAt: new Date() }).where(eq(memberships.userId, s.userId));
    expect((await post(t, 'admin.invites.create', body, s.accessToken)).status).toBe(403);
    await t.deps.db.insert(memberships).values({ userId: s.userId, role: 'admin' });
    expect((await post(t, 'admin.invites.create', body, s.accessToken)).status).toBe(200);
  });

  it('a disabled account is shut out at once', async () => {
    const s = await buildSession(t);
    await me(s.accessToken);
    await t.deps.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, s.userId));
    expect((await me(s.accessToken)).status).toBe(401);
  });

  it('a renamed point shows in the scope of its staff on the next request', async () => {
    const s = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005056' }] });
    const pointName = async () => ZMe.parse((await me(s.accessToken)).body.data).memberships[0]!.servicePoint!.name;
    const original = await pointName();
    const [point] = await t.deps.db.select().from(servicePoints).where(eq(servicePoints.divisionCode, '330106005056'));
    try {
      await t.deps.db.update(servicePoints).set({ name: '改名后的服务点' }).where(eq(servicePoints.id, point!.id));
      expect(await pointName()).toBe('改名后的服务点');
    } finally {
      await t.deps.db.update(servicePoints).set({ name: original }).where(eq(servicePoints.id, point!.id));
    }
  });

  it("ends a cached login at the session's absolute end, without waiting for the cache to expire", async () => {
    const s = await buildSession(t);
    const end = new Date(t.clock.now().getTime() + 10_000);
    await t.deps.db.update(authSessions).set({ expiresAt: end }).where(eq(authSessions.userId, s.userId));
    expect((await me(s.accessToken)).status).toBe(200);
    expect((await later(11_000, () => me(s.accessToken))).status).toBe(401);
  });

  it('an entry lives CACHE_TTL_MS: a change the version does not see (triggers off) shows after it', async () => {
    const s = await buildSession(t, { displayName: '旧名字' });
    const name = async () => ZMe.parse((await me(s.accessToken)).body.data).displayName;
    expect(await name()).toBe('旧名字');
    // with the trigger the change is seen at once
    await t.deps.db.update(users).set({ displayName: '新名字' }).where(eq(users.id, s.userId));
    expect(await name()).toBe('新名字');
    // without it the cached principal is what answers, until the entry expires
    await t.deps.db.execute(sql`alter table users disable trigger users_auth_version`);
    try {
      await t.deps.db.update(users).set({ displayName: '第三个名字' }).where(eq(users.id, s.userId));
      expect(await name()).toBe('新名字');
      const loads = stats().loads;
      expect(await later(CACHE_TTL_MS + 1, name)).toBe('第三个名字');
      expect(stats().loads - loads).toBe(1);
    } finally {
      await t.deps.db.execute(sql`alter table users enable trigger users_auth_version`);
    }
  });
});

/** A second server process on the same database: its own pool and its own cache. */
const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;
onPostgres('authentication cache across server processes (PostgreSQL)', () => {
  let other: Database;
  let otherApi: () => request.Agent;
  beforeAll(async () => {
    const url = (t.deps.database.raw as Pool).options.connectionString!;
    other = await openDatabase({ url, poolSize: 2 });
    const server = createApp({ ...t.deps, database: other, db: other.db }).callback();
    otherApi = () => request.agent(server);
  });
  afterAll(async () => other.close());
  const meOther = (token: string) =>
    otherApi()
      .post('/api/me.get')
      .set('Content-Type', 'application/json')
      .set('Authorization', `Bearer ${token}`)
      .send('{}');

  it('logout in one process is 401 in the other on the next request', async () => {
    const s = await buildSession(t);
    await meOther(s.accessToken);
    expect((await meOther(s.accessToken)).status).toBe(200);
    expect(principalCacheStats(other.db).hits).toBeGreaterThan(0);
    expect((await post(t, 'auth.logout', {}, s.accessToken)).status).toBe(200);
    expect((await meOther(s.accessToken)).status).toBe(401);
  });

  it('a role change in one process is seen by the other on the next request', async () => {
    const s = await buildSession(t, { memberships: [{ role: 'admin' }] });
    expect(ZMe.parse((await meOther(s.accessToken)).body.data).roles.sort()).toEqual(['admin', 'resident']);
    await t.deps.db.update(memberships).set({ revokedAt: new Date() }).where(eq(memberships.userId, s.userId));
    expect(ZMe.parse((await meOther(s.accessToken)).body.data).roles).toEqual(['resident']);
  });
});
