/** SQL of community events: rows, their view (department, points, street, counts) and the lists. */
import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { departments, divisions, servicePoints } from '../../db/schema';
import { communityEvents, eventSignups } from '../../db/schema-events';

export type EventRow = typeof communityEvents.$inferSelect;
export type EventPatch = Partial<Omit<EventRow, 'id' | 'code' | 'createdBy' | 'createdAt'>>;

export async function insertEvent(db: Db, row: typeof communityEvents.$inferInsert): Promise<EventRow> {
  const [created] = await db.insert(communityEvents).values(row).returning();
  return created!;
}

export async function updateEvent(db: Db, id: string, patch: EventPatch): Promise<void> {
  await db.update(communityEvents).set(patch).where(eq(communityEvents.id, id));
}

/** Locks an event for the rest of the transaction: sign-ups, cancels and edits of one event queue here. */
export async function lockEvent(db: Db, id: string): Promise<EventRow | null> {
  const [row] = await db.select().from(communityEvents).where(eq(communityEvents.id, id)).for('update');
  return row ?? null;
}

/** A service point as an event's venue: its name, address, coordinates and division (with the division's parent). */
export async function findPoint(db: Db, id: string) {
  const [row] = await db
    .select({
      id: servicePoints.id,
      name: servicePoints.name,
      active: servicePoints.active,
      divisionCode: servicePoints.divisionCode,
      level: divisions.level,
      parentCode: divisions.parentCode,
    })
    .from(servicePoints)
    .innerJoin(divisions, eq(divisions.code, servicePoints.divisionCode))
    .where(eq(servicePoints.id, id));
  return row ?? null;
}

export async function findDivision(db: Db, code: string) {
  const [row] = await db
    .select({ code: divisions.code, level: divisions.level })
    .from(divisions)
    .where(eq(divisions.code, code));
  return row ?? null;
}

export async function departmentExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, id));
  return Boolean(row);
}

const ownerPoint = alias(servicePoints, 'owner_point');
const venue = alias(servicePoints, 'venue');
const street = alias(divisions, 'street');
const countOf = (status: 'confirmed' | 'waitlisted') =>
  sql<number>`(select count(*)::int from ${eventSignups} where ${eventSignups.eventId} = ${communityEvents.id} and ${eventSignups.status} = ${status})`;

function eventQuery(db: Db) {
  return db
    .select({
      event: communityEvents,
      departmentName: departments.name,
      ownerPointName: ownerPoint.name,
      venueName: venue.name,
      venueAddress: venue.address,
      venueLat: venue.lat,
      venueLng: venue.lng,
      streetName: street.name,
      confirmed: countOf('confirmed'),
      waitlisted: countOf('waitlisted'),
    })
    .from(communityEvents)
    .leftJoin(departments, eq(departments.id, communityEvents.departmentId))
    .leftJoin(ownerPoint, eq(ownerPoint.id, communityEvents.ownerPointId))
    .leftJoin(venue, eq(venue.id, communityEvents.venuePointId))
    .leftJoin(street, eq(street.code, communityEvents.streetCode));
}
export type EventView = Awaited<ReturnType<typeof findEventView>> & {};

export async function findEventView(db: Db, where: { id: string } | { code: string }) {
  const cond = 'id' in where ? eq(communityEvents.id, where.id) : eq(communityEvents.code, where.code);
  const [row] = await eventQuery(db).where(cond);
  return row ?? null;
}

export function findEventViews(db: Db, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return eventQuery(db).where(inArray(communityEvents.id, ids));
}

/** Published events not yet ended, soonest first, optionally in one street or one community. */
export function listUpcoming(db: Db, now: Date, filter: { streetCode?: string; divisionCode?: string }, limit: number) {
  const parts: SQL[] = [eq(communityEvents.status, 'published'), gt(communityEvents.endsAt, now)];
  if (filter.streetCode) parts.push(eq(communityEvents.streetCode, filter.streetCode));
  if (filter.divisionCode) parts.push(eq(communityEvents.divisionCode, filter.divisionCode));
  return eventQuery(db)
    .where(and(...parts))
    .orderBy(asc(communityEvents.startsAt), asc(communityEvents.id))
    .limit(limit);
}

/** Events of the given departments or owner points that ended at most `since` ago, soonest first. */
export function listManaged(db: Db, owners: { deptIds: string[]; pointIds: string[] }, since: Date) {
  const parts: SQL[] = [];
  if (owners.deptIds.length) parts.push(inArray(communityEvents.departmentId, owners.deptIds));
  if (owners.pointIds.length) parts.push(inArray(communityEvents.ownerPointId, owners.pointIds));
  if (!parts.length) return Promise.resolve([]);
  return eventQuery(db)
    .where(and(or(...parts), gt(communityEvents.endsAt, since)))
    .orderBy(asc(communityEvents.startsAt), asc(communityEvents.id))
    .limit(100);
}
