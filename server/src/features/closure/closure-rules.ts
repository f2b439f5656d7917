/**
 * The rules of closing a case (issue 11.4), shared by staff actions, the resident's answer and the sweep: the
 * resolution deadline, the reopen window, and what a reopening changes.
 */
import { REOPEN_WINDOW_DAYS } from '../../../../shared/domain/application-status';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { ApplicationRow } from '../applications/lifecycle.repo';
import { resolveDueDate } from '../applications/routing-decision';
import { currentRules } from '../applications/routing.service';

const DAY_MS = 24 * 3600_000;

/** When a case accepted (or reopened) at `now` should be resolved, from the rules in force. */
export async function resolveDueFor(deps: Deps, db: Db, row: ApplicationRow, now: Date): Promise<Date> {
  const { rules } = await currentRules(deps, db);
  return resolveDueDate(now, row.urgency, row.categories, rules);
}

/** Whether a resolved or closed case may still be reopened at `now`. */
export const inReopenWindow = (row: Pick<ApplicationRow, 'resolvedAt'>, now: Date): boolean =>
  !!row.resolvedAt && now.getTime() - row.resolvedAt.getTime() <= REOPEN_WINDOW_DAYS * DAY_MS;

/** When a resolved case closes by itself. */
export const autoCloseAt = (resolvedAt: Date, autoCloseDays: number): Date =>
  new Date(resolvedAt.getTime() + autoCloseDays * DAY_MS);

/**
 * The reopen step: back to the handling point (point and assignee unchanged), outcome cleared, a new resolution
 * deadline. @throws AppError CONFLICT past the reopen window.
 */
export async function reopenStep(
  deps: Deps,
  db: Db,
  row: ApplicationRow,
  now: Date,
  reason: string | undefined,
  by: 'staff' | 'resident' | 'followUp',
) {
  if ((row.status === 'resolved' || row.status === 'closed') && !inReopenWindow(row, now)) {
    throw new AppError('CONFLICT', { message: `办结已超过 ${REOPEN_WINDOW_DAYS} 天，不能重新办理，请新建申请` });
  }
  return {
    note: reason,
    data: { previousOutcome: row.outcome, by },
    patch: { outcome: null, resolvedAt: null, resolveDueAt: await resolveDueFor(deps, db, row, now) },
  };
}
