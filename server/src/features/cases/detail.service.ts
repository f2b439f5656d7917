/** Case detail for staff (masked, audited on every read), the audited reveal, and the officer's reduced view. */
import type { TCaseDetail, TCaseRevealRequest, TStaffCaseDetail } from '../../../../shared/schemas/cases';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { listAttachmentInfo } from '../attachments/link';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { consentWithdrawn, isStopped } from '../applications/stop-processing';
import * as repo from './cases.repo';
import { toOfficerView, toStaffDetail } from './cases.presenter';
import { hasStaffScope, scopeOf, type CaseScope } from './scope';

export const notFound = () => new AppError('NOT_FOUND', { message: '没有找到这个案件' });

/**
 * Loads and shapes a staff detail without scope or audit: only for callers already authorised for `id`
 * (the action services, inside the transaction that authorised them). Null when the id does not exist.
 */
export async function loadStaffDetail(deps: Deps, db: Db, id: string): Promise<TStaffCaseDetail | null> {
  const row = await repo.findCase(db, deps.cipher, id, repo.ANY_SCOPE, deps.clock.now());
  if (!row) return null;
  const [events, consents, referrals, suggested, attachments] = await Promise.all([
    repo.listEvents(db, id),
    repo.listConsents(db, id),
    repo.listReferrals(db, id),
    repo.departmentsByIds(db, row.app.suggestedDepartmentIds),
    listAttachmentInfo(db, id, ['application', 'visit']),
  ]);
  return toStaffDetail({ row, events, consents, referrals, suggested, attachments }, deps.cipher);
}

/**
 * A case as the caller may see it: the staff detail when it lies in their staff scope, else the officer view
 * when it is referred to their department. Every read is audited (`case.viewed`, no personal data).
 * @throws AppError NOT_FOUND when the case is missing or out of scope.
 */
export async function getCase(deps: Deps, principal: Principal, id: string): Promise<TCaseDetail> {
  const scope = scopeOf(principal);
  const now = deps.clock.now();
  let result: TCaseDetail | null = null;
  if (hasStaffScope(scope) && (await repo.findCase(deps.db, deps.cipher, id, repo.staffScopeSql(scope), now))) {
    result = await loadStaffDetail(deps, deps.db, id);
  }
  if (!result) result = await loadOfficerView(deps, deps.db, id, scope);
  if (!result) throw notFound();
  await inTransaction(deps.db, async (tx) => {
    await appendAudit(tx, deps.clock, { actorUserId: principal.userId, action: 'case.viewed', entity: 'application', entityId: id, data: { view: result.view } });
  });
  return result;
}

/** The officer view of a case with a live referral to one of the caller's departments (scope in SQL); null otherwise. */
export async function loadOfficerView(deps: Deps, db: Db, id: string, scope: CaseScope) {
  const now = deps.clock.now();
  const live = await repo.findLiveReferral(db, id, scope.deptIds);
  if (!live) return null;
  const row = await repo.findCase(db, deps.cipher, id, repo.officerScopeSql(scope), now);
  return row ? toOfficerView(row, live, deps.cipher, now) : null;
}

/**
 * The plain ID number or phone of a case in the caller's staff scope, audited with the reason given.
 * @throws AppError NOT_FOUND when the case is missing or out of scope | CONSENT_WITHDRAWN once it was withdrawn.
 */
export async function revealField(deps: Deps, principal: Principal, input: TCaseRevealRequest) {
  const scope = scopeOf(principal);
  const row = await repo.findCase(deps.db, deps.cipher, input.id, repo.staffScopeSql(scope), deps.clock.now());
  if (!row) throw notFound();
  if (isStopped(row.app.status)) throw consentWithdrawn('申请已撤回或本人已撤回授权，不能再查看完整号码');
  const sealed = input.field === 'idNumber' ? row.app.subjectIdEnc : row.app.subjectPhoneEnc;
  await inTransaction(deps.db, async (tx) => {
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'case.revealed',
      entity: 'application',
      entityId: input.id,
      data: { field: input.field, reason: input.reason, ...(input.note ? { note: input.note } : {}) },
    });
  });
  return { field: input.field, value: sealed ? deps.cipher.decrypt(sealed) : null };
}
