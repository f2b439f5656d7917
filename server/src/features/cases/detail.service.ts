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
import { STAFF_LIMIT, suggestionsForApplication } from '../applications/suggestions.service';
import { displayNameOf } from '../closure/applicant-contact.repo';
import { loadOutcomeView } from '../closure/outcome.presenter';
import { consumeUserLimit } from '../ratelimit/user-limits';
import * as repo from './cases.repo';
import { toOfficerView, toStaffDetail } from './cases.presenter';
import { detailsWithheld, isAssignedUnit, redactOfficerView, redactStaffDetail } from './lead-privacy';
import { hasStaffScope, scopeOf, type CaseScope } from './scope';

export const notFound = () => new AppError('NOT_FOUND', { message: '没有找到这个案件' });

/**
 * Loads and shapes a staff detail without scope or audit: only for callers already authorised for `id`
 * (the action services, inside the transaction that authorised them). Null when the id does not exist.
 * With `viewer`, a neighbour lead pending consent comes redacted unless the viewer is its assigned unit (lead-privacy.ts).
 */
export async function loadStaffDetail(
  deps: Deps,
  db: Db,
  id: string,
  viewer?: Principal,
): Promise<TStaffCaseDetail | null> {
  const row = await repo.findCase(db, deps.cipher, id, repo.ANY_SCOPE, deps.clock.now());
  if (!row) return null;
  const [events, consents, referrals, suggested, attachments, resolution, applicantName] = await Promise.all([
    repo.listEvents(db, id),
    repo.listConsents(db, id),
    repo.listReferrals(db, id),
    repo.departmentsByIds(db, row.app.suggestedDepartmentIds),
    listAttachmentInfo(db, id, ['application', 'visit']),
    row.app.status === 'resolved' || row.app.status === 'closed' ? loadOutcomeView(db, id) : null,
    row.app.channel === 'proxy' ? displayNameOf(db, row.app.applicantUserId) : null,
  ]);
  const suggestions = await suggestionsForApplication(deps, row.app, { limit: STAFF_LIMIT, db });
  const detail = {
    ...toStaffDetail(
      { row, events, consents, referrals, suggested, attachments, resolution, applicantName },
      deps.cipher,
    ),
    suggestions,
  };
  return viewer && detailsWithheld(viewer, row) ? redactStaffDetail(detail) : detail;
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
    result = await loadStaffDetail(deps, deps.db, id, principal);
  }
  if (!result) result = await loadOfficerView(deps, deps.db, id, scope, principal);
  if (!result) throw notFound();
  await inTransaction(deps.db, async (tx) => {
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'case.viewed',
      entity: 'application',
      entityId: id,
      data: { view: result.view },
    });
  });
  return result;
}

/** The officer view of a case with a live referral to one of the caller's departments (scope in SQL); null otherwise. */
export async function loadOfficerView(deps: Deps, db: Db, id: string, scope: CaseScope, viewer: Principal) {
  const now = deps.clock.now();
  const live = await repo.findLiveReferral(db, id, scope.deptIds);
  if (!live) return null;
  const row = await repo.findCase(db, deps.cipher, id, repo.officerScopeSql(scope), now);
  if (!row) return null;
  const suggestions = await suggestionsForApplication(deps, row.app, {
    limit: STAFF_LIMIT,
    departmentIds: scope.deptIds,
    db,
  });
  const view = { ...toOfficerView(row, live, deps.cipher, now), suggestions };
  return detailsWithheld(viewer, row) ? redactOfficerView(view) : view;
}

/**
 * The plain ID number or phone of a case in the caller's staff scope, audited with the reason given. The phone of
 * the neighbour who reported a lead (`referrerPhone`), and anything of a lead pending consent, only for its
 * assigned unit (lead-privacy.ts).
 * @throws AppError NOT_FOUND when the case is missing or out of scope | FORBIDDEN outside the assigned unit |
 *   CONSENT_WITHDRAWN once it was withdrawn.
 */
export async function revealField(deps: Deps, principal: Principal, input: TCaseRevealRequest) {
  // per user, counted before the case is even looked up: a refused reveal reads and records nothing
  await consumeUserLimit(deps, deps.db, 'reveal', principal.userId);
  const scope = scopeOf(principal);
  const row = await repo.findCase(deps.db, deps.cipher, input.id, repo.staffScopeSql(scope), deps.clock.now());
  if (!row) throw notFound();
  if (isStopped(row.app.status)) throw consentWithdrawn('申请已撤回或本人已撤回授权，不能再查看完整号码');
  if ((input.field === 'referrerPhone' || row.leadPending) && !isAssignedUnit(principal, row.app)) {
    throw new AppError('FORBIDDEN', { message: '邻里线索的联系方式只有负责的服务点可以查看' });
  }
  const sealed = {
    idNumber: row.app.subjectIdEnc,
    phone: row.app.subjectPhoneEnc,
    referrerPhone: row.app.referrerContactEnc,
    applicantPhone: row.app.applicantPhoneEnc,
  }[input.field];
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
