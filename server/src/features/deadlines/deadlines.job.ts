/**
 * The deadline sweep: a case not accepted in time moves one tier up (applications/escalation.ts: community point
 * → its street station → the district hub) with a new deadline, a timeline event and notifications. An emergency
 * goes straight to the hub, with the hub's emergency deadline from the rules, and the hub's staff are alerted
 * (or the next tier's, staff-alerts.ts). Runs in every
 * server process; row claiming with SKIP LOCKED keeps it correct, and the clock is injectable for tests.
 */
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { repeatEvery } from '../../lib/repeat';
import { findEscalationTarget, overdueTierUp } from '../applications/escalation';
import { applyTransition } from '../applications/lifecycle';
import { currentRules } from '../applications/routing.service';
import { dueDate } from '../applications/routing-decision';
import { alertStaff } from '../applications/staff-alerts';
import { runClosureSweep } from '../closure/closure.job';
import { runTaskSweep } from '../conferences/tasks.job';
import { runPolicyFinds } from '../discovery/policy-finds.job';
import { runRiskReminders } from '../discovery/risk-reminders.job';
import * as repo from './deadlines.repo';

export type SweepResult = { escalated: number; flaggedAtHub: number };

export async function runDeadlineSweep(deps: Deps, limit = 50): Promise<SweepResult> {
  return inTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const { rules } = await currentRules(deps, tx);
    const result: SweepResult = { escalated: 0, flaggedAtHub: 0 };
    for (const c of await repo.claimOverdue(tx, now, limit)) {
      const emergency = c.urgency === 'emergency';
      const point = await findEscalationTarget(tx, c, overdueTierUp(c, c.urgency));
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
        note: `超过受理时限，自动转${point.name}`,
        data: { automatic: true, to: point.id },
        patch: {
          servicePointId: point.id,
          assigneeUserId: null,
          dueAt:
            emergency && point.tier.level === 'district_hub'
              ? hoursLater(now, rules.emergencyTierHours.hub)
              : dueDate(now, c.urgency, rules),
        },
      });
      if (emergency) await alertStaff(tx, c.id, point.tier, 'escalated', now);
      result.escalated++;
    }
    return result;
  });
}

const hoursLater = (now: Date, hours: number) => new Date(now.getTime() + hours * 3600_000);

/**
 * Sweeps every `intervalMs` until stopped (never overlapping): acceptance, then resolution and auto-close, then
 * overdue follow-up tasks of conferences and joint meetings, open-risk reminders and 政策找人.
 */
export function startDeadlineWorker(deps: Deps, intervalMs: number) {
  return repeatEvery(
    intervalMs,
    async () => ({
      ...(await runDeadlineSweep(deps)),
      ...(await runClosureSweep(deps)),
      ...(await runTaskSweep(deps)),
      ...(await runRiskReminders(deps)),
      ...(await runPolicyFinds(deps)),
    }),
    deps.logger,
    'deadline sweep',
  );
}
