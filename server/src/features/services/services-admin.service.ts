/** Admin writes for providers and services: references checked (400 naming the field), audited, all-or-nothing. */
import type { ContentStatus } from '../../../../shared/domain/assistance';
import type { TProviderInput, TServiceInput } from '../../../../shared/schemas/services';
import { toTsvectorLiteral } from '../../../../shared/domain/search-tokens';
import type { TFieldIssue } from '../../../../shared/errors';
import type { Deps } from '../../deps';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { assertNoIssues, auditedWrite } from '../content/content.service';
import { presentProviderAdmin, presentServiceAdmin } from './services.presenter';
import * as repo from './services.repo';

// ── providers ────────────────────────────────────────────────────────────────
async function providerValues(db: Db, input: TProviderInput) {
  const issues: TFieldIssue[] = [];
  const dept = input.departmentCode ? await repo.findDepartmentByCode(db, input.departmentCode) : null;
  if (input.departmentCode && !dept) issues.push({ field: 'departmentCode', message: '没有这个部门' });
  if (input.kind === 'department' && !input.departmentCode)
    issues.push({ field: 'departmentCode', message: '政府部门请选择对应的部门' });
  assertNoIssues(issues);
  const { departmentCode: _code, ...rest } = input;
  return { ...rest, departmentId: dept?.id ?? null, phone: input.phone ?? null, address: input.address ?? null };
}

export async function listAllProviders(deps: Deps, status?: ContentStatus) {
  const [rows, codes] = await Promise.all([repo.listAllProviders(deps.db, status), repo.departmentCodesById(deps.db)]);
  return { items: rows.map((p) => presentProviderAdmin(p, p.departmentId ? codes.get(p.departmentId) : undefined)) };
}

/** @throws AppError VALIDATION_FAILED naming departmentCode; CONFLICT on a taken slug. */
export async function createProvider(deps: Deps, actorUserId: string, input: TProviderInput) {
  const values = await providerValues(deps.db, input);
  const row = await auditedWrite(deps, actorUserId, { table: 'providers', action: 'create', slug: input.slug }, (tx) =>
    repo.insertProvider(tx, { ...values, status: 'draft' }),
  );
  return presentProviderAdmin(row, input.departmentCode);
}

/** @throws AppError VALIDATION_FAILED naming departmentCode; NOT_FOUND for an unknown slug. */
export async function updateProvider(deps: Deps, actorUserId: string, input: TProviderInput) {
  const values = await providerValues(deps.db, input);
  const row = await auditedWrite(
    deps,
    actorUserId,
    { table: 'providers', action: 'update', slug: input.slug },
    async (tx) => {
      const updated = await repo.updateProvider(tx, input.slug, { ...values, updatedAt: deps.clock.now() });
      if (!updated) throw new AppError('NOT_FOUND', { message: '没有找到这个服务力量' });
      return updated;
    },
  );
  return presentProviderAdmin(row, input.departmentCode);
}

// ── services ─────────────────────────────────────────────────────────────────
async function serviceValues(db: Db, input: TServiceInput) {
  const provider = await repo.findProviderBySlug(db, input.providerSlug);
  const issues: TFieldIssue[] = provider ? [] : [{ field: 'providerSlug', message: '没有这个服务力量' }];
  issues.push(...(await checkDivisionCodes(db, input.serviceAreas, 'serviceAreas')));
  if (input.minAge != null && input.maxAge != null && input.minAge > input.maxAge)
    issues.push({ field: 'maxAge', message: '最大年龄不能小于最小年龄' });
  assertNoIssues(issues);
  const { providerSlug: _slug, ...rest } = input;
  const searchVector = repo.searchVectorOf(
    toTsvectorLiteral(input.name, 'A'),
    toTsvectorLiteral(input.description, 'B'),
    toTsvectorLiteral(`${provider!.name} ${input.eligibilityDescription}`, 'C'),
  );
  return {
    ...rest,
    providerId: provider!.id,
    schedule: input.schedule ?? null,
    accessibility: input.accessibility ?? null,
    cost: input.cost ?? null,
    searchVector,
  };
}

async function withProvider(db: Db, row: repo.ServiceRow) {
  const full = await repo.findServiceBySlug(db, row.slug, false);
  return presentServiceAdmin(full!);
}

export async function listAllServices(deps: Deps, status?: ContentStatus) {
  return { items: (await repo.listAllServices(deps.db, status)).map(presentServiceAdmin) };
}

/** @throws AppError VALIDATION_FAILED naming providerSlug or serviceAreas.<i>; CONFLICT on a taken slug. */
export async function createService(deps: Deps, actorUserId: string, input: TServiceInput) {
  const values = await serviceValues(deps.db, input);
  const row = await auditedWrite(deps, actorUserId, { table: 'services', action: 'create', slug: input.slug }, (tx) =>
    repo.insertService(tx, { ...values, status: 'draft' }),
  );
  return withProvider(deps.db, row);
}

/** @throws AppError VALIDATION_FAILED naming the field; NOT_FOUND for an unknown slug. */
export async function updateService(deps: Deps, actorUserId: string, input: TServiceInput) {
  const values = await serviceValues(deps.db, input);
  const row = await auditedWrite(
    deps,
    actorUserId,
    { table: 'services', action: 'update', slug: input.slug },
    async (tx) => {
      const updated = await repo.updateService(tx, input.slug, { ...values, updatedAt: deps.clock.now() });
      if (!updated) throw new AppError('NOT_FOUND', { message: '没有找到这项服务' });
      return updated;
    },
  );
  return withProvider(deps.db, row);
}

/** Field issues naming `field`.<i> for each unknown division code. */
async function checkDivisionCodes(db: Db, codes: string[], field: string): Promise<TFieldIssue[]> {
  const known = await repo.knownDivisionCodes(db, [...new Set(codes)]);
  return codes.flatMap((code, i) => (known.has(code) ? [] : [{ field: `${field}.${i}`, message: '没有这个地区编码' }]));
}
