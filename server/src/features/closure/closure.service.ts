/**
 * Resolving with an outcome, and the second key of closure (issue 11.4): staff record a follow-up call (回访). The
 * resident's own answer is confirm.service.ts; the sweep's auto-close is closure.job.ts.
 */
import type { FollowUpResult, ResolveOutcome, TAlternativeRef } from '../../../../shared/schemas/cases';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { insertEvent, touchVersion } from '../applications/lifecycle.repo';
import { consentWithdrawn, isStopped } from '../applications/stop-processing';
import { runAction } from '../cases/actions.service';
import * as casesRepo from '../cases/cases.repo';
import { loadStaffDetail, notFound } from '../cases/detail.service';
import { scopeOf } from '../cases/scope';
import { reopenStep } from './closure-rules';
import { insertOutcome, publishedTitles } from './outcome.repo';

type Ref = { id: string; expectedVersion: number };
export type ResolveInput = Ref & {
  outcome: ResolveOutcome;
  decidedText: string;
  reason?: string;
  alternatives?: TAlternativeRef[];
  note?: string;
};

/**
 * Resolve with what was decided; a refusal carries a reason and alternatives (checked by the schema and a CHECK).
 * The case then waits for the resident's confirmation, a follow-up call, or the auto-close.
 * @throws AppError VALIDATION_FAILED (alternatives) when one is not a published policy or service.
 */
export const resolve = (deps: Deps, p: Principal, input: ResolveInput) =>
  runAction(deps, p, input, 'resolve', async (db, row, c) => {
    const seen = new Set<string>();
    const alternatives = (input.alternatives ?? []).filter((a) => {
      const key = `${a.kind}:${a.slug}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    const titles = await publishedTitles(db, alternatives);
    if (alternatives.some((a) => !titles.has(`${a.kind}:${a.slug}`)))
      throw validationError([{ field: 'alternatives', message: '所选的政策或服务不存在或已下线，请重新选择' }]);
    return {
      note: input.note,
      data: { outcome: input.outcome, alternatives },
      patch: { outcome: input.outcome, resolvedAt: c.now, pausedAt: null },
      after: (tx) =>
        insertOutcome(tx, {
          applicationId: row.id,
          decision: input.outcome,
          decidedText: input.decidedText,
          reason: input.reason || null,
          alternatives,
          decidedByUserId: c.userId,
          createdAt: c.now,
        }),
    };
  });

const onlyResolved = () =>
  new AppError('CONFLICT', { message: '只有已办结、等待确认的申请可以记录回访，请刷新后再看' });

/**
 * 回访: solved closes the case, not solved reopens it at its point (within the reopen window), unreachable leaves a
 * timeline entry and the case waiting. @throws AppError NOT_FOUND out of scope | CONFLICT unless resolved.
 */
export async function followUp(deps: Deps, p: Principal, input: Ref & { result: FollowUpResult; note?: string }) {
  const data = { by: 'followUp', result: input.result };
  if (input.result === 'solved')
    return runAction(
      deps,
      p,
      input,
      'close',
      (_db, row) => {
        if (row.status !== 'resolved') throw onlyResolved();
        return { note: input.note, data };
      },
      false,
    );
  if (input.result === 'not_solved')
    return runAction(deps, p, input, 'reopen', async (db, row, c) => {
      if (row.status !== 'resolved') throw onlyResolved();
      return { ...(await reopenStep(deps, db, row, c.now, input.note, 'followUp')), data };
    });
  return inTransaction(deps.db, async (tx) => {
    const row = await casesRepo.lockCaseInScope(tx, input.id, casesRepo.staffScopeSql(scopeOf(p)));
    if (!row) throw notFound();
    if (isStopped(row.status)) throw consentWithdrawn();
    if (row.status !== 'resolved') throw onlyResolved();
    const now = deps.clock.now();
    if (input.expectedVersion !== row.version || !(await touchVersion(tx, row, now)))
      throw new AppError('CONFLICT', { message: '这份申请刚被其他人处理过，请刷新后再看' });
    await insertEvent(tx, {
      applicationId: row.id,
      type: 'followUp',
      actorUserId: p.userId,
      statusFrom: row.status,
      statusTo: row.status,
      note: input.note ?? null,
      data,
      createdAt: now,
    });
    await appendAudit(tx, deps.clock, {
      actorUserId: p.userId,
      action: 'application.followUp',
      entity: 'application',
      entityId: row.id,
      data: { result: input.result },
    });
    return (await loadStaffDetail(deps, tx, row.id, p))!;
  });
}
