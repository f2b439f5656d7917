/**
 * A tiny per-process cache for read-mostly reference data (rules, standards). Entries live `ttlMs` on the
 * injected clock; concurrent misses share one load. Other processes see a change after at most `ttlMs`;
 * the process that made the change calls `clear()` and sees it at once.
 */
import type { Clock } from './clock';

export type TtlCache<T> = { get(load: () => Promise<T>): Promise<T>; clear(): void };

export function ttlCache<T>(clock: Clock, ttlMs: number): TtlCache<T> {
  let entry: { value: Promise<T>; until: number } | null = null;
  return {
    get(load) {
      const now = clock.now().getTime();
      if (!entry || entry.until <= now) {
        const value = load();
        entry = { value, until: now + ttlMs };
        // a failed load must not be cached
        value.catch(() => {
          if (entry?.value === value) entry = null;
        });
      }
      return entry.value;
    },
    clear() {
      entry = null;
    },
  };
}
