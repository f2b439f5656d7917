/**
 * Neighbour leads that never became a case (ended without the subject's recorded consent) are erased
 * LEAD_RETENTION_DAYS after they ended: details gone, counts kept, one audit entry per lead (issue 10.7).
 * Idempotent and safe in every server process (SKIP LOCKED claiming), like the deadline sweep.
 */
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { repeatEvery } from '../../lib/repeat';
import { appendAudit } from '../audit/audit.repo';
import * as repo from './lead-erasure.repo';

export const LEAD_RETENTION_DAYS = 90;

/** Erases one batch of expired leads; returns how many were erased. */
export async function runLeadErasure(deps: Pick<Deps, 'db' | 'clock'>, limit = 100): Promise<number> {
  return inTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const ids = await repo.claimExpiredLeads(tx, new Date(now.getTime() - LEAD_RETENTION_DAYS * 24 * 3600_000), limit);
    for (const id of ids) await repo.eraseLeadDetails(tx, id, now);
    // last: the audit chain's lock serialises audited writes until commit
    for (const id of ids) {
      await appendAudit(tx, deps.clock, {
        actorUserId: null,
        action: 'lead.erased',
        entity: 'application',
        entityId: id,
        data: { retentionDays: LEAD_RETENTION_DAYS },
      });
    }
    return ids.length;
  });
}

/** Runs every `intervalMs` until stopped (never overlapping). */
export function startLeadErasure(deps: Deps, intervalMs: number) {
  return repeatEvery(intervalMs, () => runLeadErasure(deps), deps.logger, 'lead erasure');
}
