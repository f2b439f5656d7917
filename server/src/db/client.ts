/**
 * One database module for both drivers: `postgres://…` → node-postgres pool; otherwise embedded PGlite
 * (on disk under DATA_DIR, or `memory://` / a loaded data dir for tests). Both expose the same Drizzle API.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { describeError } from '../lib/error-summary';
import type { Logger } from '../lib/logger';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** Runs raw SQL and returns its rows (both drivers answer with `.rows`). Use only inside repositories. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export type DbKind = 'postgres' | 'pglite';

export type Database = {
  db: Db;
  kind: DbKind;
  /** Resolves when a trivial query answers within `timeoutMs`; rejects otherwise. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
  /** Raw driver handle (pg.Pool or PGlite), for migrations and test tooling only. */
  raw: unknown;
};

export type DbOptions = {
  url?: string;
  /** PGlite data dir (ignored for postgres). `memory://` keeps it in memory. */
  dataDir?: string;
  /** A PGlite data dir dump to start from (tests). */
  loadDataDir?: Blob | File;
  logger?: Logger;
  poolSize?: number;
};

export async function openDatabase(options: DbOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options) : openPglite(options);
}

async function openPostgres(url: string, options: DbOptions): Promise<Database> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 30_000,
    // a stuck query or an abandoned transaction must not hold a connection forever
    statement_timeout: 10_000,
    idle_in_transaction_session_timeout: 30_000,
  });
  // Without a listener an idle client's error (e.g. the server restarting) would crash the process.
  pool.on('error', (err) => options.logger?.warn({ err: describeError(err) }, 'idle postgres client error'));
  // The same for a checked-out client between two queries (e.g. inside a transaction) when the server goes away:
  // pg emits 'error' on it, and the pool listens only while the client is idle. The query in hand fails on its own.
  pool.on('connect', (client) => {
    client.on('error', (err) => options.logger?.warn({ err: describeError(err) }, 'postgres client error'));
  });
  releaseOnFailedBegin(pool);
  const db = drizzle(pool, { schema }) as unknown as Db;
  let ended: Promise<void> | undefined;
  return {
    db,
    kind: 'postgres',
    raw: pool,
    ping: (timeoutMs = 2000) => withTimeout(db.execute(sql`select 1`), timeoutMs).then(() => undefined),
    // idempotent, like the PGlite close: pg's pool.end() throws when called twice
    close: () => (ended ??= pool.end()),
  };
}

/**
 * drizzle-orm 0.45 (node-postgres) sends BEGIN before the try/finally that releases the pooled client, so a
 * BEGIN failing on a cut connection leaks the client for good (drizzle-orm#6241): after a few outages the
 * pool is empty and shutdown hangs. Clients handed out as promises (drizzle's transactions) therefore give
 * themselves back, with the error so the pool drops them, when BEGIN fails; a later release is a no-op.
 */
function releaseOnFailedBegin(pool: import('pg').Pool): void {
  const connect = pool.connect.bind(pool) as (cb?: unknown) => Promise<import('pg').PoolClient> | void;
  const guarded = new WeakSet<object>();
  const guard = (client: import('pg').PoolClient) => {
    if (guarded.has(client)) return client;
    guarded.add(client);
    const query = client.query as (...args: unknown[]) => unknown;
    client.query = function guardedQuery(this: unknown, ...args: unknown[]) {
      const result = query.apply(this, args);
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: unknown } | undefined)?.text;
      if (!(result instanceof Promise) || typeof text !== 'string' || !/^\s*begin\b/i.test(text)) return result;
      return result.catch((err: Error) => {
        const release = client.release.bind(client);
        client.release = () => undefined;
        release(err);
        throw err;
      });
    } as typeof client.query;
    return client;
  };
  pool.connect = ((cb?: unknown) => (cb ? connect(cb) : (connect() as Promise<import('pg').PoolClient>).then(guard))) as typeof pool.connect;
}

async function openPglite(options: DbOptions): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir });
  const db = drizzle(client, { schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: 'pglite',
    raw: client,
    ping: async (timeoutMs = 2000) => {
      if (closed || client.closed) throw Object.assign(new Error('PGlite is closed'), { code: '57P01' });
      await withTimeout(client.query('select 1'), timeoutMs);
    },
    close: async () => {
      if (!closed && !client.closed) {
        closed = true;
        await client.close();
      }
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('database ping timed out'), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
