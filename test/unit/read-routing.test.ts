/**
 * Read routing rules (decision 32) without a database: which handle `readDb` answers, from which statements a request
 * counts as having written, the per-user window and the note relayed from sibling workers. The real replica is in
 * test/fault/read-replica.test.ts.
 */
import type { Pool } from 'pg';
import type { Db } from '../../server/src/db/client';
import {
  listenForSiblingWrites,
  readDb,
  trackWrites,
  unverifiedSubject,
  withReadRouting,
} from '../../server/src/db/read-routing';

const primary = { name: 'primary' } as unknown as Db;
const replicaDb = { name: 'replica' } as unknown as Db;
const deps = { db: primary, replica: { db: replicaDb }, env: { READ_AFTER_WRITE_MS: 200 } };
const sent: string[] = [];
const fakeClient = { query: async (text: string) => (sent.push(text), { rows: [] }) };
const pool = {
  query: async (text: string | { text: string }) => (
    sent.push(typeof text === 'string' ? text : text.text),
    { rows: [] }
  ),
  connect: async () => fakeClient,
} as unknown as Pool;
trackWrites(pool);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const token = (sub: string) =>
  `Bearer e30.${Buffer.from(JSON.stringify({ sub, sid: 's' })).toString('base64url')}.c2ln`;

describe('readDb', () => {
  it('is the primary without a replica and outside a request', async () => {
    expect(readDb({ db: primary, env: deps.env })).toBe(primary);
    expect(readDb(deps)).toBe(primary);
    const single = { db: primary, env: deps.env };
    await withReadRouting(single, 'u0', async () => expect(readDb(single)).toBe(primary));
  });

  it('is the replica inside a request until it writes, then the primary for the rest of it', async () => {
    await withReadRouting(deps, null, async () => {
      expect(readDb(deps)).toBe(replicaDb);
      await pool.query('select * from "policies" where "slug" = $1');
      expect(readDb(deps)).toBe(replicaDb);
      await pool.query('update "policies" set "title" = $1 where "slug" = $2');
      expect(readDb(deps)).toBe(primary);
    });
  });

  it.each([
    'insert into "outbox" ("topic") values ($1)',
    'delete from "rate_limits" where "window_start" < $1',
    'begin',
    'select "id" from "applications" where "status" = $1 limit 5 for update of "applications" skip locked',
    'with moved as (update outbox set attempts = attempts + 1 returning id) select id from moved',
  ])('counts %s as a write, also on a transaction client', async (text) => {
    await withReadRouting(deps, null, async () => {
      const client = await pool.connect();
      await client.query(text);
      expect(readDb(deps)).toBe(primary);
    });
  });

  it("keeps a user's reads on the primary for READ_AFTER_WRITE_MS after their request wrote; others stay on the replica", async () => {
    await withReadRouting(deps, 'writer', () => pool.query('insert into "users" ("display_name") values ($1)'));
    await withReadRouting(deps, 'writer', async () => expect(readDb(deps)).toBe(primary));
    await withReadRouting(deps, 'reader', async () => expect(readDb(deps)).toBe(replicaDb));
    await sleep(250);
    await withReadRouting(deps, 'writer', async () => expect(readDb(deps)).toBe(replicaDb));
  });

  it('takes in what a sibling worker wrote, relayed by the cluster primary', async () => {
    listenForSiblingWrites();
    process.emit('message', { type: 'zhulian:wrote', userId: 'sibling', until: Date.now() + 1000 }, undefined);
    await withReadRouting(deps, 'sibling', async () => expect(readDb(deps)).toBe(primary));
    process.emit('message', { type: 'other', userId: 'stranger', until: Date.now() + 1000 }, undefined);
    await withReadRouting(deps, 'stranger', async () => expect(readDb(deps)).toBe(replicaDb));
  });
});

describe('unverifiedSubject', () => {
  it("reads a bearer token's subject and nothing else", () => {
    expect(unverifiedSubject(token('7d0e6a3c-1b2f-4c5d-8e9f-0a1b2c3d4e5f'))).toBe(
      '7d0e6a3c-1b2f-4c5d-8e9f-0a1b2c3d4e5f',
    );
    expect(unverifiedSubject(undefined)).toBeNull();
    expect(unverifiedSubject('Basic abc')).toBeNull();
    expect(unverifiedSubject('Bearer a.!!!.c')).toBeNull();
    expect(unverifiedSubject(`Bearer e30.${Buffer.from('{"sub":1}').toString('base64url')}.c2ln`)).toBeNull();
    expect(unverifiedSubject(`Bearer e30.${Buffer.from('not json').toString('base64url')}.c2ln`)).toBeNull();
  });
});
