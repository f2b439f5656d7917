/**
 * Login rate limit per client IP (LOGIN_RATE_PER_MINUTE=3): fixed one-minute windows kept in PostgreSQL,
 * so the limit holds across server processes; counted before the input is parsed; X-Forwarded-For is not trusted.
 */
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/db/client';
import { createApp } from '../../server/src/app';
import type { Deps } from '../../server/src/deps';
import { loadEnv } from '../../server/src/env';
import { post } from './support/factories';
import { testEnv, useTestApp } from './support/harness';

const t = useTestApp({ env: { LOGIN_RATE_PER_MINUTE: '3' } });

let demoUserId = '';
beforeAll(async () => {
  demoUserId = (await post(t, 'auth.devUsers')).body.data.users[0].id;
});
/** Each test starts in a fresh window. */
beforeEach(() => t.clock.advance(61_000));

const login = (api: request.Agent | ReturnType<typeof request> = t.api()) =>
  api
    .post('/api/auth.devLogin')
    .set('Content-Type', 'application/json')
    .send(JSON.stringify({ userId: demoUserId }));

function expectLimited(res: request.Response) {
  expect(res.status).toBe(429);
  expect(res.body).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  expect(res.headers['retry-after']).toMatch(/^\d+$/);
  return Number(res.headers['retry-after']);
}

describe('auth.devLogin rate limit', () => {
  it('allows 3 logins a minute, refuses the 4th with Retry-After in seconds', async () => {
    for (let i = 0; i < 3; i++) expect((await login()).status).toBe(200);
    t.clock.advance(20_000);
    const retryAfter = expectLimited(await login());
    expect(retryAfter).toBe(40);
    expectLimited(await login());
  });

  it('opens again once the window has passed', async () => {
    for (let i = 0; i < 3; i++) await login();
    expectLimited(await login());
    t.clock.advance(59_000);
    expect(expectLimited(await login())).toBe(1);
    t.clock.advance(2_000);
    const res = await login();
    expect(res.status).toBe(200);
    expect(res.body.data.accessToken).toEqual(expect.any(String));
  });

  it('counts failed and malformed attempts too, before reading the input', async () => {
    const bad = () => post(t, 'auth.devLogin', { userId: 'not-a-uuid', extra: 1 });
    expect((await bad()).status).toBe(400);
    expect((await post(t, 'auth.devLogin', { userId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await bad()).status).toBe(400);
    expectLimited(await bad());
    expectLimited(await login());
  });

  it('does not limit other endpoints or another rule', async () => {
    for (let i = 0; i < 4; i++) await login();
    expect((await post(t, 'auth.devUsers')).status).toBe(200);
    expect((await post(t, 'auth.refresh', { refreshToken: 'x'.repeat(40) })).status).toBe(401);
  });

  it('ignores a spoofed X-Forwarded-For (no trusted proxy)', async () => {
    for (let i = 0; i < 3; i++) await login(t.api().set('X-Forwarded-For', `203.0.113.${i}`));
    expectLimited(await login(t.api().set('X-Forwarded-For', '198.51.100.7')));
  });

  it('shares the counter between two app instances on the same database', async () => {
    const second: Deps = { ...t.deps };
    const other = request.agent(createApp(second).callback());
    expect((await login()).status).toBe(200);
    expect((await login(other)).status).toBe(200);
    expect((await login()).status).toBe(200);
    expectLimited(await login(other));
    expectLimited(await login());
    // the count lives in the database, not in either process
    const rows = await queryRows<{ key: string; count: number }>(
      t.deps.db,
      sql`select key, count from rate_limits where key like 'login:%'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.count).toBe(5);
  });
});

/**
 * Per account AND per IP (issue 10, point 13): a mobile carrier's NAT puts thousands of phones behind one address,
 * so the per-IP limit is high; guessing at one account is slowed by a lower per-account limit from any address.
 * A second app on the same database trusts one proxy hop, so X-Forwarded-For tells the addresses apart.
 */
describe('login limits per account and per IP', () => {
  const env = testEnv({ TRUST_PROXY_HOPS: '1', LOGIN_RATE_PER_MINUTE: '6', LOGIN_ACCOUNT_RATE_PER_MINUTE: '2' });
  const api = () => request.agent(createApp({ ...t.deps, env } as Deps).callback());
  const from = (ip: string, userId: string) =>
    api()
      .post('/api/auth.devLogin')
      .set('X-Forwarded-For', ip)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ userId }));
  let demoIds: string[] = [];
  beforeAll(async () => {
    demoIds = (await post(t, 'auth.devUsers')).body.data.users.map((u: { id: string }) => u.id);
  });

  it('by default the per-IP limit is far higher than the per-account one', () => {
    const defaults = loadEnv({});
    expect(defaults.LOGIN_RATE_PER_MINUTE).toBeGreaterThanOrEqual(10 * defaults.LOGIN_ACCOUNT_RATE_PER_MINUTE);
  });

  it('one account from many addresses: refused after LOGIN_ACCOUNT_RATE_PER_MINUTE, whatever the address', async () => {
    expect((await from('203.0.113.1', demoIds[0]!)).status).toBe(200);
    expect((await from('203.0.113.2', demoIds[0]!)).status).toBe(200);
    const res = await from('203.0.113.3', demoIds[0]!);
    expectLimited(res);
    // another account is not affected, from any of those addresses
    expect((await from('203.0.113.3', demoIds[1]!)).status).toBe(200);
    // and the account is free again in the next window
    t.clock.advance(61_000);
    expect((await from('203.0.113.4', demoIds[0]!)).status).toBe(200);
  });

  it('counts attempts at an account that does not exist too (guessing ids)', async () => {
    const unknown = '00000000-0000-4000-8000-00000000abcd';
    expect((await from('203.0.113.5', unknown)).status).toBe(404);
    expect((await from('203.0.113.6', unknown)).status).toBe(404);
    expectLimited(await from('203.0.113.7', unknown));
  });

  it('a carrier NAT: different accounts behind one address all log in, up to the per-IP limit', async () => {
    expect(demoIds.length).toBeGreaterThanOrEqual(6);
    for (const id of demoIds.slice(0, 6)) expect((await from('198.51.100.20', id)).status).toBe(200);
    expectLimited(await from('198.51.100.20', demoIds[0]!));
    expect((await from('198.51.100.21', demoIds[0]!)).status).toBe(200);
  });

  it('stores the account only as a keyed hash', async () => {
    await from('203.0.113.8', demoIds[2]!);
    const rows = await queryRows<{ key: string }>(
      t.deps.db,
      sql`select key from rate_limits where key like 'login-account:%'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) for (const id of demoIds) expect(key).not.toContain(id);
  });
});
