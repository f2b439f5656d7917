/**
 * Staff actions on a case. Each one: lock the case inside the caller's scope (SQL), then change it through
 * applications/lifecycle.ts `applyTransition` (legality, optimistic version, timeline, audit, notification),
 * all in one transaction, and answer with the updated detail.
 */
import type { ApplicationAction } from '../../../../shared/domain/application-status';
import type { TCaseClassification, TStaffCaseDetail } from '../../../../shared/schemas/cases';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import type { Principal } from '../auth/principal';
import { findEscalationTarget, nextTierUp } from '../applications/escalation';
import { applyTransition } from '../applications/lifecycle';
import { latestEventId } from '../attachments/attachments.repo';
import { linkStagedFiles } from '../attachments/link';
import type { ApplicationPatch, ApplicationRow } from '../applications/lifecycle.repo';
import { consentWithdrawn, isStopped } from '../applications/stop-processing';
import { reopenStep, resolveDueFor } from '../closure/closure-rules';
import { classify, flagsAfter, requireClassification } from '../needs/classify';
import { addClosingNote } from './closing-note.service';
import * as repo from './cases.repo';
import { loadStaffDetail, notFound } from './detail.service';
import { inStaffScope, scopeOf, type CaseScope } from './scope';

const DAY_MS = 24 * 3600 * 1000;

export type Step = {
  note?: string;
  data?: Record<string, unknown>;
  patch?: ApplicationPatch;
  after?: (db: Db, row: ApplicationRow) => Promise<void>;
};
type Prepare = (
  db: Db,
  row: ApplicationRow,
  ctx: { now: Date; scope: CaseScope; userId: string },
) => Promise<Step> | Step;

/**
 * Locks the case in scope, applies `action` with what `prepare` decides, and returns the new detail.
 * A withdrawn case takes only a closing note: every other action answers CONSENT_WITHDRAWN.
 */
export async function runAction(
  deps: Deps,
  principal: Principal,
  input: { id: string; expectedVersion: number },
  action: ApplicationAction,
  prepare: Prepare,
  /** false: a withdrawn case refuses 'close' too (a follow-up call is not a closing note). */
  closingNote = true,
): Promise<TStaffCaseDetail> {
  const scope = scopeOf(principal);
  return inTransaction(deps.db, async (tx) => {
    const locked = await repo.lockCaseInScope(tx, input.id, repo.staffScopeSql(scope));
    if (!locked) throw notFound();
    if (isStopped(locked.status)) {
      if (action !== 'close' || !closingNote) throw consentWithdrawn();
      return addClosingNote(deps, tx, locked, input, principal.userId);
    }
    const step = await prepare(tx, locked, { now: deps.clock.now(), scope, userId: principal.userId });
    const row = await applyTransition(deps, tx, {
      applicationId: input.id,
      action,
      actorUserId: principal.userId,
      expectedVersion: input.expectedVersion,
      canAct: (r) => inStaffScope(scope, r),
      note: step.note,
      data: step.data,
      patch: step.patch,
    });
    await step.after?.(tx, row);
    // the caller was authorised above; after a transfer or escalation the case may have left their scope
    return (await loadStaffDetail(deps, tx, input.id, principal))!;
  });
}

type Ref = { id: string; expectedVersion: number };

/**
 * Accept: the caller becomes the case's assignee, and the resolution deadline starts (routing rules). An unclassified
 * case needs a classification (needs/classify.ts). @throws AppError VALIDATION_FAILED (classification)
 */
export const accept = (deps: Deps, p: Principal, input: Ref & { classification?: TCaseClassification }) =>
  runAction(deps, p, input, 'accept', async (db, row, c) => {
    requireClassification(row, input.classification);
    const cls = input.classification;
    return {
      patch: {
        assigneeUserId: c.userId,
        resolveDueAt: await resolveDueFor(deps, db, row, c.now),
        ...(cls ? { flags: flagsAfter(row.flags, cls) } : {}),
      },
      data: cls ? { categories: cls.categories, needTier: cls.needTier } : undefined,
      after: cls ? (tx, r) => classify(tx, deps.cipher, r, cls) : undefined,
    };
  });

/** A phone call attempt and its outcome. */
export const contact = (deps: Deps, p: Principal, input: Ref & { outcome: string; note?: string }) =>
  runAction(deps, p, input, 'contact', () => ({ note: input.note, data: { outcome: input.outcome } }));

/**
 * A home visit: notes, and photos the worker uploaded (purpose 'visit', images only) linked to the case and its
 * visit event. @throws AppError VALIDATION_FAILED (visitedAt) for a visit in the future, (photoIds) for photos
 * that are not the caller's staged visit photos.
 */
