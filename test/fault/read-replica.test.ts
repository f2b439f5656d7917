/**
 * Issue 15.5: a real streaming replica of the local PostgreSQL (pg_basebackup -R, second port) as DATABASE_READ_URL.
 * Public content reads reach the replica; writes reach the primary, and so do reads after a write — in the same
 * request, and a user's reads for READ_AFTER_WRITE_MS after their request wrote (an admin publishing a policy reads
 * it back at once). Which pool a statement took is counted on each pool; `pg_is_in_recovery()` tells the servers
 * apart. Skips, saying so, without a local PostgreSQL cluster and pg_basebackup.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { Pool } from 'pg';
import { createApp } from '../../server/src/app';
import { buildDeps } from '../../server/src/boot';
import { queryRows } from '../../server/src/db/client';
import { readDb, withReadRouting } from '../../server/src/db/read-routing';
import { memberships, users } from '../../server/src/db/schema';
import type { Deps } from '../../server/src/deps';
import { loadEnv } from '../../server/src/env';
import { openSessionFor } from '../../server/src/features/auth/auth.service';
import { createLogger } from '../../server/src/lib/logger';
import { FX_RANK_TITLE } from '../server/policies-fixtures';
import { withDatabase } from '../server/support/template';
import { startReplica, replicaAvailability, type Replica } from './replica';
import { ADMIN_URL, createDatabase, dropDatabase } from './support';

const available = replicaAvailability();
if (!available.ok) process.stdout.write(`read-replica test skipped: ${available.reason}\n`);
const describeWithReplica = available.ok ? describe : describe.skip;

describeWithReplica('DATABASE_READ_URL: a streaming replica serves content reads', () => {
  const name = `zhulian_replica_${process.pid}`;
  let replica: Replica;
  let deps: Deps;
  let server: http.Server;
  let base = '';
  const acquired = { primary: 0, replica: 0 };
  const counted = async (work: () => Promise<unknown>) => {
    const before = { ...acquired };
    await work();
    return { primary: acquired.primary - before.primary, replica: acquired.replica - before.replica };
  };
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${base}/api/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: Record<string, unknown> } }));
  const inRecovery = async (db: Deps['db']) =>
    (await queryRows<{ r: boolean }>(db, sql`select pg_is_in_recovery() as r`))[0]!.r;

  beforeAll(async () => {
    if (!available.ok) return;
    replica = await startReplica(available.bin);
    await dropDatabase(name);
    await createDatabase(name);
    const env = loadEnv({
      NODE_ENV: 'test',
      DATABASE_URL: withDatabase(ADMIN_URL, name),
      DATABASE_READ_URL: replica.url(name),
      STATIC_DIR: '',
      JWT_KEYS: `replica:${randomBytes(32).toString('base64')}`,
      FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    });
    // the database is created and seeded on the primary, and reaches the replica by streaming
    ({ deps } = await buildDeps(env, createLogger('silent')));
    (deps.database.raw as Pool).on('acquire', () => acquired.primary++);
    (deps.replica!.raw as Pool).on('acquire', () => acquired.replica++);
    server = http.createServer(createApp(deps).callback());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 180_000);

  afterAll(async () => {
    server?.close();
    await deps?.database.close();
    await deps?.replica?.close();
    await replica?.stop();
    await dropDatabase(name);
  }, 60_000);

  it('readDb answers the replica inside a request that has not written, the primary otherwise', async () => {
    expect(await inRecovery(deps.replica!.db)).toBe(true);
    expect(await inRecovery(readDb(deps))).toBe(false); // outside a request (jobs, tools)
    await withReadRouting(deps, null, async () => {
      expect(await inRecovery(readDb(deps))).toBe(true);
      await queryRows(deps.db, sql`update users set display_name = display_name where false`);
      expect(await inRecovery(readDb(deps))).toBe(false); // after a write in the same request
    });
  });

  it('public content reads reach the replica, not the primary', async () => {
    const reads: [string, unknown][] = [
      ['policies.list', {}],
      ['services.list', {}],
      ['providers.list', {}],
      ['servicePoints.list', { streetCode: '330106005000' }],
      ['org.overview', {}],
      ['stories.list', {}],
      ['livestreams.list', {}],
    ];
    for (const [path, body] of reads) {
      const used = await counted(async () => expect((await post(path, body)).status).toBe(200));
      expect({ path, ...used }).toEqual({ path, primary: 0, replica: used.replica });
      expect(used.replica).toBeGreaterThan(0);
    }
  });

  it('an admin who just published a policy reads it from the primary; others read it from the replica', async () => {
    const [admin] = await deps.db
      .insert(users)
      .values({ openid: `replica:${randomBytes(6).toString('hex')}`, displayName: '管理员' })
      .returning();
    await deps.db.insert(memberships).values({ userId: admin!.id, role: 'admin' });
    const token = (await openSessionFor(deps, admin!.id)).accessToken;
    const slug = `replica-${randomBytes(3).toString('hex')}`;
    const wrote = await counted(async () => {
      expect(
        (await post('admin.policies.create', { ...FX_RANK_TITLE, slug, title: `副本${slug}` }, token)).status,
      ).toBe(200);
      expect((await post('admin.policies.setStatus', { slug, status: 'published' }, token)).status).toBe(200);
    });
    expect(wrote.replica).toBe(0);
    const readBack = await counted(async () => {
      const got = await post('policies.get', { slug }, token);
      expect(got.status).toBe(200);
      expect(got.body.data?.title).toBe(`副本${slug}`);
    });
    expect(readBack).toEqual({ primary: readBack.primary, replica: 0 });
    expect(readBack.primary).toBeGreaterThan(0);
    // someone else (anonymous) reads from the replica, which has the row once it replayed it
    for (const until = Date.now() + 10_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
      if ((await post('policies.get', { slug })).status === 200) break;
    }
    const other = await counted(async () => expect((await post('policies.get', { slug })).status).toBe(200));
    expect(other).toEqual({ primary: 0, replica: other.replica });
    expect(other.replica).toBeGreaterThan(0);
  });

  it('a resident who has not written reads content from the replica; the replica refuses writes', async () => {
    const [resident] = await deps.db
      .insert(users)
      .values({ openid: `replica:${randomBytes(6).toString('hex')}`, displayName: '居民' })
      .returning();
    const token = (await openSessionFor(deps, resident!.id)).accessToken;
    const used = await counted(async () => expect((await post('services.list', {}, token)).status).toBe(200));
    expect(used.replica).toBeGreaterThan(0);
    // 25006 read_only_sql_transaction: a write that reached the replica by mistake would fail, not get lost
    await expect(queryRows(deps.replica!.db, sql`update users set display_name = display_name`)).rejects.toMatchObject({
      cause: expect.objectContaining({ code: '25006' }),
    });
  });
});
