/** Write SQL of the policy admin and the seed loader: policies (with their search vector), rule versions. */
import type { ContentStatus, NeedTier, TargetGroup } from '../../../../shared/domain/assistance';
import type { TEligibilityRule } from '../../../../shared/schemas/content';
import { desc, eq, sql } from 'drizzle-orm';
import { toTsvectorLiteral } from '../../../../shared/domain/search-tokens';
import { queryRows, type Db } from '../../db/client';
import { eligibilityRules, policies } from '../../db/schema-content';

export type PolicyValues = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  needTiers: NeedTier[];
  targetGroups: TargetGroup[];
  departmentId: string;
  eligibilityText: string;
  materials: string[];
  steps: { title: string; timeLimit?: string }[];
  contacts: { name: string; phone?: string }[];
  effectiveFrom: string | null;
  effectiveTo: string | null;
};

/** title → weight A, summary → B, body → C; the literals are bound parameters, never SQL text. */
export function searchVectorOf(v: { title: string; summary: string; body: string }) {
  return sql`(${toTsvectorLiteral(v.title, 'A')}::tsvector || ${toTsvectorLiteral(v.summary, 'B')}::tsvector || ${toTsvectorLiteral(v.body, 'C')}::tsvector)`;
}

/** Inserts a draft (or, for the seed, a published) policy; returns null when the slug already exists. */
export async function insertPolicy(db: Db, v: PolicyValues, publish?: Date) {
  const [row] = await db
    .insert(policies)
    .values({
      ...v,
      searchVector: searchVectorOf(v),
      status: publish ? 'published' : 'draft',
      publishedAt: publish ?? null,
    })
    .onConflictDoNothing({ target: policies.slug })
    .returning({ id: policies.id });
  return row ?? null;
}

export async function updatePolicy(db: Db, id: string, v: PolicyValues, now: Date) {
  await db
    .update(policies)
    .set({ ...v, searchVector: searchVectorOf(v), updatedAt: now })
    .where(eq(policies.id, id));
}

export async function setStatus(db: Db, id: string, status: ContentStatus, now: Date) {
  await db
    .update(policies)
    .set({
      status,
      updatedAt: now,
      publishedAt:
        status === 'published'
          ? sql`coalesce(${policies.publishedAt}, ${now.toISOString()}::timestamptz)`
          : sql`${policies.publishedAt}`,
    })
    .where(eq(policies.id, id));
}

/** Appends the next rule version (old versions stay); returns the new version number. */
export async function appendRule(
  db: Db,
  policyId: string,
  rule: TEligibilityRule,
  createdBy: string | null,
): Promise<number> {
  const [last] = await db
    .select({ version: eligibilityRules.version })
    .from(eligibilityRules)
    .where(eq(eligibilityRules.policyId, policyId))
    .orderBy(desc(eligibilityRules.version))
    .limit(1);
  const version = (last?.version ?? 0) + 1;
  await db.insert(eligibilityRules).values({ policyId, version, rule, createdBy });
  return version;
}

/** Version 1 only when the policy has no rule yet (seed idempotency). */
export async function insertFirstRule(db: Db, policyId: string, rule: TEligibilityRule) {
  await db.insert(eligibilityRules).values({ policyId, version: 1, rule }).onConflictDoNothing();
}

export type AdminPolicyRow = {
  slug: string;
  title: string;
  status: ContentStatus;
  departmentCode: string;
  departmentName: string;
  publishedAt: Date | string | null;
  updatedAt: Date | string;
  ruleVersion: number | null;
};

/** Every policy (any status), newest edit first, with its current rule version. */
export function listAll(db: Db, filter: { status?: ContentStatus; slug?: string }) {
  const conditions = [sql`true`];
  if (filter.status) conditions.push(sql`p.status = ${filter.status}`);
  if (filter.slug) conditions.push(sql`p.slug = ${filter.slug}`);
  return queryRows<AdminPolicyRow>(
    db,
    sql`select p.slug, p.title, p.status, d.code as "departmentCode", d.name as "departmentName",
               p.published_at as "publishedAt", p.updated_at as "updatedAt",
               (select max(version) from eligibility_rules e where e.policy_id = p.id)::int as "ruleVersion"
          from policies p join departments d on d.id = p.department_id
         where ${sql.join(conditions, sql` and `)}
         order by p.updated_at desc, p.slug`,
  );
}
