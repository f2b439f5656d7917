/** SQL for divisions, service points and departments (read-only reference data). */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { PointLevel } from '../../../../shared/domain/roles';
import type { Db } from '../../db/client';
import { departments, divisions, servicePoints } from '../../db/schema';

/**
 * The street/town a service point belongs to: a station's own division, a community point's parent division, null
 * for the hub. Select it with `divisions` joined on the point's division.
 */
export const pointStreetCodeSql = sql<
  string | null
>`case ${servicePoints.level} when 'street_station' then ${servicePoints.divisionCode} when 'community_point' then ${divisions.parentCode} end`;

export async function findDivision(db: Db, code: string) {
  const [row] = await db.select().from(divisions).where(eq(divisions.code, code));
  return row ?? null;
}

export function listChildDivisions(db: Db, parentCode: string) {
  return db.select().from(divisions).where(eq(divisions.parentCode, parentCode)).orderBy(asc(divisions.code));
}

/** Streets/towns of a district with how many communities/villages each has. */
export function listStreetsWithCounts(db: Db, districtCode: string) {
  return db
    .select({
      code: divisions.code,
      name: divisions.name,
      level: divisions.level,
      parentCode: divisions.parentCode,
      // written out in full: drizzle leaves the outer column unqualified, which would bind to the inner alias
      communityCount: sql<number>`(select count(*)::int from divisions c where c.parent_code = divisions.code)`,
    })
    .from(divisions)
    .where(eq(divisions.parentCode, districtCode))
    .orderBy(asc(divisions.code));
}

const pointColumns = {
  id: servicePoints.id,
  level: servicePoints.level,
  name: servicePoints.name,
  divisionCode: servicePoints.divisionCode,
  divisionName: divisions.name,
  address: servicePoints.address,
  phone: servicePoints.phone,
  openingHours: servicePoints.openingHours,
  lat: servicePoints.lat,
  lng: servicePoints.lng,
  isSampleContact: servicePoints.isSampleContact,
};

/** Active points, optionally inside one street/town (its station and its communities' points). */
export function listServicePoints(db: Db, filter: { streetCode?: string; level?: PointLevel }) {
  const conditions: SQL[] = [eq(servicePoints.active, true)];
  if (filter.streetCode) {
    conditions.push(
      sql`(${servicePoints.divisionCode} = ${filter.streetCode} or ${divisions.parentCode} = ${filter.streetCode})`,
    );
  }
  if (filter.level) conditions.push(eq(servicePoints.level, filter.level));
  return db
    .select(pointColumns)
    .from(servicePoints)
    .innerJoin(divisions, eq(divisions.code, servicePoints.divisionCode))
    .where(and(...conditions))
    .orderBy(
      sql`case ${servicePoints.level} when 'district_hub' then 0 when 'street_station' then 1 else 2 end`,
      asc(servicePoints.divisionCode),
    );
}

export type ServicePointRow = Awaited<ReturnType<typeof listServicePoints>>[number];

export function listDepartments(db: Db) {
  return db
    .select({ id: departments.id, code: departments.code, name: departments.name, isLead: departments.isLead })
    .from(departments)
    .orderBy(asc(departments.sort));
}

/** Every division (a few hundred rows): the routing reference cache indexes them by code. */
export function listAllDivisions(db: Db) {
  return db
    .select({ code: divisions.code, name: divisions.name, level: divisions.level, parentCode: divisions.parentCode })
    .from(divisions);
}

/** Every active point with the fields routing shows and measures (ordered, so "the point of a division" is stable). */
export function listActivePoints(db: Db) {
  return db
    .select({
      id: servicePoints.id,
      name: servicePoints.name,
      level: servicePoints.level,
      phone: servicePoints.phone,
      address: servicePoints.address,
      divisionCode: servicePoints.divisionCode,
      lat: servicePoints.lat,
      lng: servicePoints.lng,
    })
    .from(servicePoints)
    .where(eq(servicePoints.active, true))
    .orderBy(asc(servicePoints.id));
}
