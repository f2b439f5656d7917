/**
 * `cases.subjectCode`: after reaching the subject of a proxy application by phone, staff issue a one-time code and
 * read it out with the reference number; the person enters both in the mini-program (applications.claimSubject).
 * The code is shown once (only its keyed hash is stored), replaces any earlier code, and is audited without its value.
 */
import type { TSubjectCode } from '../../../../shared/schemas/cases';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { consentWithdrawn, isStopped } from '../applications/stop-processing';
import { upsertCode } from '../applications/subject-access.repo';
import { SUBJECT_CODE_TTL_MS, hashSubjectCode, newSubjectCode } from '../applications/subject-code';
import * as repo from './cases.repo';
import { notFound } from './detail.service';
import { scopeOf } from './scope';

/** @throws AppError NOT_FOUND (missing or out of scope) | CONSENT_WITHDRAWN | CONFLICT (not a proxy application, or no phone typed). */
export async function issueSubjectCode(deps: Deps, principal: Principal, input: { id: string }): Promise<TSubjectCode> {
  return inTransaction(deps.db, async (tx) => {
    const row = await repo.lockCaseInScope(tx, input.id, repo.staffScopeSql(scopeOf(principal)));
    if (!row) throw notFound();
    if (isStopped(row.status)) throw consentWithdrawn();
    if (row.channel !== 'proxy') throw new AppError('CONFLICT', { message: '只有家人代办的申请需要确认码' });
    if (!row.subjectPhoneHash)
      throw new AppError('CONFLICT', { message: '这份申请没有留本人的手机号，不能生成确认码' });
    const now = deps.clock.now();
    const code = newSubjectCode();
    const expiresAt = new Date(now.getTime() + SUBJECT_CODE_TTL_MS);
    await upsertCode(tx, {
      applicationId: row.id,
      codeHash: hashSubjectCode(deps.cipher, row.id, code),
      issuedByUserId: principal.userId,
      issuedAt: now,
      expiresAt,
    });
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'case.subject_code_issued',
      entity: 'application',
      entityId: row.id,
      data: { expiresAt: expiresAt.toISOString() },
    });
    return { refNo: row.refNo, code, expiresAt: expiresAt.toISOString() };
  });
}
