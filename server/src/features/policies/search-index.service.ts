/**
 * The search index (search-index.ts) of one database, kept per process with the matching catalog's rules
 * (catalog.service.ts): dropped at once by a content change in this process (lib/content-events); otherwise
 * checked after CACHE_TTL_MS in the background while the old index answers (at most STALE_MAX_MS old; older,
 * requests wait). A check costs one aggregate over `policies` and rebuilds only when a row changed.
 */
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { onContentChanged } from '../../lib/content-events';
import { buildIndex, type SearchIndex } from './search-index';
import * as repo from './search-index.repo';

const CACHE_TTL_MS = 10_000;
const STALE_MAX_MS = 30_000;
/** How old an index may get before a search waits for its check (tests advance the clock past it). */
export const SEARCH_INDEX_STALE_MAX_MS = STALE_MAX_MS;

/** `generation` grows on every clear, so a load begun before a change never installs what it read. */
type Slot = {
  value?: SearchIndex;
  version?: string;
  checkedAt: number;
  pending?: Promise<SearchIndex>;
  generation: number;
};

const slots = new WeakMap<object, Slot>();
onContentChanged((db) => {
  const slot = slots.get(db);
  if (slot)
    Object.assign(
      slot,
      { value: undefined, version: undefined, pending: undefined },
      { generation: slot.generation + 1 },
    );
});

async function refresh(deps: Deps, db: Db, slot: Slot): Promise<SearchIndex> {
  const generation = slot.generation;
  const checkedAt = deps.clock.now().getTime();
  // the version is read before the rows, so the rows are never older than the version they are filed under
  const version = await repo.policiesVersion(db);
  const value = slot.value && version === slot.version ? slot.value : buildIndex(await repo.indexRows(db));
  if (slot.generation === generation) Object.assign(slot, { value, version, checkedAt });
  return value;
}

function start(deps: Deps, slot: Slot): Promise<SearchIndex> {
  const pending = refresh(deps, deps.db, slot);
  const settle = () => {
    if (slot.pending === pending) slot.pending = undefined;
  };
  pending.then(settle, settle);
  slot.pending = pending;
  return pending;
}

/** The search index of `deps.db` (built on first use; see the file comment for freshness). */
export function policySearchIndex(deps: Deps): Promise<SearchIndex> {
  let slot = slots.get(deps.db);
  if (!slot) slots.set(deps.db, (slot = { checkedAt: 0, generation: 0 }));
  const age = deps.clock.now().getTime() - slot.checkedAt;
  if (slot.value && age < CACHE_TTL_MS) return Promise.resolve(slot.value);
  if (slot.value && age < STALE_MAX_MS) {
    // a failed check is retried by the next request; the old index answers meanwhile
    if (!slot.pending) start(deps, slot).catch(() => undefined);
    return Promise.resolve(slot.value);
  }
  return slot.pending ?? start(deps, slot);
}
