/**
 * Read routing (issue 15.5, decision "processes, job safety, read replica"): with DATABASE_READ_URL a second pool
 * reads from a streaming replica. `readDb(deps)` is the one way a feature opts in: it answers the replica only when
 * the read may lag a little, and the primary otherwise:
 * - outside an API request (background jobs, tools): always the primary;
 * - once the current request has sent a write (INSERT, UPDATE, DELETE, BEGIN, SELECT … FOR UPDATE) to the primary,
 *   every later read of that request goes to the primary;
 * - a user (the bearer token's subject, verified or not: a forged token can only route to the primary) who wrote
 *   within READ_AFTER_WRITE_MS reads from the primary, in this process and, through the cluster's IPC, in every
 *   worker of this machine.
 * Without DATABASE_READ_URL `readDb` is `deps.db` and nothing here runs.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import cluster from 'node:cluster';
import type { Pool, PoolClient } from 'pg';
import type { Db } from './client';

type RequestRoute = { userId: string | null; wrote: boolean };
const current = new AsyncLocalStorage<RequestRoute>();

/** Users who wrote recently → until when their reads stay on the primary (epoch ms). */
const recentWriters = new Map<string, number>();
const MESSAGE = 'zhulian:wrote';

/** Whatever has a primary handle and maybe a replica: `Deps`, or a test's hand-built deps. */
export type ReadRoutable = { db: Db; replica?: { db: Db } | null; env: { READ_AFTER_WRITE_MS: number } };

/** The handle for reads that may lag behind the primary by a moment: the replica when this read may use it. */
export function readDb(deps: ReadRoutable): Db {
  if (!deps.replica) return deps.db;
  const route = current.getStore();
  if (!route || route.wrote) return deps.db;
  if (route.userId && wroteRecently(route.userId)) return deps.db;
  return deps.replica.db;
}

/** Runs one API request with its routing state; afterwards a user whose request wrote is remembered. */
export async function withReadRouting<T>(
  deps: ReadRoutable,
  userId: string | null,
  work: () => Promise<T>,
): Promise<T> {
  if (!deps.replica) return work();
  const route: RequestRoute = { userId, wrote: false };
  try {
    return await current.run(route, work);
  } finally {
    if (route.wrote && userId) rememberWriter(userId, Date.now() + deps.env.READ_AFTER_WRITE_MS, true);
  }
}

function wroteRecently(userId: string): boolean {
  const until = recentWriters.get(userId);
  if (until === undefined) return false;
  if (until > Date.now()) return true;
  recentWriters.delete(userId);
  return false;
}

function rememberWriter(userId: string, until: number, broadcast: boolean): void {
  if ((recentWriters.get(userId) ?? 0) < until) recentWriters.set(userId, until);
  if (recentWriters.size > 50_000) {
    const now = Date.now();
    for (const [id, t] of recentWriters) if (t <= now) recentWriters.delete(id);
  }
  // the primary process (server/src/cluster.ts) relays this to every other worker
  if (broadcast && cluster.isWorker && process.send) process.send({ type: MESSAGE, userId, until });
}

/** A worker takes in what its siblings wrote (called once per process by main.ts). */
export function listenForSiblingWrites(): void {
  process.on('message', (message: unknown) => {
    const m = message as { type?: unknown; userId?: unknown; until?: unknown } | null;
    if (m?.type === MESSAGE && typeof m.userId === 'string' && typeof m.until === 'number')
      rememberWriter(m.userId, m.until, false);
  });
}

export const isWriteMessage = (message: unknown): boolean => (message as { type?: unknown })?.type === MESSAGE;

/** Statements that change data or take row locks; a read-only transaction counts too (BEGIN), to be safe. */
const WRITE =
  /^\s*(insert|update|delete|merge|begin|start|call|do|copy|lock)\b|\bfor\s+(no\s+key\s+)?update\b|\bfor\s+(key\s+)?share\b|\b(insert\s+into|delete\s+from)\b|\bupdate\s+"?\w+"?\s+set\b/i;

/** Marks the current request as having written when `text` is a write; called for every primary statement. */
function note(text: unknown): void {
  const route = current.getStore();
  if (!route || route.wrote || typeof text !== 'string') return;
  if (WRITE.test(text)) route.wrote = true;
}

const textOf = (arg: unknown) => (typeof arg === 'string' ? arg : (arg as { text?: unknown } | undefined)?.text);

/** Makes the primary pool report its statements (pool.query and transactions' clients), so writes are seen. */
export function trackWrites(pool: Pool): void {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    note(textOf(args[0]));
    return query(...args);
  }) as typeof pool.query;
  const seen = new WeakSet<object>();
  const connect = pool.connect.bind(pool) as (cb?: unknown) => Promise<PoolClient> | void;
  pool.connect = ((cb?: unknown) => {
    if (cb) return connect(cb);
    return (connect() as Promise<PoolClient>).then((client) => {
      if (seen.has(client)) return client;
      seen.add(client);
      const clientQuery = client.query as (...args: unknown[]) => unknown;
      client.query = function trackedQuery(this: unknown, ...args: unknown[]) {
        note(textOf(args[0]));
        return clientQuery.apply(this, args);
      } as typeof client.query;
      return client;
    });
  }) as typeof pool.connect;
}

/** The bearer token's subject without verifying it: only ever used to send a reader to the primary. */
export function unverifiedSubject(authorization: string | undefined): string | null {
  const payload = /^Bearer [A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/.exec(authorization ?? '')?.[1];
  if (!payload) return null;
  try {
    const sub = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown }).sub;
    return typeof sub === 'string' && sub.length <= 64 ? sub : null;
  } catch {
    return null;
  }
}
