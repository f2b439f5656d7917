/**
 * The demand-side list (需求侧清单) straight from the application rows: grouped counts of people and of open and
 * closed cases, and the drill-down list. Every query filters through the viewer's scope (`stats.scope.ts`).
 */
import { sql, type SQL } from 'drizzle-orm';
import { OPEN_STATUSES, type ApplicationStatus } from '../../../../shared/domain/application-status';
import type { NeedTier } from '../../../../shared/domain/assistance';
import type { Category } from '../../../../shared/domain/categories';
import type { DemandGroup, TDemandFilter } from '../../../../shared/schemas/stats';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../../db/client';
import { applications } from '../../db/schema-applications';
import { monthRange } from './months';

/** Blind index of each target group → the group, to count by group without decrypting (applications.target_group_hash). */
export type TargetGroupHashes = Record<string, string>;

const OPEN = sql.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(','));
export const isOpenSql = sql`${applications.status} in (${OPEN})`;
/** One person: the subject's ID number, else their phone (blind indexes), else the case itself. */
export const personSql = sql`coalesce(${applications.subjectIdHash}, ${applications.subjectPhoneHash}, ${applications.id}::text)`;

/** The target group of a row from its blind index (or the legacy plain column of rows from before encryption). */
export function targetGroupSql(hashes: TargetGroupHashes): SQL {
  const whens = Object.entries(hashes).map(([hash, group]) => sql`when ${hash} then ${group}`);
  return sql`coalesce(case ${applications.targetGroupHash} ${sql.join(whens, sql` `)} end, ${applications.legacyTargetGroup})`;
}

/** The WHERE clause of a filter inside a scope. */
export function demandWhere(scope: SQL, filter: TDemandFilter, hashes: TargetGroupHashes): SQL {
  const parts: SQL[] = [scope];
  if (filter.month) {
    const { from, to } = monthRange(filter.month);
    parts.push(
      sql`${applications.createdAt} >= ${from}::timestamptz and ${applications.createdAt} < ${to}::timestamptz`,
    );
  }
  if (filter.streetCode) parts.push(sql`${applications.streetCode} = ${filter.streetCode}`);
  if (filter.communityCode) parts.push(sql`${applications.divisionCode} = ${filter.communityCode}`);
  if (filter.targetGroup) parts.push(sql`${targetGroupSql(hashes)} = ${filter.targetGroup}`);
  if (filter.needTier) parts.push(sql`${applications.needTier} = ${filter.needTier}`);
  if (filter.category) parts.push(sql`${filter.category} = any(${applications.categories})`);
  return sql.join(parts, sql` and `);
}

/** China-time month of a timestamp column, yyyy-mm (no time-zone database needed: China has no DST). */
export const chinaMonthSql = (column: SQL | AnyPgColumn) =>
  sql`to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM')`;

type GroupRow = { key: string | null; people: number; open: number; closed: number };

export async function countDemand(
  db: Db,
  where: SQL,
  groupBy: DemandGroup,
  hashes: TargetGroupHashes,
): Promise<GroupRow[]> {
  const key: SQL = {
    targetGroup: targetGroupSql(hashes),
    needTier: sql`${applications.needTier}`,
    category: sql`c.cat`,
    street: sql`${applications.streetCode}`,
    community: sql`(select d.code from divisions d where d.code = ${applications.divisionCode} and d.level in ('community','village'))`,
    month: chinaMonthSql(applications.createdAt),
  }[groupBy];
  // a case of two categories counts under both; a case of none under "unclassified" (key null)
  const from =
    groupBy === 'category'
      ? sql`${applications} cross join lateral unnest(case when cardinality(${applications.categories}) = 0
          then array[null::text] else ${applications.categories} end) as c(cat)`
      : sql`${applications}`;
  return queryRows<GroupRow>(
    db,
    sql`select ${key} as key, count(distinct ${personSql})::int as people,
      (count(*) filter (where ${isOpenSql}))::int as open, (count(*) filter (where not ${isOpenSql}))::int as closed
      from ${from} where ${where} group by 1 order by 1 nulls last`,
  );
}

export async function countDemandTotals(db: Db, where: SQL): Promise<Omit<GroupRow, 'key'>> {
  const [row] = await queryRows<Omit<GroupRow, 'key'>>(
    db,
    sql`select count(distinct ${personSql})::int as people, (count(*) filter (where ${isOpenSql}))::int as open,
      (count(*) filter (where not ${isOpenSql}))::int as closed from ${applications} where ${where}`,
  );
  return row!;
}

export type DemandCaseRow = {
  id: string;
  refNo: string;
  status: ApplicationStatus;
  streetName: string | null;
  communityName: string | null;
  needTier: NeedTier | null;
  categories: Category[];
  createdAt: string;
};

/** One page of the cases behind a figure, newest first, with the total. */
export async function listDemandCases(
  db: Db,
  where: SQL,
  page: { limit: number; offset: number },
): Promise<{ items: DemandCaseRow[]; total: number }> {
  const [count] = await queryRows<{ total: number }>(
    db,
    sql`select count(*)::int as total from ${applications} where ${where}`,
  );
  const items = await queryRows<DemandCaseRow>(
    db,
    sql`select ${applications.id} as "id", ${applications.refNo} as "refNo", ${applications.status} as "status",
      (select s.name from divisions s where s.code = ${applications.streetCode}) as "streetName",
      (select d.name from divisions d where d.code = ${applications.divisionCode} and d.level in ('community','village')) as "communityName",
      ${applications.needTier} as "needTier", ${applications.categories} as "categories",
      to_char(${applications.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt"
      from ${applications} where ${where}
      order by ${applications.createdAt} desc, ${applications.id} desc limit ${page.limit} offset ${page.offset}`,
  );
  return { items, total: count!.total };
}

/** Divisions by code, for labels and the official order of streets (code order). */
export async function divisionNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await queryRows<{ code: string; name: string }>(
    db,
    sql`select code, name from divisions where code in (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The streets and towns of the district in the official order, or only those given. */
export async function streetsInOrder(db: Db, only: string[] | null): Promise<{ code: string; name: string }[]> {
  const rows = await queryRows<{ code: string; name: string }>(
    db,
    sql`select code, name from divisions where level in ('street','town') order by code`,
  );
  return only ? rows.filter((r) => only.includes(r.code)) : rows;
}

/** A division's level and parent, to check a filter names a real street or community. */
export async function findDivision(db: Db, code: string): Promise<{ level: string; parentCode: string | null } | null> {
  const [row] = await queryRows<{ level: string; parentCode: string | null }>(
    db,
    sql`select level, parent_code as "parentCode" from divisions where code = ${code}`,
  );
  return row ?? null;
}

export const andSql = (a: SQL, b: SQL): SQL => sql`(${a}) and (${b})`;
export const notSql = (a: SQL): SQL => sql`not (${a})`;
