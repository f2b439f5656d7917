/** The service-order deliveries (服务单送达) of one application, read for its resident's detail page. */
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { deliverySentence } from '../../../../shared/domain/service-orders';
import type { TResidentDelivery } from '../../../../shared/schemas/orders';
import type { Db } from '../../db/client';
import { departments, servicePoints } from '../../db/schema';
import { providers } from '../../db/schema-content';
import { serviceDeliveries, serviceOrders } from '../../db/schema-orders';

const receiverProvider = alias(providers, 'receiver_provider');
const receiverPoint = alias(servicePoints, 'receiver_point');

/** The deliveries of one application for its resident, with who delivered them (receiver name), oldest first. */
export function listApplicationDeliveries(db: Db, applicationId: string) {
  return db
    .select({
      delivery: serviceDeliveries,
      byName: sql<string>`coalesce(${receiverProvider.name}, ${departments.name}, ${receiverPoint.name}, '')`,
    })
    .from(serviceDeliveries)
    .innerJoin(serviceOrders, eq(serviceOrders.id, serviceDeliveries.orderId))
    .leftJoin(receiverProvider, eq(receiverProvider.id, serviceOrders.receiverProviderId))
    .leftJoin(departments, eq(departments.id, serviceOrders.receiverDepartmentId))
    .leftJoin(receiverPoint, eq(receiverPoint.id, serviceOrders.receiverPointId))
    .where(eq(serviceOrders.applicationId, applicationId))
    .orderBy(serviceDeliveries.deliveredOn, serviceDeliveries.createdAt);
}

/** One plain sentence per delivery: "已为您送去米面油 1 份（12 月 8 日，善粮公社）". */
export async function residentDeliveries(db: Db, applicationId: string): Promise<TResidentDelivery[]> {
  const rows = await listApplicationDeliveries(db, applicationId);
  return rows.map(({ delivery: d, byName }) => ({
    id: d.id,
    deliveredOn: d.deliveredOn,
    text: deliverySentence({ ...d, byName }),
  }));
}
