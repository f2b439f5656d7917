/** The department officer's side: answering a referral (accepted → done). The case's status does not change. */
import type { TOfficerCaseView } from '../../../../shared/schemas/cases';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { STAFF_LIMIT, suggestionsForApplication } from '../applications/suggestions.service';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { insertEvent } from '../applications/lifecycle.repo';
import * as repo from './cases.repo';
import { toOfficerView } from './cases.presenter';
import { detailsWithheld, redactOfficerView } from './lead-privacy';
import { notFound } from './detail.service';
import { scopeOf } from './scope';

const NEXT: Record<string, readonly string[]> = { open: ['accepted', 'done'], accepted: ['done'] };

/**
 * Records the department's answer on its live referral of the case: a timeline entry and an audit entry.
 * Answers with the officer view as it stands after the change (a "done" referral then leaves their queue).
 * @throws AppError NOT_FOUND (no live referral to the caller's department) | CONFLICT (e.g. accepted twice).
 */
export async function respondToReferral(
  deps: Deps,
  principal: Principal,
  input: { id: string; note: string; status: 'accepted' | 'done' },
): Promise<TOfficerCaseView> {
  const scope = scopeOf(principal);
  return inTransaction(deps.db, async (tx) => {
    const live = await repo.findLiveReferral(tx, input.id, scope.deptIds, true);
    if (!live) throw notFound();
    if (!NEXT[live.referral.status]?.includes(input.status))
      throw new AppError('CONFLICT', { message: '这条转介已经是这个状态了，请刷新后再看' });
    const now = deps.clock.now();
    await repo.setReferralStatus(tx, live.referral.id, input.status, input.status === 'done' ? now : null);
    await insertEvent(tx, {
      applicationId: input.id,
      type: 'referralResponse',
      actorUserId: principal.userId,
      note: input.note,
      data: { departmentCode: live.dept.code, referralStatus: input.status },
      createdAt: now,
    });
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'case.referral_responded',
      entity: 'application',
      entityId: input.id,
      data: { departmentCode: live.dept.code, status: input.status },
    });
    const row = await repo.findCase(tx, deps.cipher, input.id, repo.ANY_SCOPE, now);
    if (!row) throw notFound();
    const suggestions = await suggestionsForApplication(deps, row.app, {
      limit: STAFF_LIMIT,
      departmentIds: scope.deptIds,
      db: tx,
    });
    const view = {
      ...toOfficerView(row, { ...live, referral: { ...live.referral, status: input.status } }, deps.cipher, now),
      suggestions,
    };
    return detailsWithheld(principal, row) ? redactOfficerView(view) : view;
  });
}
