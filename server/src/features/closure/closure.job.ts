/**
 * The closure half of the deadline sweep (issue 11.4), run by the same worker (features/deadlines):
 * - a case accepted but not resolved in time escalates one tier up, as for acceptance (an emergency straight to the
 *   hub), and waits there to be accepted again; at the hub it is flagged once;
 * - a resolved case nobody confirmed or followed up closes by itself AUTO_CLOSE_DAYS after resolution.
 */
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { findEscalationTarget, overdueTierUp } from '../applications/escalation';
import { applyTransition } from '../applications/lifecycle';
import { dueDate } from '../applications/routing-decision';
import { currentRules } from '../applications/routing.service';
import { alertStaff } from '../applications/staff-alerts';
import * as repo from './closure.repo';

export type ClosureSweepResult = { resolveEscalated: number; resolveFlaggedAtHub: number; autoClosed: number };

export async function runClosureSweep(deps: Deps, limit = 50): Promise<ClosureSweepResult> {
  return inTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const { rules } = await currentRules(deps, tx);
    const result: ClosureSweepResult = { resolveEscalated: 0, resolveFlaggedAtHub: 0, autoClosed: 0 };
    for (const c of await repo.claimResolveOverdue(tx, now, limit)) {
      const point = await findEscalationTarget(tx, c, overdueTierUp(c, c.urgency));
      if (!point) {
        await repo.flagResolveOverdueAtHub(tx, c.id);
        result.resolveFlaggedAtHub++;
        continue;
      }
      await applyTransition(deps, tx, {
        applicationId: c.id,
        action: 'escalate',
        actorUserId: null,
        canAct: () => true,
        note: `超过办结时限，自动转${point.name}`,
        data: { automatic: true, reason: 'resolveOverdue', to: point.id },
        patch: {
          servicePointId: point.id,
          assigneeUserId: null,
          dueAt: dueDate(now, c.urgency, rules),
          resolveDueAt: null,
        },
      });
      if (c.urgency === 'emergency') await alertStaff(tx, c.id, point.tier, 'escalated', now);
      result.resolveEscalated++;
    }
    const before = new Date(now.getTime() - deps.env.AUTO_CLOSE_DAYS * 24 * 3600_000);
    for (const c of await repo.claimUnconfirmed(tx, before, limit)) {
      await applyTransition(deps, tx, {
        applicationId: c.id,
        action: 'close',
        actorUserId: null,
        canAct: () => true,
        note: `办结 ${deps.env.AUTO_CLOSE_DAYS} 天内没有收到确认或回访，自动结案`,
        data: { by: 'auto' },
      });
      result.autoClosed++;
    }
    return result;
  });
}
