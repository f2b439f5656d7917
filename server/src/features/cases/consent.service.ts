/**
 * `cases.recordConsent` (issue 10.7): staff of a neighbour lead's assigned unit record that the person agreed to be
 * helped — how (in person, by phone, in writing), who recorded it (the caller) and when. A consent row, a timeline
 * entry and an audit entry in one transaction; afterwards the lead's details are visible to the whole scope.
 */
import { consentWithdrawn, isStopped } from '../applications/stop-processing';
import type { LeadConsentMethod, TStaffCaseDetail } from '../../../../shared/schemas/cases';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { insertConsentsAndEvent } from '../applications/applications.repo';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import * as repo from './cases.repo';
import { loadStaffDetail, notFound } from './detail.service';
import { isAssignedUnit } from './lead-privacy';
import { scopeOf } from './scope';

/**
 * @throws AppError NOT_FOUND (missing or out of scope) | CONFLICT (not a neighbour lead, or its details were erased) |
 * FORBIDDEN (in scope but not the assigned unit) | CONFLICT (consent already recorded).
 */
export async function recordConsent(
  deps: Deps,
  principal: Principal,
  input: { id: string; method: LeadConsentMethod; note: string },
): Promise<TStaffCaseDetail> {
  return inTransaction(deps.db, async (tx) => {
    const locked = await repo.lockCaseInScope(tx, input.id, repo.staffScopeSql(scopeOf(principal)));
    if (!locked) throw notFound();
    if (isStopped(locked.status)) throw consentWithdrawn();
    if (locked.channel !== 'referral')
      throw new AppError('CONFLICT', { message: '这不是邻里线索，不需要另外记录本人同意' });
    if (locked.detailsErasedAt) throw new AppError('CONFLICT', { message: '这条线索的信息已按规定删除' });
    if (!isAssignedUnit(principal, locked))
      throw new AppError('FORBIDDEN', { message: '只有负责这条线索的服务点可以记录本人同意' });
    const row = await repo.findCase(tx, deps.cipher, input.id, repo.ANY_SCOPE, deps.clock.now());
    if (!row?.leadPending) throw new AppError('CONFLICT', { message: '已经记录过本人同意了，请刷新后再看' });
    const now = deps.clock.now();
    await insertConsentsAndEvent(
      tx,
      [
        {
          applicationId: input.id,
          purpose: repo.LEAD_CONSENT_PURPOSE,
          grantedByUserId: principal.userId,
          method: input.method,
          grantedAt: now,
        },
      ],
      {
        applicationId: input.id,
        type: 'consentRecorded',
        actorUserId: principal.userId,
        note: input.note,
        data: { method: input.method },
        createdAt: now,
      },
    );
    // last: the audit chain's lock serialises audited writes until commit; the note may name the person, so it stays out
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'case.consent_recorded',
      entity: 'application',
      entityId: input.id,
      data: { method: input.method },
    });
    return (await loadStaffDetail(deps, tx, input.id, principal))!;
  });
}