export const visit = (
  deps: Deps,
  p: Principal,
  input: Ref & { note: string; visitedAt: string; photoIds?: string[] },
) =>
  runAction(deps, p, input, 'visit', (_db, _row, c) => {
    if (Date.parse(input.visitedAt) > c.now.getTime() + 5 * 60_000)
      throw validationError([{ field: 'visitedAt', message: '走访时间不能晚于现在' }]);
    const photoIds = input.photoIds?.map((id) => id.toLowerCase()) ?? [];
    return {
      note: input.note,
      data: { visitedAt: new Date(input.visitedAt).toISOString(), ...(photoIds.length ? { photoIds } : {}) },
      after: async (tx, row) => {
        if (!photoIds.length) return;
        const eventId = await latestEventId(tx, row.id, 'visit');
        await linkStagedFiles(tx, {
          userId: c.userId,
          ids: photoIds,
          applicationId: row.id,
          purpose: 'visit',
          imagesOnly: true,
          eventId,
          field: 'photoIds',
          now: c.now,
        });
      },
    };
  });

/** Ask the resident for more: the deadline pauses until they answer. */
export const askInfo = (deps: Deps, p: Principal, input: Ref & { message: string; dueDays: number }) =>
  runAction(deps, p, input, 'askInfo', (_db, _row, c) => ({
    note: input.message,
    data: { respondBy: new Date(c.now.getTime() + input.dueDays * DAY_MS).toISOString() },
    patch: { pausedAt: c.now },
  }));

/** @throws AppError VALIDATION_FAILED (departmentCode) | CONFLICT when already referred there. */
export const referDepartment = (deps: Deps, p: Principal, input: Ref & { departmentCode: string; note: string }) =>
  runAction(deps, p, input, 'referDepartment', async (db, row, c) => {
    const dept = await repo.departmentByCode(db, input.departmentCode);
    if (!dept) throw validationError([{ field: 'departmentCode', message: '没有这个部门' }]);
    if (await repo.findLiveReferral(db, row.id, [dept.id]))
      throw new AppError('CONFLICT', { message: '已经转介给这个部门，正在办理中' });
    return {
      note: input.note,
      data: { departmentCode: dept.code },
      after: (tx) =>
        repo.insertReferral(tx, {
          applicationId: row.id,
          departmentId: dept.id,
          referredByUserId: c.userId,
          note: input.note,
          createdAt: c.now,
        }),
    };
  });

/**
 * Move the case to another active point: a point's staff to another community point of the same street,
 * a station to any point of its street/town, the hub anywhere. The assignee is cleared.
 * @throws AppError VALIDATION_FAILED (toServicePointId) when the target is not allowed.
 */
export const transfer = (deps: Deps, p: Principal, input: Ref & { toServicePointId: string; reason: string }) =>
  runAction(deps, p, input, 'transfer', async (db, row, c) => {
    const target = await repo.findPoint(db, input.toServicePointId);
    const allowed =
      !!target &&
      target.active &&
      target.id !== row.servicePointId &&
      (c.scope.district ||
        (!!target.streetCode && c.scope.streetCodes.includes(target.streetCode)) ||
        (c.scope.pointIds.length > 0 && target.level === 'community_point' && target.streetCode === row.streetCode));
    if (!allowed)
      throw validationError([{ field: 'toServicePointId', message: '不能转到这个站点，请选择本辖区内的其他站点' }]);
    return {
      note: input.reason,
      data: { fromServicePointId: row.servicePointId, toServicePointId: target.id },
      patch: { servicePointId: target.id, assigneeUserId: null },
      after: async (tx) => {
        if (target.streetCode && target.streetCode !== row.streetCode)
          await repo.setStreetCode(tx, row.id, target.streetCode);
      },
    };
  });

/**
 * One tier up (applications/escalation.ts): community point → its street's station → district hub, as the deadline
 * sweep does. @throws AppError CONFLICT at the hub, or when no tier above has an active point.
 */
export const escalate = (deps: Deps, p: Principal, input: Ref & { reason: string }) =>
  runAction(deps, p, input, 'escalate', async (db, row) => {
    const current = row.servicePointId ? await repo.findPoint(db, row.servicePointId) : null;
    const at = {
      pointLevel: current?.level ?? null,
      pointStreetCode: current?.streetCode ?? null,
      caseStreetCode: row.streetCode,
    };
    if (!nextTierUp(at)) throw new AppError('CONFLICT', { message: '已在区级助联体办理，不能再上报' });
    const upper = await findEscalationTarget(db, at);
    if (!upper) throw new AppError('CONFLICT', { message: '没有找到上级站点，请联系区级助联体' });
    return {
      note: input.reason,
      data: { fromServicePointId: row.servicePointId, toServicePointId: upper.id },
      patch: { servicePointId: upper.id, assigneeUserId: null },
    };
  });

/** Archive a resolved case; on a withdrawn case, the closing note (closing-note.service.ts). */
export const close = (deps: Deps, p: Principal, input: Ref & { note?: string }) =>
  runAction(deps, p, input, 'close', () => ({ note: input.note, data: { by: 'staff' } }));

/** @throws AppError CONFLICT when more than REOPEN_WINDOW_DAYS have passed since resolution. */
export const reopen = (deps: Deps, p: Principal, input: Ref & { reason: string }) =>
  runAction(deps, p, input, 'reopen', async (db, row, c) => reopenStep(deps, db, row, c.now, input.reason, 'staff'));
