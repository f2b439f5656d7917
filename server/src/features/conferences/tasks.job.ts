/**
 * The overdue sweep of follow-up tasks, run by the deadline worker (features/deadlines) in every server process:
 * an open task past the end of its due day is escalated exactly once — its owners are reminded, and whoever gave
 * it and the district hub's staff (the consortium's office, one tier above every point and department) are asked
 * to follow it up. Claiming with FOR UPDATE SKIP LOCKED and the `escalated_at` marker in the same transaction
 * keep two processes from escalating one task twice.
 */
import { XIHU_DISTRICT_CODE } from '../../../../shared/domain/divisions';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { listActiveStaffAt } from '../applications/staff-alerts.repo';
import { appendAudit } from '../audit/audit.repo';
import { notifyUsers } from './conference-notices';
import * as repo from './tasks.repo';

export type TaskSweepResult = { tasksEscalated: number };

export async function runTaskSweep(deps: Deps, limit = 50): Promise<TaskSweepResult> {
  return inTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const tasks = await repo.claimOverdueTasks(tx, now, limit);
    if (!tasks.length) return { tasksEscalated: 0 };
    const hub = await listActiveStaffAt(tx, 'district_hub', XIHU_DISTRICT_CODE);
    for (const task of tasks) {
      const owners = await repo.ownerUserIds(tx, task);
      await notifyUsers(tx, owners, 'overdue', task.id, now);
      await notifyUsers(
        tx,
        [task.createdBy, ...hub].filter((u) => !owners.includes(u)),
        'escalated',
        task.id,
        now,
      );
      await appendAudit(tx, deps.clock, {
        actorUserId: null,
        action: 'task.escalate',
        entity: 'follow_up_task',
        entityId: task.id,
        data: { dueOn: task.dueOn },
      });
    }
    return { tasksEscalated: tasks.length };
  });
}
