/** SQL of the in-process search index (search-index.service.ts): its rows, its change check, a page's rows by id. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import type { IndexRow } from './search-index';
import type { PolicyListRow } from './policies.repo';

/** Every published policy, whatever its effective dates (the index filters them by the day of each search). */
export function indexRows(db: Db): Promise<IndexRow[]> {
  return queryRows<IndexRow>(
    db,
    sql`select p.id, p.title, p.summary, p.body, p.need_tiers as "needTiers", p.target_groups as "targetGroups",
               p.department_id as "departmentId",
               (extract(epoch from p.published_at) * 1000000)::float8 as "publishedUs",
               p.effective_from::text as "effectiveFrom", p.effective_to::text as "effectiveTo"
          from policies p
         where p.status = 'published'`,
  );
}

/**
 * Changes when any policy row is inserted, updated or deleted (by any process): the row count and the sum of
 * the rows' creating transaction ids (every UPDATE writes a new row version with a new xmin).
 */
export async function policiesVersion(db: Db): Promise<string> {
  const [row] = await queryRows<{ n: number; x: string }>(
    db,
    sql`select count(*)::int as n, coalesce(sum(xmin::text::bigint), 0)::text as x from policies`,
  );
  return `${row!.n}:${row!.x}`;
}

type PageStatement = { execute(values: Record<string, unknown>): Promise<{ rows: Omit<PolicyListRow, 'rank'>[] }> };
/** The page statement, prepared once per database handle (primary or replica). */
const pageStatements = new WeakMap<Db, PageStatement>();

const PAGE_SQL = sql`select p.id, p.slug, p.title, p.summary, p.body, p.need_tiers as "needTiers",
    p.target_groups as "targetGroups", d.code as "departmentCode", d.name as "departmentName",
    p.published_at as "publishedAt"
  from policies p join departments d on d.id = p.department_id
  where p.status = 'published' and p.id = any(${sql.placeholder('ids')}::uuid[])`;

function pageStatement(db: Db): PageStatement {
  let statement = pageStatements.get(db);
  if (!statement) {
    const query = db.execute(PAGE_SQL).getQuery();
    statement = db._.session.prepareQuery<{
      execute: { rows: Omit<PolicyListRow, 'rank'>[] };
      all: unknown;
      values: unknown;
    }>(query, undefined, 'policies_page_by_ids_v1', false) as PageStatement;
    pageStatements.set(db, statement);
  }
  return statement;
}

/**
 * The page's rows (text, department) by id, in the given order; ranks come from the index. A policy unpublished
 * by another process since the index was built is dropped here, so it never shows while the index catches up.
 * One prepared statement whatever the page (the ids are one array parameter).
 */
export async function pageRows(db: Db, hits: { id: string; rank: number }[]): Promise<PolicyListRow[]> {
  if (hits.length === 0) return [];
  const { rows } = await pageStatement(db).execute({ ids: hits.map((h) => h.id) });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.flatMap((h) => {
    const row = byId.get(h.id);
    return row ? [{ ...row, rank: h.rank }] : [];
  });
}
