/** SQL for service-point detail, "near me" and admin edits of contact data. */
import { and, asc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { divisions, servicePoints } from '../../db/schema';

const columns = {
  id: servicePoints.id,
  level: servicePoints.level,
  name: servicePoints.name,
  divisionCode: servicePoints.divisionCode,
  divisionName: divisions.name,
  parentCode: divisions.parentCode,
  address: servicePoints.address,
  phone: servicePoints.phone,
  openingHours: servicePoints.openingHours,
  openingSchedule: servicePoints.openingSchedule,
  lat: servicePoints.lat,
  lng: servicePoints.lng,
  isSampleContact: servicePoints.isSampleContact,
};

function selectPoints(db: Db) {
  return db.select(columns).from(servicePoints).innerJoin(divisions, eq(divisions.code, servicePoints.divisionCode));
}

export type PointRow = Awaited<ReturnType<typeof selectPoints>>[number];

export async function findActivePoint(db: Db, id: string): Promise<PointRow | null> {
  const [row] = await selectPoints(db).where(and(eq(servicePoints.id, id), eq(servicePoints.active, true)));
  return row ?? null;
}

/** The active district hub. */
export async function findHub(db: Db): Promise<PointRow | null> {
  const [row] = await selectPoints(db)
    .where(and(eq(servicePoints.level, 'district_hub'), eq(servicePoints.active, true)))
    .limit(1);
  return row ?? null;
}

/** The active station of a street/town. */
export async function findStation(db: Db, streetCode: string): Promise<PointRow | null> {
  const [row] = await selectPoints(db)
    .where(
      and(
        eq(servicePoints.level, 'street_station'),
        eq(servicePoints.divisionCode, streetCode),
        eq(servicePoints.active, true),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Every active point, hub and stations first, then by division code. */
export function listActivePointRows(db: Db) {
  return selectPoints(db)
    .where(eq(servicePoints.active, true))
    .orderBy(
      sql`case ${servicePoints.level} when 'district_hub' then 0 when 'street_station' then 1 else 2 end`,
      asc(servicePoints.divisionCode),
    );
}

/** Active points with known coordinates (never invented: only those a public source states). */
export function listLocatedPoints(db: Db) {
  return selectPoints(db).where(
    and(eq(servicePoints.active, true), isNotNull(servicePoints.lat), isNotNull(servicePoints.lng)),
  );
}

/** Active points whose location is not known yet. */
export function listUnlocatedPoints(db: Db) {
  return selectPoints(db)
    .where(and(eq(servicePoints.active, true), or(isNull(servicePoints.lat), isNull(servicePoints.lng))))
    .orderBy(asc(servicePoints.divisionCode));
}

export async function divisionName(db: Db, code: string): Promise<string | null> {
  const [row] = await db.select({ name: divisions.name }).from(divisions).where(eq(divisions.code, code));
  return row?.name ?? null;
}

export type PointPatch = Partial<
  Pick<
    typeof servicePoints.$inferInsert,
    'address' | 'phone' | 'openingHours' | 'openingSchedule' | 'lat' | 'lng' | 'isSampleContact'
  >
>;

/** Applies a patch; false when no such point exists. */
export async function updatePoint(db: Db, id: string, patch: PointPatch): Promise<boolean> {
  if (Object.keys(patch).length === 0)
    // a patch that changes nothing still answers whether the point exists
    return (await db.select({ id: servicePoints.id }).from(servicePoints).where(eq(servicePoints.id, id))).length > 0;
  const rows = await db
    .update(servicePoints)
    .set(patch)
    .where(eq(servicePoints.id, id))
    .returning({ id: servicePoints.id });
  return rows.length > 0;
}
