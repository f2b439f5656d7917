/**
 * Per-process cache of authenticated principals, keyed by session id (decisions: per-process authentication cache).
 *
 * A cached principal is reused only while `users.auth_version` still has the value it was built with. The database
 * bumps that number (triggers, migration 0027) in the same transaction as every change that can alter a login:
 * session revoked or shortened, membership granted/revoked/changed, account disabled or edited, a member's point,
 * department or provider renamed or moved. So revocation is seen on the very next request by every server process,
 * whichever process (or script) made it. The check is one tiny prepared statement, shared by all requests waiting
 * at the same moment: a batch is sent only after every request in it arrived (never answered by a read that began
 * before a request did), so a batch can never miss a change committed before the request came in.
 * Entries also end after CACHE_TTL_MS, and at once when the session's absolute end passes.
 */
import type { Db } from '../../db/client';
import { loadPrincipal, readAuthVersions, type PrincipalRow } from './auth.repo';

export const CACHE_TTL_MS = 60_000;
const CACHE_MAX = 10_000;

type Entry = { row: PrincipalRow; cachedAt: number };
type Waiter = { resolve: (version: number | null) => void; reject: (err: unknown) => void };

/** What the cache did (per database handle), for tests and diagnostics. */
export type PrincipalCacheStats = { hits: number; loads: number; versionReads: number };

type State = {
  entries: Map<string, Entry>;
  stats: PrincipalCacheStats;
  queued: Map<string, Waiter[]>;
  reading: boolean;
};

const states = new WeakMap<Db, State>();

function stateOf(db: Db): State {
  let state = states.get(db);
  if (!state) {
    state = { entries: new Map(), stats: { hits: 0, loads: 0, versionReads: 0 }, queued: new Map(), reading: false };
    states.set(db, state);
  }
  return state;
}

/** Sends queued version reads one batch at a time; requests arriving meanwhile wait for the next batch. */
async function drain(db: Db, state: State): Promise<void> {
  state.reading = true;
  try {
    while (state.queued.size > 0) {
      const batch = state.queued;
      state.queued = new Map();
      state.stats.versionReads += 1;
      try {
        const versions = await readAuthVersions(db, [...batch.keys()]);
        for (const [id, waiters] of batch) for (const w of waiters) w.resolve(versions.get(id) ?? null);
      } catch (err) {
        for (const waiters of batch.values()) for (const w of waiters) w.reject(err);
      }
    }
  } finally {
    state.reading = false;
  }
}

function readVersion(db: Db, state: State, userId: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const waiters = state.queued.get(userId);
    if (waiters) waiters.push({ resolve, reject });
    else state.queued.set(userId, [{ resolve, reject }]);
    if (!state.reading) void drain(db, state);
  });
}

/**
 * The user behind a live session with their active memberships (as `loadPrincipal`), from this process' cache when
 * the user's authentication version is unchanged; null when the session is revoked or ended, or the user disabled.
 */
export async function principalFor(db: Db, userId: string, sessionId: string, now: Date): Promise<PrincipalRow | null> {
  const state = stateOf(db);
  const at = now.getTime();
  const hit = state.entries.get(sessionId);
  if (hit && hit.row.id === userId && at - hit.cachedAt < CACHE_TTL_MS && hit.row.sessionExpiresAt.getTime() > at) {
    if ((await readVersion(db, state, userId)) === hit.row.authVersion) {
      state.stats.hits += 1;
      return hit.row;
    }
  }
  state.entries.delete(sessionId);
  state.stats.loads += 1;
  const row = await loadPrincipal(db, userId, sessionId, now);
  if (row) {
    if (state.entries.size >= CACHE_MAX) state.entries.delete(state.entries.keys().next().value as string);
    state.entries.set(sessionId, { row, cachedAt: at });
  }
  return row;
}

export function principalCacheStats(db: Db): PrincipalCacheStats {
  return { ...stateOf(db).stats };
}
