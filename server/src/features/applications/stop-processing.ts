/**
 * Withdrawal and revoked consent stop processing (issue 10.5): the application ends up `withdrawn`, its live
 * department referrals close as 'cancelled' (a timeline entry each), and from then on staff may only add a
 * closing note; reveal, downloads and every other staff action answer CONSENT_WITHDRAWN (409).
 */
import type { ApplicationStatus } from '../../../../shared/domain/application-status';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import { cancelLiveReferrals, insertEvent } from './lifecycle.repo';

export type StopReason = 'withdrawn' | 'consent_revoked';

/** True once the application was withdrawn (by the applicant, or through the subject's revocation). */
export const isStopped = (status: ApplicationStatus): boolean => status === 'withdrawn';

export const consentWithdrawn = (message?: string) => new AppError('CONSENT_WITHDRAWN', message ? { message } : {});

/** Closes the application's open and accepted referrals, in the caller's transaction. */
export async function closeLiveReferrals(
  deps: Deps,
  db: Db,
  applicationId: string,
  actorUserId: string,
  reason: StopReason,
): Promise<void> {
  const now = deps.clock.now();
  const closed = await cancelLiveReferrals(db, applicationId, now);
  for (const r of closed) {
    await insertEvent(db, {
      applicationId,
      type: 'referralResponse',
      actorUserId,
      note: null,
      data: { departmentCode: r.departmentCode, referralStatus: 'cancelled', reason },
      createdAt: now,
    });
  }
  if (closed.length) {
    await appendAudit(db, deps.clock, {
      actorUserId,
      action: 'case.referrals_cancelled',
      entity: 'application',
      entityId: applicationId,
      data: { count: closed.length, reason },
    });
  }
}
