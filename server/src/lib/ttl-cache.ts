/**
 * Tiny per-process caches for read-mostly data (rules, standards, reference data, policy list pages). Entries
 * live `ttlMs` on the injected clock; concurrent misses of one key share one load; a failed load is not cached.
 * Other processes see a change after at most `ttlMs`; the process that made the change calls `clear()`.
 */
import type { Clock } from './clock';

export type KeyedCache<T> = { get(key: string, load: () => Promise<T>): Promise<T>; clear(): void; size(): number };
export type TtlCache<T> = { get(load: () => Promise<T>): Promise<T>; clear(): void };

/** Many keys, at most `max` of them (the oldest is dropped first). */
export function keyedTtlCache<T>(clock: Clock, ttlMs: number, max = Number.POSITIVE_INFINITY): KeyedCache<T> {
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
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear: () => entries.clear(),
    size: () => entries.size,
  };
}

/** One value. */
export function ttlCache<T>(clock: Clock, ttlMs: number): TtlCache<T> {
  const cache = keyedTtlCache<T>(clock, ttlMs, 1);
  return { get: (load) => cache.get('', load), clear: cache.clear };
}
