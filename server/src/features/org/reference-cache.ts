/**
 * Reference data that routing reads on every submit — divisions, active service points and departments —
 * loaded together and kept per database for REFERENCE_TTL_MS (lib/ttl-cache). Divisions and departments
 * only change with a seed or migration; a point's coordinates, phone or address can be edited by its staff or an
 * admin, or imported (points-write.service.ts clears this cache, so the editing process sees the change at once;
 * other processes within REFERENCE_TTL_MS). Deactivating a point has no API: it takes a restart or the TTL.
 */
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { ttlCache, type TtlCache } from '../../lib/ttl-cache';
import * as repo from './org.repo';

export const REFERENCE_TTL_MS = 30_000;

export type DivisionRef = Awaited<ReturnType<typeof repo.listAllDivisions>>[number];
export type PointRef = Awaited<ReturnType<typeof repo.listActivePoints>>[number];
export type DepartmentRef = Awaited<ReturnType<typeof repo.listDepartments>>[number];

export type ReferenceData = {
  division(code: string): DivisionRef | null;
  /** The active point serving a division (the first by id if there were several), or null. */
  pointOf(divisionCode: string): PointRef | null;
  pointsWithCoordinates: readonly (PointRef & { lat: number; lng: number })[];
  /** In the departments' display order. */
  departments: readonly DepartmentRef[];
};

/** The database the cache belongs to (deps.db) and its clock; reads on a miss go through `db`, which may be a transaction. */
export type ReferenceScope = { db: Db; clock: Clock };

const caches = new WeakMap<object, TtlCache<ReferenceData>>();

export function referenceData(scope: ReferenceScope, db: Db): Promise<ReferenceData> {
  let cache = caches.get(scope.db);
  if (!cache) caches.set(scope.db, (cache = ttlCache<ReferenceData>(scope.clock, REFERENCE_TTL_MS)));
  return cache.get(() => load(db));
}

/** Called after a write to any of these tables so this process sees it at once. */
export function clearReferenceData(scope: Pick<ReferenceScope, 'db'>): void {
  caches.get(scope.db)?.clear();
}

async function load(db: Db): Promise<ReferenceData> {
  // one after the other: inside a transaction they share one connection anyway
  const divisionRows = await repo.listAllDivisions(db);
  const pointRows = await repo.listActivePoints(db);
  const departments = await repo.listDepartments(db);
  const divisions = new Map(divisionRows.map((d) => [d.code, d]));
  const points = new Map<string, PointRef>();
  for (const p of pointRows) if (!points.has(p.divisionCode)) points.set(p.divisionCode, p);
  return {
    division: (code) => divisions.get(code) ?? null,
    pointOf: (code) => points.get(code) ?? null,
    pointsWithCoordinates: pointRows.filter(
      (p): p is PointRef & { lat: number; lng: number } => p.lat !== null && p.lng !== null,
    ),
    departments,
  };
}
