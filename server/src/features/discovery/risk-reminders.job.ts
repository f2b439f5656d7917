/**
 * Open risks (待清零风险) come back to the staff member who logged the visit: first on the follow-up day (or a week
 * after the visit without one), then every RISK_REMINDER_DAYS until every risk of the visit is cleared. Runs inside the
 * deadline worker (every process, every minute); the outbox's unique dedupe key per visit and reminder period makes
 * two processes enqueue one message, so no lock is needed. The text is generic: no name, address or kind of risk.
 */
import { RISK_REMINDER_DAYS } from '../../../../shared/domain/outreach';
import { chinaDay } from '../../../../shared/domain/china-time';
import type { Deps } from '../../deps';
import { TOPIC_STAFF_ALERT, shanghaiShortTime, type SubscribePayload } from '../outbox/outbox-messages';
import { enqueue } from '../outbox/outbox.repo';
import * as repo from './discovery.repo';

export function riskReminderPayload(userId: string, at: Date): SubscribePayload {
  return {
    userId,
    page: 'packages/outreach/pages/risks/index',
    data: { thing1: { value: '有走访发现的情况还没有清零' }, time2: { value: shanghaiShortTime(at) } },
  };
}

/** Enqueues the due reminders; returns how many new messages were queued. */
export async function runRiskReminders(deps: Pick<Deps, 'db' | 'clock'>): Promise<{ riskReminders: number }> {
  const now = deps.clock.now();
  const today = chinaDay(now);
  const period = Math.floor(Date.parse(`${today}T00:00:00Z`) / (RISK_REMINDER_DAYS * 86_400_000));
  let queued = 0;
  for (const due of await repo.dueReminders(deps.db, today, RISK_REMINDER_DAYS)) {
    const fresh = await enqueue(deps.db, {
      topic: TOPIC_STAFF_ALERT,
      payload: riskReminderPayload(due.visitedBy, now),
      dedupeKey: `risk-remind:${due.visitId}:${period}`,
      nextAttemptAt: now,
    });
    if (fresh) queued++;
  }
  return { riskReminders: queued };
}
