/**
 * The resident's key of closure (issue 11.4): after resolution the applicant (or the bound subject) answers
 * 问题解决了吗？ Solved closes the case; not yet, within the reopen window, sends it back to its point with a
 * timeline entry and a new resolution deadline, and its staff get a generic alert. A referrer never gets the question.
 */
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import * as repo from '../applications/applications.repo';
import { getMine } from '../applications/applicant.service';
import { viewerOf } from '../applications/applicant.presenter';
import { applyTransition } from '../applications/lifecycle';
import { lockApplication } from '../applications/lifecycle.repo';
import { alertReopened } from '../applications/staff-alerts';
import { reopenStep } from './closure-rules';

export type ConfirmInput = { id: string; expectedVersion: number; solved: boolean; note?: string };

/**
 * @throws AppError NOT_FOUND when the user is neither applicant nor subject (a referrer too) | CONFLICT when the case
 *   is not waiting for the answer (solved) or past the reopen window (not solved), or on a stale version.
 */
export async function confirmResolution(deps: Deps, userId: string, input: ConfirmInput) {
  await inTransaction(deps.db, async (tx) => {
    const row = await repo.findVisible(tx, deps.cipher, userId, input.id);
    if (!row || viewerOf(row, userId) === 'referrer') throw new AppError('NOT_FOUND', { message: '没有找到这份申请' });
    const { app } = row;
    const now = deps.clock.now();
    if (input.solved) {
      if (app.status !== 'resolved')
        throw new AppError('CONFLICT', { message: '这份申请现在不需要确认，请刷新后再看' });
      await applyTransition(deps, tx, {
        applicationId: app.id,
        action: 'close',
        actorUserId: userId,
        expectedVersion: input.expectedVersion,
        canAct: () => true,
        note: input.note,
        data: { by: 'resident' },
        notify: false,
      });
      return;
    }
    if (app.status !== 'resolved' && app.status !== 'closed')
      throw new AppError('CONFLICT', { message: '这份申请还在办理中，请刷新后再看' });
    const locked = await lockApplication(tx, app.id);
    if (!locked) throw new AppError('NOT_FOUND', { message: '没有找到这份申请' });
    const step = await reopenStep(deps, tx, locked, now, input.note, 'resident');
    const reopened = await applyTransition(deps, tx, {
      applicationId: app.id,
      action: 'reopen',
      actorUserId: userId,
      expectedVersion: input.expectedVersion,
      canAct: () => true,
      ...step,
      notify: false,
    });
    await alertReopened(tx, app.id, reopened.servicePointId, reopened.version, now);
  });
  return getMine(deps, userId, input.id);
}
