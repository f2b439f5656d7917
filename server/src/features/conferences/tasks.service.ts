/**
 * Follow-up tasks of conferences and joint meetings: given to a staff user, a department or a service point with a
 * due day; listed on the owner's workbench (我的待办), marked done by the owner or whoever gave it, and escalated
 * once when overdue (tasks.job.ts).
 */
import { and } from 'drizzle-orm';
import { taskDueAt, type TaskOwnerKind } from '../../../../shared/domain/conferences';
import type { TTask, TTaskList, TTaskOwner } from '../../../../shared/schemas/conferences';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import type { Principal } from '../auth/principal';
import { appendAudit } from '../audit/audit.repo';
import { receivingOf } from '../orders/orders.access';
import { notifyUsers } from './conference-notices';
import { existingIds } from './conferences.repo';
import * as repo from './tasks.repo';

export const taskNotFound = () => new AppError('NOT_FOUND', { message: '没有找到这项待办' });

const owns = (principal: Principal, task: repo.TaskRow) => {
  const units = receivingOf(principal);
  return (
    task.ownerUserId === principal.userId ||
    (!!task.ownerDepartmentId && units.deptIds.includes(task.ownerDepartmentId)) ||
    (!!task.ownerPointId && units.pointIds.includes(task.ownerPointId))
  );
};

export function presentTask(view: repo.TaskView, principal: Principal, now: Date): TTask {
  const t = view.task;
  const open = t.status === 'open';
  return {
    id: t.id,
    title: t.title,
    dueOn: t.dueOn,
    status: t.status,
    overdue: open && t.dueAt < now,
    escalated: t.escalatedAt !== null,
    owner: {
      kind: t.ownerKind,
      id: (t.ownerUserId ?? t.ownerDepartmentId ?? t.ownerPointId)!,
      name: view.ownerName,
    },
    source: t.conferenceId
      ? { kind: 'conference', id: t.conferenceId, title: view.sourceTitle }
      : { kind: 'meeting', id: t.meetingId!, title: view.sourceTitle },
    applicationId: t.applicationId,
    refNo: view.refNo,
    doneAt: t.doneAt?.toISOString() ?? null,
    doneNote: t.doneNote,
    canDone: open && (owns(principal, t) || t.createdBy === principal.userId),
  };
}

/** The workbench section 我的待办; hub staff also see every escalated overdue task of the district. */
export async function listMine(deps: Deps, principal: Principal): Promise<TTaskList> {
  const now = deps.clock.now();
  const where = repo.ownedBySql(principal.userId, receivingOf(principal));
  const items = await repo.listTaskViews(deps.db, and(where, repo.openSql)!);
  const hub = principal.row.memberships.some((m) => m.role === 'hub_staff');
  const escalated = hub ? await repo.listTaskViews(deps.db, repo.escalatedOpenSql) : [];
  return {
    items: items.map((v) => presentTask(v, principal, now)),
    escalated: escalated.map((v) => presentTask(v, principal, now)),
  };
}

export type NewTask = {
  source: { conferenceId: string } | { meetingId: string };
  applicationId: string | null;
  title: string;
  owner: TTaskOwner;
  dueOn: string;
};

const OWNER_COLUMN: Record<TaskOwnerKind, 'ownerUserId' | 'ownerDepartmentId' | 'ownerPointId'> = {
  user: 'ownerUserId',
  department: 'ownerDepartmentId',
  point: 'ownerPointId',
};

/** Inserts a task in the caller's transaction after checking its owner and due day, and tells its owners. */
export async function addTask(deps: Deps, tx: Db, principal: Principal, input: NewTask): Promise<repo.TaskRow> {
  const now = deps.clock.now();
  const { owner } = input;
  const known =
    owner.kind === 'user'
      ? await repo.isActiveStaff(tx, owner.id)
      : (await existingIds(tx, owner.kind, [owner.id])).has(owner.id);
  if (!known) throw validationError([{ field: 'owner.id', message: '没有这个负责人，请重新选择' }]);
  const dueAt = taskDueAt(input.dueOn);
  if (dueAt <= now) throw validationError([{ field: 'dueOn', message: '完成日期不能早于今天' }]);
  const task = await repo.insertTask(tx, {
    ...input.source,
    applicationId: input.applicationId,
    title: input.title,
    ownerKind: owner.kind,
    [OWNER_COLUMN[owner.kind]]: owner.id,
    dueOn: input.dueOn,
    dueAt,
    createdBy: principal.userId,
    createdAt: now,
  });
  await appendAudit(tx, deps.clock, {
    actorUserId: principal.userId,
    action: 'task.create',
    entity: 'follow_up_task',
    entityId: task.id,
    data: { ownerKind: owner.kind, ownerId: owner.id, dueOn: input.dueOn },
  });
  await notifyUsers(tx, await repo.ownerUserIds(tx, task), 'task', task.id, now, principal.userId);
  return task;
}

/**
 * Marks a task done (its owner or whoever gave it); the giver is told.
 * @throws AppError NOT_FOUND (not the caller's) | CONFLICT (already done).
 */
export async function completeTask(deps: Deps, principal: Principal, input: { id: string; note?: string }) {
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    const task = await repo.lockTask(tx, input.id);
    if (!task || !(owns(principal, task) || task.createdBy === principal.userId)) throw taskNotFound();
    if (task.status === 'done') throw new AppError('CONFLICT', { message: '这项待办已经完成了' });
    await repo.markDone(tx, task.id, principal.userId, input.note ?? null, now);
    await appendAudit(tx, deps.clock, {
      actorUserId: principal.userId,
      action: 'task.done',
      entity: 'follow_up_task',
      entityId: task.id,
      data: {},
    });
    await notifyUsers(tx, [task.createdBy], 'done', task.id, now, principal.userId);
  });
  const [view] = await repo.listTaskViews(deps.db, repo.byId(input.id));
  return presentTask(view!, principal, now);
}
