/**
 * The district's streets and towns in the official order, kept per database like the routing reference data
 * (org/reference-cache.ts, REFERENCE_TTL_MS): divisions change only with a seed or a migration, and the dashboard
 * and its reach table list them on every request.
 */
import type { Deps } from '../../deps';
import { ttlCache, type TtlCache } from '../../lib/ttl-cache';
import { REFERENCE_TTL_MS } from '../org/reference-cache';
import { streetsInOrder } from './stats.repo';

type Street = { code: string; name: string };

const caches = new WeakMap<object, TtlCache<Street[]>>();

/** All streets/towns, or only those given (in the official order either way). */
export async function districtStreets(deps: Pick<Deps, 'db' | 'clock'>, only: string[] | null): Promise<Street[]> {
  let cache = caches.get(deps.db);
  if (!cache) caches.set(deps.db, (cache = ttlCache<Street[]>(deps.clock, REFERENCE_TTL_MS)));
  const all = await cache.get(() => streetsInOrder(deps.db, null));
  return only ? all.filter((s) => only.includes(s.code)) : all;
}
