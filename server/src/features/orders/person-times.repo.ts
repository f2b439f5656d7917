/**
 * 人次 (person-times) for the district's figures, from every source of them in ONE place: one service_deliveries
 * row = one 人次, and one checked-in event sign-up (event_signups.attended_on set) = one 人次 for its event's
 * department and street.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import { applications } from '../../db/schema-applications';
import { providers } from '../../db/schema-content';
import { communityEvents, eventSignups } from '../../db/schema-events';
import { serviceDeliveries, serviceOrders } from '../../db/schema-orders';

export type PersonTimeGroup = 'month' | 'department' | 'street';
export type PersonTimeRow = { key: string | null; personTimes: number };

/** Every 人次 as (day, department id, street code): deliveries, then event attendances. */
const personTimeSources = sql`
  select ${serviceDeliveries.deliveredOn} as on_day,
         coalesce(${serviceOrders.receiverDepartmentId}, ${providers.departmentId})::text as department_id,
         ${applications.streetCode} as street_code
  from ${serviceDeliveries}
  join ${serviceOrders} on ${serviceOrders.id} = ${serviceDeliveries.orderId}
  join ${applications} on ${applications.id} = ${serviceOrders.applicationId}
  left join ${providers} on ${providers.id} = ${serviceOrders.receiverProviderId}
  union all
  select ${eventSignups.attendedOn}, ${communityEvents.departmentId}::text, ${communityEvents.streetCode}
  from ${eventSignups}
  join ${communityEvents} on ${communityEvents.id} = ${eventSignups.eventId}
  where ${eventSignups.attendedOn} is not null`;

const KEYS = {
  month: sql`to_char(pt.on_day, 'YYYY-MM')`,
  department: sql`pt.department_id`,
  street: sql`pt.street_code`,
};

/**
 * 人次 (person-times) from `from` to `to` (yyyy-mm-dd, both inclusive): one delivery row or one event check-in =
 * one 人次, grouped by month (yyyy-mm), department (a delivery's receiving department, else its provider's
 * department; an attendance's event department; its id) or street/town (the application's, or the event's street
 * code). Rows with no department or street come under key null (last).
 */
export async function countPersonTimes(
  db: Db,
  range: { from: string; to: string },
  groupBy: PersonTimeGroup,
): Promise<PersonTimeRow[]> {
  const key = KEYS[groupBy];
  const rows = await queryRows<{ key: string | null; person_times: number | string }>(
    db,
    sql`select ${key} as key, count(*)::int as person_times
        from (${personTimeSources}) pt
        where pt.on_day between ${range.from}::date and ${range.to}::date
        group by 1 order by 1`,
  );
  return rows.map((r) => ({ key: r.key, personTimes: Number(r.person_times) }));
}
