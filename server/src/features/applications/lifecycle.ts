/**
 * The one way an application changes status: lock the row, check the action is legal in its current status
 * (shared/domain/application-status.ts; a database trigger is the backstop), check the caller's expected
 * version, update, and write the timeline event, the audit entry and the applicant's notification in the
 * caller's transaction. Two staff accepting at once: the second sees the new status and gets 409.
 */
import { nextStatus, type ApplicationAction } from '../../../../shared/domain/application-status';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import { TOPIC_APPLICATION_PROGRESS, applicationProgressPayload } from '../outbox/outbox-messages';
import { enqueue } from '../outbox/outbox.repo';
import * as repo from './lifecycle.repo';

export type TransitionRequest = {
  applicationId: string;
  action: ApplicationAction;
  /** null for the system (e.g. the deadline sweep). */
  actorUserId: string | null;
  /** The version the caller last saw; a mismatch is a 409 (someone else acted first). */
  expectedVersion?: number;
  /** Returns false when the caller may not act on this case: answered as 404 so existence does not leak. */
  canAct: (row: repo.ApplicationRow) => boolean;
  note?: string;
  data?: Record<string, unknown>;
  patch?: repo.ApplicationPatch;
  /** Tell the applicant (generic text only). Default true. */
  notify?: boolean;
};

/** @throws AppError NOT_FOUND (missing or out of scope) | CONFLICT (illegal in this status, or stale version) */
export async function applyTransition(deps: Deps, db: Db, req: TransitionRequest): Promise<repo.ApplicationRow> {
  const row = await repo.lockApplication(db, req.applicationId);
  if (!row || !req.canAct(row)) throw new AppError('NOT_FOUND', { message: '没有找到这份申请' });
  const next = nextStatus(row.status, req.action);
  if (!next) throw new AppError('CONFLICT', { message: '这份申请当前的状态不能这样办理，请刷新后再看' });
  if (req.expectedVersion !== undefined && req.expectedVersion !== row.version) {
    throw new AppError('CONFLICT', { message: '这份申请刚被其他人处理过，请刷新后再看' });
  }
  const now = deps.clock.now();
  const updated = await repo.updateStatus(db, row, next, req.patch ?? {}, now);
  if (!updated) throw new AppError('CONFLICT', { message: '这份申请刚被其他人处理过，请刷新后再看' });
  await repo.insertEvent(db, {
    applicationId: row.id,
    type: req.action,
    actorUserId: req.actorUserId,
    statusFrom: row.status,
    statusTo: next,
    note: req.note ?? null,
    data: req.data ?? {},
    createdAt: now,
  });
  await appendAudit(db, deps.clock, {
    actorUserId: req.actorUserId,
    action: `application.${req.action}`,
    entity: 'application',
    entityId: row.id,
    data: { from: row.status, to: next },
  });
  if (req.notify !== false) await notifyApplicant(db, updated, now);
  return updated;
}

/** Queues the generic "new progress" message; the text never names the kind of assistance. */
export async function notifyApplicant(
  db: Db,
  row: Pick<repo.ApplicationRow, 'id' | 'applicantUserId' | 'version'>,
  now: Date,
): Promise<void> {
  await enqueue(db, {
    topic: TOPIC_APPLICATION_PROGRESS,
    payload: applicationProgressPayload(row.applicantUserId, now),
    dedupeKey: `app-progress:${row.id}:${row.version}`,
    nextAttemptAt: now,
  });
}
