/** All SQL of service orders (服务单): orders, deliveries (one row = one 人次), provider places, and the 人次 count. */
import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { OrderStatus } from '../../../../shared/domain/service-orders';
import type { Db } from '../../db/client';
import { departments, divisions, memberships, servicePoints, users } from '../../db/schema';
import { applications } from '../../db/schema-applications';
import { providers, services } from '../../db/schema-content';
import { serviceDeliveries, serviceOrders } from '../../db/schema-orders';

export type OrderRow = typeof serviceOrders.$inferSelect;
export type OrderPatch = Partial<Omit<OrderRow, 'id' | 'applicationId' | 'serviceId' | 'createdBy' | 'createdAt'>>;

export async function findServiceWithProvider(db: Db, serviceId: string) {
  const [row] = await db
    .select({
      id: services.id,
      name: services.name,
      delivery: services.delivery,
      status: services.status,
      providerId: providers.id,
      providerStatus: providers.status,
      openPlaces: providers.openPlaces,
    })
    .from(services)
    .innerJoin(providers, eq(providers.id, services.providerId))
    .where(eq(services.id, serviceId));
  return row ?? null;
}

/** Published services of published providers for the order form; full providers last, then by name. */
export function listServiceOptions(db: Db) {
  return db
    .select({
      id: services.id,
      name: services.name,
      delivery: services.delivery,
      provider: { id: providers.id, name: providers.name },
      openPlaces: providers.openPlaces,
    })
    .from(services)
    .innerJoin(providers, eq(providers.id, services.providerId))
    .where(and(eq(services.status, 'published'), eq(providers.status, 'published')))
    .orderBy(sql`coalesce(${providers.openPlaces}, 1) = 0`, providers.name, services.name);
}

export async function findProvider(db: Db, id: string) {
  const [row] = await db
    .select({ id: providers.id, status: providers.status, openPlaces: providers.openPlaces })
    .from(providers)
    .where(eq(providers.id, id));
  return row ?? null;
}

export async function departmentExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, id));
  return Boolean(row);
}

export async function insertOrder(db: Db, row: typeof serviceOrders.$inferInsert): Promise<OrderRow> {
  const [created] = await db.insert(serviceOrders).values(row).returning();
  return created!;
}

/** Locks an order for the rest of the transaction (accept, decline, deliver and cancel run one after another). */
export async function lockOrder(db: Db, id: string): Promise<OrderRow | null> {
  const [row] = await db.select().from(serviceOrders).where(eq(serviceOrders.id, id)).for('update');
  return row ?? null;
}

export async function updateOrder(db: Db, id: string, patch: OrderPatch): Promise<void> {
  await db.update(serviceOrders).set(patch).where(eq(serviceOrders.id, id));
}

/** Locks the provider row and answers its open places (null = no limit); concurrent accepts queue here. */
export async function lockProviderPlaces(db: Db, providerId: string): Promise<{ openPlaces: number | null } | null> {
  const [row] = await db
    .select({ openPlaces: providers.openPlaces })
    .from(providers)
    .where(eq(providers.id, providerId))
    .for('update');
  return row ?? null;
}

/** Moves a limited provider's open places by `delta` (-1 on accept, +1 on cancel); unlimited providers stay null. */
export async function moveProviderPlaces(db: Db, providerId: string, delta: 1 | -1): Promise<void> {
  await db
    .update(providers)
    .set({ openPlaces: sql`${providers.openPlaces} + ${delta}` })
    .where(and(eq(providers.id, providerId), sql`${providers.openPlaces} is not null`));
}

/** Providers with no open place left: matching leaves their services out of the suggestions. */
export async function fullProviderIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: providers.id })
    .from(providers)
    .where(sql`${providers.openPlaces} = 0`);
  return rows.map((r) => r.id);
}

export async function insertDeliveries(db: Db, rows: (typeof serviceDeliveries.$inferInsert)[]): Promise<void> {
  await db.insert(serviceDeliveries).values(rows);
}

const creator = alias(users, 'creator');
const place = alias(divisions, 'place');
const fromPoint = alias(servicePoints, 'from_point');
const receiverPoint = alias(servicePoints, 'receiver_point');
const receiverProvider = alias(providers, 'receiver_provider');

