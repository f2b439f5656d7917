/**
 * Policy admin: create, edit, publish/archive, versioned self-check rules and stored standards.
 * Every write is validated first and audited in the same transaction, so an invalid write changes nothing.
 */
import type { ContentStatus } from '../../../../shared/domain/assistance';
import type { TFieldIssue } from '../../../../shared/errors';
import type { TEligibilityRule, TPolicyInput } from '../../../../shared/schemas/content';
import type { TAdminPolicy, TAdminPolicyDetail, TStandard } from '../../../../shared/schemas/policies';
import type { Deps } from '../../deps';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import { AppError, validationError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import * as admin from './policies-admin.repo';
import { presentAdmin, presentAdminDetail } from './policies.presenter';
import * as repo from './policies.repo';

const notFound = () => new AppError('NOT_FOUND', { message: '没有这项政策' });

/** Field issues of a rule: numeric comparisons need a value or a known standard. */
export async function ruleIssues(db: Db, rule: TEligibilityRule, root: string): Promise<TFieldIssue[]> {
  const known = new Set((await repo.listStandards(db)).map((s) => s.key));
  const issues: TFieldIssue[] = [];
  const check = (c: TEligibilityRule['conditions'][number], path: string) => {
    if (c.standard && !known.has(c.standard)) issues.push({ field: `${path}.standard`, message: '没有这个标准' });
    const numeric = ['lt', 'lte', 'gt', 'gte'].includes(c.op);
    if (numeric && typeof c.value !== 'number' && !c.standard)
      issues.push({ field: `${path}.value`, message: '请填写比较的数值或标准' });
  };
  rule.conditions.forEach((c, i) => check(c, `${root}.conditions.${i}`));
  rule.anyOf.forEach((g, i) => g.forEach((c, j) => check(c, `${root}.anyOf.${i}.${j}`)));
  return issues;
}

async function valuesOf(db: Db, input: Omit<TPolicyInput, 'eligibilityRule'>): Promise<admin.PolicyValues> {
  const dept = await repo.findDepartmentByCode(db, input.departmentCode);
  if (!dept) throw validationError([{ field: 'departmentCode', message: '没有这个部门' }]);
  if (input.effectiveFrom && input.effectiveTo && input.effectiveTo < input.effectiveFrom) {
    throw validationError([{ field: 'effectiveTo', message: '结束日期不能早于开始日期' }]);
  }
  const { departmentCode: _code, ...rest } = input;
  return {
    ...rest,
    departmentId: dept.id,
    effectiveFrom: input.effectiveFrom ?? null,
    effectiveTo: input.effectiveTo ?? null,
  };
}

async function adminView(db: Db, slug: string): Promise<TAdminPolicy> {
  const [row] = await admin.listAll(db, { slug });
  if (!row) throw notFound();
  return presentAdmin(row);
}

/** Creates a draft. @throws CONFLICT on a duplicate slug; VALIDATION_FAILED naming the field. */
export async function createPolicy(deps: Deps, actor: string, input: TPolicyInput): Promise<TAdminPolicy> {
  const { eligibilityRule, ...fields } = input;
  const values = await valuesOf(deps.db, fields);
  if (eligibilityRule) {
    const issues = await ruleIssues(deps.db, eligibilityRule, 'eligibilityRule');
    if (issues.length) throw validationError(issues);
  }
  return inTransaction(deps.db, async (tx) => {
    const row = await admin.insertPolicy(tx, values);
    if (!row)
      throw new AppError('CONFLICT', {
        message: '这个标识已经被别的政策使用了',
        details: [{ field: 'slug', message: '标识重复' }],
      });
    if (eligibilityRule) await admin.appendRule(tx, row.id, eligibilityRule, actor);
    await appendAudit(tx, deps.clock, {
      actorUserId: actor,
      action: 'policy.created',
      entity: 'policy',
      entityId: row.id,
      data: { slug: input.slug },
    });
    return adminView(tx, input.slug);
  });
}

/** Applies a patch of policy fields; the search vector is rebuilt. */
export async function updatePolicy(
  deps: Deps,
  actor: string,
  slug: string,
  patch: Partial<Omit<TPolicyInput, 'slug' | 'eligibilityRule'>>,
): Promise<TAdminPolicy> {
  const found = await repo.findBySlug(deps.db, slug);
  if (!found) throw notFound();
  const p = found.policy;
  const current = {
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    body: p.body,
    needTiers: p.needTiers,
    targetGroups: p.targetGroups,
    departmentCode: found.departmentCode,
    eligibilityText: p.eligibilityText,
    materials: p.materials,
    steps: p.steps,
    contacts: p.contacts,
    effectiveFrom: p.effectiveFrom ?? undefined,
    effectiveTo: p.effectiveTo ?? undefined,
  } as Omit<TPolicyInput, 'eligibilityRule'>;
  const values = await valuesOf(deps.db, { ...current, ...patch });
  return inTransaction(deps.db, async (tx) => {
    await admin.updatePolicy(tx, p.id, values, deps.clock.now());
    await appendAudit(tx, deps.clock, {
      actorUserId: actor,
      action: 'policy.updated',
      entity: 'policy',
      entityId: p.id,
      data: { slug, fields: Object.keys(patch) },
    });
    return adminView(tx, slug);
  });
}

/** draft | published | archived; published_at is set on the first publish only. */
export async function setPolicyStatus(
  deps: Deps,
  actor: string,
  slug: string,
  status: ContentStatus,
): Promise<TAdminPolicy> {
  const found = await repo.findBySlug(deps.db, slug);
  if (!found) throw notFound();
  return inTransaction(deps.db, async (tx) => {
    await admin.setStatus(tx, found.policy.id, status, deps.clock.now());
    await appendAudit(tx, deps.clock, {
      actorUserId: actor,
      action: 'policy.status',
      entity: 'policy',
      entityId: found.policy.id,
      data: { slug, from: found.policy.status, to: status },
    });
    return adminView(tx, slug);
  });
}

/** Stores the rule as a new version; results cite the version they used. */
export async function setPolicyRule(
  deps: Deps,
  actor: string,
  slug: string,
  rule: TEligibilityRule,
): Promise<TAdminPolicy> {
  const found = await repo.findBySlug(deps.db, slug);
  if (!found) throw notFound();
  const issues = await ruleIssues(deps.db, rule, 'rule');
  if (issues.length) throw validationError(issues);
  return inTransaction(deps.db, async (tx) => {
    const version = await admin.appendRule(tx, found.policy.id, rule, actor);
    await appendAudit(tx, deps.clock, {
      actorUserId: actor,
      action: 'policy.rule',
      entity: 'policy',
      entityId: found.policy.id,
      data: { slug, version },
    });
    return adminView(tx, slug);
  });
}

/** One policy in any status (draft, published or archived), as the editor loads it. @throws AppError NOT_FOUND */
export async function getAdminPolicy(deps: Deps, slug: string): Promise<TAdminPolicyDetail> {
  const found = await repo.findBySlug(deps.db, slug);
  if (!found) throw notFound();
  return presentAdminDetail(found, await repo.currentRule(deps.db, found.policy.id));
}

export async function listAdminPolicies(deps: Deps, status?: ContentStatus) {
  return { items: (await admin.listAll(deps.db, { status })).map(presentAdmin) };
}

const presentStandard = (s: {
  key: string;
  label: string;
  value: number;
  unit: string;
  isSample: boolean;
  note: string | null;
}): TStandard => ({
  key: s.key,
  label: s.label,
  value: Number(s.value),
  unit: s.unit,
  isSample: s.isSample,
  note: s.note,
});

export async function listStandards(deps: Deps) {
  return { items: (await repo.listStandards(deps.db)).map(presentStandard) };
}

/** @throws VALIDATION_FAILED naming `key` when no such standard exists. */
export async function updateStandard(
  deps: Deps,
  actor: string,
  input: { key: string; value: number; isSample: boolean },
): Promise<TStandard> {
  const before = await repo.findStandard(deps.db, input.key);
  if (!before) throw validationError([{ field: 'key', message: '没有这个标准' }]);
  return inTransaction(deps.db, async (tx) => {
    const row = await repo.updateStandard(tx, input.key, input.value, input.isSample, deps.clock.now());
    await appendAudit(tx, deps.clock, {
      actorUserId: actor,
      action: 'standard.updated',
      entity: 'standard',
      entityId: null,
      data: { key: input.key, from: before.value, to: input.value, isSample: input.isSample },
    });
    return presentStandard(row!);
  });
}
