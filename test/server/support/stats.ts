/** Rows for the statistics suites: timeline events, service orders with deliveries, and China-time instants. */
import { sql } from 'drizzle-orm';
import { applicationEvents } from '../../../server/src/db/schema-applications';
import { serviceDeliveries, serviceOrders } from '../../../server/src/db/schema-orders';
import type { TestContext } from './harness';

/** An instant on a China-time day (yyyy-mm-dd) at `hour` o'clock. */
export const chinaAt = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

export async function addEvent(
  t: TestContext,
  applicationId: string,
  type: 'accept' | 'escalate',
  at: Date,
  data: Record<string, unknown> = {},
) {
  await t.deps.db.insert(applicationEvents).values({ applicationId, type, createdAt: at, data });
}

/** A delivered order of `serviceId` (provider `providerId`) with one service delivery per day given. */
export async function addDeliveries(
  t: TestContext,
  spec: { applicationId: string; providerId: string; serviceId: string; userId: string; days: string[] },
) {
  const [order] = await t.deps.db
    .insert(serviceOrders)
    .values({
      applicationId: spec.applicationId,
      serviceId: spec.serviceId,
      receiverKind: 'provider',
      receiverProviderId: spec.providerId,
      what: '上门探访',
      status: 'delivered',
      createdBy: spec.userId,
    })
    .returning();
  for (const day of spec.days)
    await t.deps.db
      .insert(serviceDeliveries)
      .values({ orderId: order!.id, kind: 'service', visits: 1, deliveredOn: day, deliveredBy: spec.userId });
  return order!.id;
}

/** Some community/village of a street or town. */
export async function communityOf(t: TestContext, streetCode: string): Promise<string> {
  const rows = await t.deps.db.execute<{ code: string }>(
    sql`select code from divisions where parent_code = ${streetCode} and level in ('community','village') order by code limit 1`,
  );
  return rows.rows[0]!.code;
}
