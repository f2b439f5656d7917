/**
 * 人次 (person-times) by month, department or street for the hub, from the same sources as the dashboard and the
 * monthly report (stats/person-times.repo.ts PERSON_TIME_SOURCES): one service_deliveries row, one resolved case
 * without any delivery, or one checked-in event sign-up = one 人次. So every screen shows the same figure.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import { personTimeRows } from '../stats/person-times.repo';

export type PersonTimeGroup = 'month' | 'department' | 'street';
export type PersonTimeRow = { key: string | null; personTimes: number };

const KEYS = {
  month: sql`to_char(pt.day, 'YYYY-MM')`,
  department: sql`pt.department_id::text`,
  street: sql`pt.street_code`,
};

/**
 * 人次 (person-times) from `from` to `to` (yyyy-mm-dd, both inclusive, China time), grouped by month (yyyy-mm),
 * department (a delivery's receiving department, else its provider's department; an attendance's event department;
 * its id; a resolution without delivery has none) or street/town (the case's, or the event's street code). Rows with
 * no department or street come under key null (last).
 */
export async function countPersonTimes(
  db: Db,
  range: { from: string; to: string },
  groupBy: PersonTimeGroup,
): Promise<PersonTimeRow[]> {
  const rows = await queryRows<{ key: string | null; person_times: number | string }>(
    db,
    sql`select ${KEYS[groupBy]} as key, count(*)::int as person_times
        from ${personTimeRows({ first: range.from, last: range.to })}
        group by 1 order by 1`,
  );
  return rows.map((r) => ({ key: r.key, personTimes: Number(r.person_times) }));
}
