/**
 * One database module for both drivers: `postgres://…` → node-postgres pool; otherwise embedded PGlite
 * (on disk under DATA_DIR, or `memory://` / a loaded data dir for tests). Both expose the same Drizzle API.
 * The drivers are imported statically, so TypeScript and Node resolve the same (CommonJS) drizzle build as the
 * schema and the repositories: each driver's database is then a `Db` without a cast. (A dynamic `import()` gets
 * drizzle's ESM typings, which TypeScript treats as different classes.) PGlite's WASM loads only in `create`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { Pool, type PoolClient } from 'pg';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { describeError } from '../lib/error-summary';
import type { Logger } from '../lib/logger';
import * as schema from './schema';

type RowsResult<R> = { rows: R[] };
/**
 * What `execute` answers on both drivers: node-postgres' `QueryResult` and PGlite's `Results` both carry
 * `.rows`, so the driver-specific databases (and their transactions) are assignable to `Db` as they are.
 */
export interface RowsQueryResultHKT extends PgQueryResultHKT {
  type: RowsResult<this['row']>;
}

export type Db = PgDatabase<RowsQueryResultHKT, typeof schema>;
/** Runs raw SQL and returns its rows. Use only inside repositories. */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute<T>(query);
  return result.rows;
}

export type Database = {
  db: Db;
  /** Resolves when a trivial query answers within `timeoutMs`; rejects otherwise. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
} &
  /** Raw driver handle, for migrations, test tooling and fixed statements (db/statement.ts) only. */
  ({ kind: 'postgres'; raw: Pool } | { kind: 'pglite'; raw: PGlite });

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
  const db: Db = drizzleNodePg(pool, { schema });
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
function releaseOnFailedBegin(pool: Pool): void {
  const connect = pool.connect.bind(pool) as (cb?: unknown) => Promise<PoolClient> | void;
  const guarded = new WeakSet<object>();
  const guard = (client: PoolClient) => {
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
  pool.connect = ((cb?: unknown) =>
    cb ? connect(cb) : (connect() as Promise<PoolClient>).then(guard)) as typeof pool.connect;
}

async function openPglite(options: DbOptions): Promise<Database> {
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir });
  const db: Db = drizzlePglite(client, { schema });
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
