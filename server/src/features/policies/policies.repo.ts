/**
 * Read SQL of the policy list: keyset-paginated listing and full-text search over the app-built
 * `search_vector`, detail, current rule versions, stored standards, and the content other tables link
 * to a policy by `policy_slugs` (read-only here). Search text only ever arrives as a bound parameter.
 */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { NeedTier, TargetGroup } from '../../../../shared/domain/assistance';
import { queryRows, type Db } from '../../db/client';
import { departments } from '../../db/schema';
import { eligibilityRules, policies, standards } from '../../db/schema-content';
import type { QueryTerm } from '../../../../shared/domain/search-query';
import { searchScore, searchTsquery } from '../content/search-score.repo';

export type ListCursor = { rank?: number; publishedAt: string; id: string };

export type PolicyListRow = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  needTiers: NeedTier[];
  targetGroups: TargetGroup[];
  departmentCode: string;
  departmentName: string;
  publishedAt: Date | string;
  rank: number | null;
};

export type ListFilter = {
  /** The query's terms (search-query.ts); empty to list without searching. */
  terms: QueryTerm[];
  needTier?: NeedTier;
  targetGroup?: TargetGroup;
  departmentId?: string;
  /** Today in the district (YYYY-MM-DD), for effective dates. */
  today: string;
  cursor?: ListCursor;
  limit: number;
};

/**
 * Published, currently effective policies: by search score when searching (search-score.repo.ts), else newest
 * first. A policy matching any query term is found through the GIN index on the full `search_vector`; the
 * score reads the title and `rank_vector` (title A + summary B only, a few hundred bytes), so a body-only match
 * scores 0 and ties break newest first. Ranking on the full vector would detoast every match's ~3 KB vector
 * (52–72 ms for a term in every policy; decision 15).
 * The inner query sorts narrow rows (id, date, rank); text columns and the department are read for the page only.
 */
export async function listPublished(db: Db, f: ListFilter): Promise<PolicyListRow[]> {
  const tsquery = searchTsquery(f.terms);
  const rank = tsquery ? searchScore(f.terms, sql`p.title`, sql`p.rank_vector`) : sql`null::float8`;
  const where: SQL[] = [
    sql`p.status = 'published'`,
    sql`(p.effective_from is null or p.effective_from <= ${f.today}::date)`,
    sql`(p.effective_to is null or p.effective_to >= ${f.today}::date)`,
  ];
  if (tsquery) where.push(sql`p.search_vector @@ ${tsquery}::tsquery`);
  if (f.needTier) where.push(sql`p.need_tiers @> array[${f.needTier}]::text[]`);
  if (f.targetGroup) where.push(sql`p.target_groups @> array[${f.targetGroup}]::text[]`);
  if (f.departmentId) where.push(sql`p.department_id = ${f.departmentId}::uuid`);
  const c = f.cursor;
  if (c && tsquery)
    where.push(
      sql`(${rank}, p.published_at, p.id) < (${c.rank ?? 0}::float8, ${c.publishedAt}::timestamptz, ${c.id}::uuid)`,
    );
  else if (c) where.push(sql`(p.published_at, p.id) < (${c.publishedAt}::timestamptz, ${c.id}::uuid)`);
  return queryRows<PolicyListRow>(
    db,
    sql`select p.id, p.slug, p.title, p.summary, p.body, p.need_tiers as "needTiers", p.target_groups as "targetGroups",
               d.code as "departmentCode", d.name as "departmentName", p.published_at as "publishedAt", h.rank
          from (select p.id, p.published_at, ${rank} as rank
                  from policies p
                 where ${sql.join(where, sql` and `)}
                 order by rank desc nulls last, p.published_at desc, p.id desc
                 limit ${f.limit}) h
          join policies p on p.id = h.id
          join departments d on d.id = p.department_id
         order by h.rank desc nulls last, h.published_at desc, h.id desc`,
  );
}

export async function findDepartmentByCode(db: Db, code: string) {
  const [row] = await db
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(eq(departments.code, code));
  return row ?? null;
}

/** A policy of any status with its department. */
export async function findBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ policy: policies, departmentCode: departments.code, departmentName: departments.name })
    .from(policies)
    .innerJoin(departments, eq(departments.id, policies.departmentId))
    .where(eq(policies.slug, slug));
  return row ?? null;
}

export type PolicyWithDept = NonNullable<Awaited<ReturnType<typeof findBySlug>>>;

export async function currentRule(db: Db, policyId: string) {
  const [row] = await db
    .select({ version: eligibilityRules.version, rule: eligibilityRules.rule })
    .from(eligibilityRules)
    .where(eq(eligibilityRules.policyId, policyId))
    .orderBy(desc(eligibilityRules.version))
    .limit(1);
  return row ?? null;
}

/** Published, effective policies with their newest rule version (the self-check's input). */
export function publishedWithRules(db: Db, today: string) {
  // `rule` stays unknown: the self-check parses each stored rule and skips one that no longer parses
  return queryRows<{
    slug: string;
    title: string;
    summary: string;
    needTiers: NeedTier[];
    targetGroups: TargetGroup[];
    departmentCode: string;
    departmentName: string;
    version: number;
    rule: unknown;
  }>(
    db,
    sql`select p.slug, p.title, p.summary, p.need_tiers as "needTiers", p.target_groups as "targetGroups",
               d.code as "departmentCode", d.name as "departmentName", r.version, r.rule
          from (select distinct on (policy_id) policy_id, version, rule from eligibility_rules order by policy_id, version desc) r
          join policies p on p.id = r.policy_id
          join departments d on d.id = p.department_id
         where p.status = 'published'
           and (p.effective_from is null or p.effective_from <= ${today}::date)
           and (p.effective_to is null or p.effective_to >= ${today}::date)
         order by p.published_at desc, p.id desc`,
  );
}

/** Published services linked to any of the slugs, with the slugs they link. */
export function servicesForPolicies(db: Db, slugs: string[]) {
  if (slugs.length === 0) return Promise.resolve([]);
  return queryRows<{ slug: string; name: string; policySlugs: string[] }>(
    db,
    sql`select slug, name, policy_slugs as "policySlugs" from services
         where status = 'published' and policy_slugs && array[${sql.join(
           slugs.map((s) => sql`${s}`),
           sql`, `,
         )}]::text[] order by name`,
  );
}

/** Published livestreams and stories that link the policy (on the stream or one of its chapters). */
export async function relatedMedia(db: Db, slug: string) {
  const livestreams = await queryRows<{
    slug: string;
    title: string;
    chapters: { startSec: number; title: string; policySlugs?: string[] }[];
  }>(
    db,
    sql`select slug, title, chapters from livestreams
         where status = 'published'
           and (${slug} = any(policy_slugs) or exists (select 1 from jsonb_array_elements(chapters) ch where ch->'policySlugs' ? ${slug}))
         order by starts_at desc`,
  );
  const stories = await queryRows<{ slug: string; title: string }>(
    db,
    sql`select slug, title from stories where status = 'published' and ${slug} = any(policy_slugs) order by published_at desc nulls last`,
  );
  return { livestreams, stories };
}

export function listStandards(db: Db) {
  return db.select().from(standards).orderBy(asc(standards.key));
}

export async function findStandard(db: Db, key: string) {
  const [row] = await db.select().from(standards).where(eq(standards.key, key));
  return row ?? null;
}

export async function updateStandard(db: Db, key: string, value: number, isSample: boolean, now: Date) {
  const [row] = await db
    .update(standards)
    .set({ value, isSample, updatedAt: now })
    .where(and(eq(standards.key, key)))
    .returning();
  return row ?? null;
}
