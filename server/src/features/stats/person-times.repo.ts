/**
 * 人次 (person-times) for the dashboard and the monthly report, from ONE list of sources (decisions: 人次 sources).
 * Each source is a SELECT of rows with the same columns: one row = one 人次:
 *   application_id uuid (null when the help had no case), day date (China time), street_code text,
 *   point_id uuid, department_id uuid (the unit that helped, or null).
 * Today: deliveries of service orders (one service_deliveries row = one 人次, decision 30), resolved cases
 * that have no delivery at all (how the district counted before service orders), and check-ins at community
 * events. A new source is one more entry in PERSON_TIME_SOURCES; scope and grouping stay as they are.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import { applications } from '../../db/schema-applications';
import { personSql } from './stats.repo';
import type { StatsScope } from './stats.scope';

/** Days from `first` to `last` (yyyy-mm-dd, inclusive, China time); each source filters its own rows by them. */
export type DayRange = { first: string; last: string };

export const PERSON_TIME_SOURCES: readonly ((days: DayRange) => SQL)[] = [
  // deliveries recorded on service orders
  (days) => sql`select o.application_id, d.delivered_on as day, a.street_code, a.service_point_id as point_id,
      coalesce(o.receiver_department_id, p.department_id) as department_id
    from service_deliveries d join service_orders o on o.id = d.order_id
    join applications a on a.id = o.application_id
    left join providers p on p.id = o.receiver_provider_id
    where d.delivered_on between ${days.first}::date and ${days.last}::date`,
  // resolved cases with no delivery: the resolution itself is the one 人次
  (days) => sql`select a.id as application_id, ((a.resolved_at at time zone 'UTC') + interval '8 hours')::date as day,
      a.street_code, a.service_point_id as point_id, null::uuid as department_id
    from applications a
    where a.resolved_at >= (${days.first}::date - interval '8 hours') at time zone 'UTC'
      and a.resolved_at < (${days.last}::date + interval '16 hours') at time zone 'UTC'
      and not exists (select 1 from service_orders o join service_deliveries d on d.order_id = o.id where o.application_id = a.id)`,
  // attendance at community events and 十二春风 days (features/events): one check-in = one 人次 for its department
  (days) => sql`select null::uuid as application_id, s.attended_on as day, e.street_code,
      coalesce(e.venue_point_id, e.owner_point_id) as point_id, e.department_id
    from event_signups s join community_events e on e.id = s.event_id
    where s.attended_on between ${days.first}::date and ${days.last}::date`,
];

/** Every 人次 row of the range, from all sources (also the hub's 人次 by department, orders/person-times.repo.ts). */
export const personTimeRows = (days: DayRange) =>
  sql`(${sql.join(
    PERSON_TIME_SOURCES.map((source) => sql`(${source(days)})`),
    sql` union all `,
  )}) pt`;

const idList = (ids: string[], cast: string) =>
  sql.join(
    ids.map((id) => sql`${id}${sql.raw(cast)}`),
    sql`, `,
  );

/** Scope of a 人次 row: its case's scope, or for help without a case the row's own street, point or department. */
function rowScopeSql(scope: StatsScope, caseScope: SQL): SQL {
  if (scope.district) return sql`true`;
  const own: SQL[] = [];
  if (scope.pointIds.length) own.push(sql`pt.point_id in (${idList(scope.pointIds, '::uuid')})`);
  if (scope.streetCodes.length) own.push(sql`pt.street_code in (${idList(scope.streetCodes, '')})`);
  if (scope.deptIds.length) own.push(sql`pt.department_id in (${idList(scope.deptIds, '::uuid')})`);
  const ownSql = own.length ? sql.join(own, sql` or `) : sql`false`;
  return sql`((pt.application_id is not null and ${caseScope}) or (pt.application_id is null and (${ownSql})))`;
}

export type PersonTimeMonth = { month: string; personTimes: number; people: number };

/** 人次 and distinct people helped per month (yyyy-mm) from `first` to `last` (yyyy-mm-dd, inclusive). */
export async function personTimesByMonth(
  db: Db,
  scope: StatsScope,
  caseScope: SQL,
  range: { first: string; last: string; streetCode?: string },
): Promise<PersonTimeMonth[]> {
  return queryRows<PersonTimeMonth>(
    db,
    sql`select to_char(pt.day, 'YYYY-MM') as month, count(*)::int as "personTimes",
      count(distinct case when pt.application_id is not null then ${personSql} end)::int as people
      from ${personTimeRows(range)} left join ${applications} on ${applications.id} = pt.application_id
      where ${rowScopeSql(scope, caseScope)}
      ${range.streetCode ? sql`and pt.street_code = ${range.streetCode}` : sql``}
      group by 1 order by 1`,
  );
}

/** 人次 per street/town code (null: help with no street) from `first` to `last`. */
export async function personTimesByStreet(
  db: Db,
  scope: StatsScope,
  caseScope: SQL,
  range: { first: string; last: string },
): Promise<{ code: string | null; personTimes: number }[]> {
  return queryRows(
    db,
    sql`select pt.street_code as code, count(*)::int as "personTimes"
      from ${personTimeRows(range)} left join ${applications} on ${applications.id} = pt.application_id
      where ${rowScopeSql(scope, caseScope)}
      group by 1 order by 1`,
  );
}
