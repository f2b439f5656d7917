/**
 * The deadline sweep: a case not accepted in time moves one tier up (community point → its street station
 * → the district hub) with a new deadline, a timeline event and notifications. Runs in every server process;
 * row claiming with SKIP LOCKED keeps it correct, and the clock is injectable for tests.
 */
import { XIHU_DISTRICT_CODE } from '../../../../shared/domain/divisions';
import type { Urgency } from '../../../../shared/domain/categories';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { repeatEvery } from '../../lib/repeat';
import { applyTransition } from '../applications/lifecycle';
import { currentRules, findPointOfDivision } from '../applications/routing.repo';
import { DEFAULT_ROUTING_RULES, ZRoutingRules } from '../applications/routing.rules';
import { dueDate } from '../applications/routing-decision';
import * as repo from './deadlines.repo';

export type SweepResult = { escalated: number; flaggedAtHub: number };

export async function runDeadlineSweep(deps: Deps, limit = 50): Promise<SweepResult> {
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const now = deps.clock.now();
    const ruleRow = await currentRules(db);
    const rules = ruleRow ? ZRoutingRules.parse(ruleRow.rules) : DEFAULT_ROUTING_RULES;
    const result: SweepResult = { escalated: 0, flaggedAtHub: 0 };
    for (const c of await repo.claimOverdue(db, now, limit)) {
      const target = c.pointLevel === 'community_point' && c.streetCode ? c.streetCode : c.pointLevel !== 'district_hub' ? XIHU_DISTRICT_CODE : null;
      const point = target ? await findPointOfDivision(db, target) : null;
      if (!point) {
        await repo.flagOverdueAtHub(db, c.id);
        result.flaggedAtHub++;
        continue;
      }
      await applyTransition(deps, db, {
        applicationId: c.id,
        action: 'escalate',
        actorUserId: null,
        canAct: () => true,
        note: `超过受理时限,自动转${point.name}`,
        data: { automatic: true, to: point.id },
        patch: { servicePointId: point.id, assigneeUserId: null, dueAt: dueDate(now, c.urgency as Urgency, rules) },
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
