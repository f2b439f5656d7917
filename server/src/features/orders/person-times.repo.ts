/** 人次 (person-times) for the district's figures: one service_deliveries row = one 人次. */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { applications } from '../../db/schema-applications';
import { providers } from '../../db/schema-content';
import { serviceDeliveries, serviceOrders } from '../../db/schema-orders';

export type PersonTimeGroup = 'month' | 'department' | 'street';
export type PersonTimeRow = { key: string | null; personTimes: number };

/**
 * 人次 (person-times) delivered from `from` to `to` (yyyy-mm-dd, both inclusive), one delivery row = one 人次,
 * grouped by month (yyyy-mm), department (the receiving department, else the provider's department; its id) or
 * street/town (the application's street code). Rows with no department or street come under key null.
 */
export async function countPersonTimes(
  db: Db,
  range: { from: string; to: string },
  groupBy: PersonTimeGroup,
): Promise<PersonTimeRow[]> {
  const key = {
    month: sql<string>`to_char(${serviceDeliveries.deliveredOn}, 'YYYY-MM')`,
    department: sql<string | null>`coalesce(${serviceOrders.receiverDepartmentId}, ${providers.departmentId})::text`,
    street: sql<string | null>`${applications.streetCode}`,
  }[groupBy];
  const rows = await db
    .select({ key, personTimes: sql<number>`count(*)::int` })
    .from(serviceDeliveries)
    .innerJoin(serviceOrders, eq(serviceOrders.id, serviceDeliveries.orderId))
    .innerJoin(applications, eq(applications.id, serviceOrders.applicationId))
    .leftJoin(providers, eq(providers.id, serviceOrders.receiverProviderId))
    .where(sql`${serviceDeliveries.deliveredOn} between ${range.from}::date and ${range.to}::date`)
    .groupBy(key)
    .orderBy(key);
  return rows;
}
