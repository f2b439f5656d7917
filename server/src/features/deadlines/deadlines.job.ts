/**
 * The deadline sweep: a case not accepted in time moves one tier up (applications/escalation.ts: community point
 * → its street station → the district hub) with a new deadline, a timeline event and notifications. Runs in every
 * server process; row claiming with SKIP LOCKED keeps it correct, and the clock is injectable for tests.
 */
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { repeatEvery } from '../../lib/repeat';
import { findEscalationTarget } from '../applications/escalation';
import { applyTransition } from '../applications/lifecycle';
import { currentRules } from '../applications/routing.service';
import { dueDate } from '../applications/routing-decision';
import * as repo from './deadlines.repo';

export type SweepResult = { escalated: number; flaggedAtHub: number };

export async function runDeadlineSweep(deps: Deps, limit = 50): Promise<SweepResult> {
  return inTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const { rules } = await currentRules(deps, tx);
    const result: SweepResult = { escalated: 0, flaggedAtHub: 0 };
    for (const c of await repo.claimOverdue(tx, now, limit)) {
      const point = await findEscalationTarget(tx, c);
      if (!point) {
        await repo.flagOverdueAtHub(tx, c.id);
        result.flaggedAtHub++;
        continue;
      }
      await applyTransition(deps, tx, {
        applicationId: c.id,
        action: 'escalate',
        actorUserId: null,
        canAct: () => true,
        note: `超过受理时限,自动转${point.name}`,
        data: { automatic: true, to: point.id },
        patch: { servicePointId: point.id, assigneeUserId: null, dueAt: dueDate(now, c.urgency, rules) },
      });
      result.escalated++;
    }
    return result;
  });
}

/** Sweeps every `intervalMs` until stopped (never overlapping). */
export function startDeadlineWorker(deps: Deps, intervalMs: number) {
  return repeatEvery(intervalMs, () => runDeadlineSweep(deps), deps.logger, 'deadline sweep');
}