/** An order with what its card shows: service, receiver name, creator, the application's number and person. */
function orderQuery(db: Db) {
  return db
    .select({
      order: serviceOrders,
      serviceName: services.name,
      serviceDelivery: services.delivery,
      receiverName: sql<string>`coalesce(${receiverProvider.name}, ${departments.name}, ${receiverPoint.name}, '')`,
      creatorName: creator.displayName,
      refNo: applications.refNo,
      subjectNameEnc: applications.subjectNameEnc,
      legacySubjectName: applications.legacySubjectName,
      communityName: sql<string | null>`case when ${place.level} in ('community', 'village') then ${place.name} end`,
      fromPointName: fromPoint.name,
      fromPointPhone: fromPoint.phone,
      appPointId: applications.servicePointId,
      appStreetCode: applications.streetCode,
    })
    .from(serviceOrders)
    .innerJoin(services, eq(services.id, serviceOrders.serviceId))
    .innerJoin(applications, eq(applications.id, serviceOrders.applicationId))
    .innerJoin(creator, eq(creator.id, serviceOrders.createdBy))
    .leftJoin(receiverProvider, eq(receiverProvider.id, serviceOrders.receiverProviderId))
    .leftJoin(departments, eq(departments.id, serviceOrders.receiverDepartmentId))
    .leftJoin(receiverPoint, eq(receiverPoint.id, serviceOrders.receiverPointId))
    .leftJoin(place, eq(place.code, applications.divisionCode))
    .leftJoin(fromPoint, eq(fromPoint.id, applications.servicePointId));
}
export type OrderView = Awaited<ReturnType<typeof findOrderView>> & {};

export async function findOrderView(db: Db, id: string) {
  const [row] = await orderQuery(db).where(eq(serviceOrders.id, id));
  return row ?? null;
}

/** Who receives orders, as WHERE parts over service_orders (false when the caller receives none). */
export function receiverSql(r: { providerIds: string[]; deptIds: string[]; pointIds: string[] }): SQL {
  const parts: SQL[] = [];
  if (r.providerIds.length) parts.push(inArray(serviceOrders.receiverProviderId, r.providerIds));
  if (r.deptIds.length) parts.push(inArray(serviceOrders.receiverDepartmentId, r.deptIds));
  if (r.pointIds.length) parts.push(inArray(serviceOrders.receiverPointId, r.pointIds));
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export const createdBySql = (userId: string): SQL => eq(serviceOrders.createdBy, userId);

/** A workbench page: newest first, within `whereSql`, in `statuses`. */
export function listOrderViews(db: Db, whereSql: SQL, statuses: readonly OrderStatus[], limit: number) {
  return orderQuery(db)
    .where(and(whereSql, inArray(serviceOrders.status, [...statuses])))
    .orderBy(desc(serviceOrders.updatedAt), desc(serviceOrders.id))
    .limit(limit);
}

export type DeliveryRow = Awaited<ReturnType<typeof listDeliveries>>[number];

/** Deliveries of the given orders with who recorded them, oldest first. */
export function listDeliveries(db: Db, orderIds: string[]) {
  if (!orderIds.length) return Promise.resolve([]);
  return db
    .select({ delivery: serviceDeliveries, byName: users.displayName })
    .from(serviceDeliveries)
    .innerJoin(users, eq(users.id, serviceDeliveries.deliveredBy))
    .where(inArray(serviceDeliveries.orderId, orderIds))
    .orderBy(serviceDeliveries.deliveredOn, serviceDeliveries.createdAt);
}

/** Active staff who receive an order: the provider's staff, the department's officers or the point's staff. */
export async function receiverUserIds(
  db: Db,
  order: Pick<OrderRow, 'receiverProviderId' | 'receiverDepartmentId' | 'receiverPointId'>,
) {
  const rows = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        isNull(memberships.revokedAt),
        isNull(users.disabledAt),
        order.receiverProviderId
          ? and(eq(memberships.role, 'provider_staff'), eq(memberships.providerId, order.receiverProviderId))
          : order.receiverDepartmentId
            ? and(eq(memberships.role, 'dept_officer'), eq(memberships.departmentId, order.receiverDepartmentId))
            : eq(memberships.servicePointId, order.receiverPointId ?? sql`null`),
      ),
    );
  return rows.map((r) => r.userId);
}

/** The resident told about a delivery: the applicant, or for a neighbour's lead its subject's own account (if bound). */
export async function applicantOf(db: Db, applicationId: string): Promise<string | null> {
  const [row] = await db
    .select({
      channel: applications.channel,
      applicant: applications.applicantUserId,
      subject: applications.subjectUserId,
    })
    .from(applications)
    .where(eq(applications.id, applicationId));
  if (!row) return null;
  return row.channel === 'referral' ? row.subject : row.applicant;
}
