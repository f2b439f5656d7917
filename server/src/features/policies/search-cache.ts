/**
 * Per-process cache of policy list pages, keyed by the whole request (query tokens, filters, cursor, limit,
 * district day). Entries live `SEARCH_CACHE_TTL_MS` on the injected clock; concurrent misses of one key share one
 * query; at most `SEARCH_CACHE_MAX` keys (the oldest is dropped). Admin writes in this process clear it; other
 * processes see a change after at most the TTL (decision 15; the self-check cache is decision 13).
 */
import type { Clock } from '../../lib/clock';

export const SEARCH_CACHE_TTL_MS = 10_000;
export const SEARCH_CACHE_MAX = 500;

export type KeyedCache<T> = { get(key: string, load: () => Promise<T>): Promise<T>; clear(): void; size(): number };

export function keyedTtlCache<T>(clock: Clock, ttlMs = SEARCH_CACHE_TTL_MS, max = SEARCH_CACHE_MAX): KeyedCache<T> {
  const entries = new Map<string, { value: Promise<T>; until: number }>();
  return {
    get(key, load) {
      const now = clock.now().getTime();
      const hit = entries.get(key);
      if (hit && hit.until > now) return hit.value;
      entries.delete(key);
      if (entries.size >= max) entries.delete(entries.keys().next().value as string);
      const value = load();
      entries.set(key, { value, until: now + ttlMs });
      // a failed load must not be cached
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear() {
      entries.clear();
    },
    size() {
      return entries.size;
    },
  };
}
