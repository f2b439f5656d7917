/**
 * `applications.claimSubject`: the subject of a proxy application types the reference number and the code staff
 * read out to them. The account is bound only when the code is right, unused, unexpired, and the caller's own
 * verified phone is the one the proxy typed; from then on the subject's access comes from that binding alone.
 */
import type { TClaimSubjectRequest } from '../../../../shared/schemas/applications';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import { getMine } from './applicant.service';
import * as repo from './subject-access.repo';
import { SUBJECT_CODE_MAX_TRIES, subjectCodeMatches } from './subject-code';

type Outcome = { ok: true; id: string } | { ok: false; error: AppError };

const wrong = () => validationError([{ field: 'code', message: '确认码或受理编号不对，请核对后再输入' }]);
const spent = (message: string) => new AppError('CONFLICT', { message });

/**
 * @throws AppError VALIDATION_FAILED (code) for a wrong code, an unknown reference number or a phone that is not
 * the one typed (one answer for all, so nothing leaks) | CONFLICT when the caller has no verified phone, or the
 * code expired, was used, or was burnt by too many wrong entries.
 */
export async function claimSubject(deps: Deps, userId: string, input: TClaimSubjectRequest) {
  const myPhone = await repo.userPhoneHash(deps.db, userId);
  if (!myPhone) throw spent('请先在“我的”页面验证手机号，再输入确认码');
  // outcomes are returned, not thrown, so a counted wrong entry is committed with the 400
  const outcome = await inTransaction(deps.db, async (tx): Promise<Outcome> => {
    const target = await repo.lockClaimTarget(tx, input.refNo);
    const { app, code } = target ?? { app: null, code: null };
    if (!app || !code || app.channel !== 'proxy' || app.applicantUserId === userId || app.subjectPhoneHash !== myPhone)
      return { ok: false, error: wrong() };
    const now = deps.clock.now();
    if (code.usedAt || code.expiresAt.getTime() <= now.getTime())
      return { ok: false, error: spent('这个确认码已经失效，请联系工作人员重新获取') };
    if (!subjectCodeMatches(deps.cipher, app.id, input.code, code.codeHash)) {
      const tries = await repo.countWrongTry(tx, app.id, SUBJECT_CODE_MAX_TRIES, now);
      await appendAudit(tx, deps.clock, {
        actorUserId: userId,
        action: 'application.subject_claim_failed',
        entity: 'application',
        entityId: app.id,
        data: { tries },
      });
      if (tries >= SUBJECT_CODE_MAX_TRIES)
        return { ok: false, error: spent('确认码输错太多次，已经作废，请联系工作人员重新获取') };
      return { ok: false, error: wrong() };
    }
    await repo.markUsed(tx, app.id, now);
    await repo.bindSubject(tx, app.id, userId);
    const rebound = app.subjectUserId !== null && app.subjectUserId !== userId;
    await appendAudit(tx, deps.clock, {
      actorUserId: userId,
      action: 'application.subject_claimed',
      entity: 'application',
      entityId: app.id,
      data: { rebound },
    });
    return { ok: true, id: app.id };
  });
  if (!outcome.ok) throw outcome.error;
  return getMine(deps, userId, outcome.id);
}
