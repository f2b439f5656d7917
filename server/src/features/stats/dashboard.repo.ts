/**
 * The dashboard's case figures per China-time month, straight from applications and their timeline:
 * applications by channel, unclassified ones, median hours to accept (first acceptance) and to resolve,
 * acceptance on time per urgency (no automatic escalation before the first acceptance), escalations. Medians are
 * taken over durations rounded to their bucket (stats_hours_bucket, hours-buckets.ts), as the rollups hold them.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Channel, Urgency } from '../../../../shared/domain/categories';
import { queryRows, type Db } from '../../db/client';
import { applications } from '../../db/schema-applications';
import { chinaMonthSql } from './stats.repo';

type Range = { from: string; to: string };

/** Each case's first acceptance that falls in the range (a case accepted again after a transfer counts once). */
const firstAcceptances = (range: Range) =>
  sql`select e.application_id, e.created_at as at from application_events e
    where e.type = 'accept' and e.created_at >= ${range.from}::timestamptz and e.created_at < ${range.to}::timestamptz
      and not exists (select 1 from application_events p where p.application_id = e.application_id and p.type = 'accept' and p.id < e.id)`;

export async function applicationsByMonth(db: Db, where: SQL, range: Range) {
  return queryRows<{ month: string; channel: Channel; count: number; unclassified: number }>(
    db,
    sql`select ${chinaMonthSql(applications.createdAt)} as month, ${applications.channel} as channel, count(*)::int as count,
      (count(*) filter (where 'unclassified' = any(${applications.flags})))::int as unclassified
      from ${applications}
      where ${where} and ${applications.createdAt} >= ${range.from}::timestamptz and ${applications.createdAt} < ${range.to}::timestamptz
      group by 1, 2`,
  );
}

/** Per month of first acceptance and urgency: how many, on time, and the median hours from submission. */
export async function acceptanceByMonth(db: Db, where: SQL, range: Range) {
  return queryRows<{ month: string; urgency: Urgency; accepted: number; onTime: number; medianHours: number }>(
    db,
    sql`with acc as (
${firstAcceptances(range)})
      select ${chinaMonthSql(sql`acc.at`)} as month, ${applications.urgency} as urgency, count(*)::int as accepted,
        (count(*) filter (where not exists (select 1 from application_events x where x.application_id = acc.application_id
          and x.type = 'escalate' and x.data->>'automatic' = 'true' and x.created_at < acc.at)))::int as "onTime",
        (percentile_cont(0.5) within group (order by stats_hours_bucket(extract(epoch from acc.at - ${applications.createdAt}))::float8))::float8 as "medianHours"
      from acc join ${applications} on ${applications.id} = acc.application_id
      where ${where} group by 1, 2`,
  );
}

/** Median of all acceptances in a month (the per-urgency medians cannot be merged). */
export async function medianAcceptByMonth(db: Db, where: SQL, range: Range) {
  return queryRows<{ month: string; medianHours: number }>(
    db,
    sql`with acc as (
${firstAcceptances(range)})
      select ${chinaMonthSql(sql`acc.at`)} as month,
        (percentile_cont(0.5) within group (order by stats_hours_bucket(extract(epoch from acc.at - ${applications.createdAt}))::float8))::float8 as "medianHours"
      from acc join ${applications} on ${applications.id} = acc.application_id
      where ${where} group by 1`,
  );
}

/** Median hours from submission to resolution, per month of resolution (cases resolved and not reopened). */
export async function resolutionByMonth(db: Db, where: SQL, range: Range) {
  return queryRows<{ month: string; medianHours: number }>(
    db,
    sql`select ${chinaMonthSql(applications.resolvedAt)} as month,
      (percentile_cont(0.5) within group (order by stats_hours_bucket(extract(epoch from ${applications.resolvedAt} - ${applications.createdAt}))::float8))::float8 as "medianHours"
      from ${applications}
      where ${where} and ${applications.resolvedAt} >= ${range.from}::timestamptz and ${applications.resolvedAt} < ${range.to}::timestamptz
      group by 1`,
  );
}

/** Escalations (automatic and by staff) per month of the escalation. */
export async function escalationsByMonth(db: Db, where: SQL, range: Range) {
  return queryRows<{ month: string; count: number }>(
    db,
    sql`select ${chinaMonthSql(sql`e.created_at`)} as month, count(*)::int as count
      from application_events e join ${applications} on ${applications.id} = e.application_id
      where e.type = 'escalate' and e.created_at >= ${range.from}::timestamptz and e.created_at < ${range.to}::timestamptz
        and ${where}
      group by 1`,
  );
}

/** Applications made per street/town in a range (code null: no street, e.g. outside the district). */
export async function applicationsByStreet(db: Db, where: SQL, range: Range) {
  return queryRows<{ code: string | null; count: number }>(
    db,
    sql`select ${applications.streetCode} as code, count(*)::int as count from ${applications}
      where ${where} and ${applications.createdAt} >= ${range.from}::timestamptz and ${applications.createdAt} < ${range.to}::timestamptz
      group by 1`,
  );
}
