/**
 * Staff alerts for emergencies must reach a person: the alert goes to the active staff of the tier it is meant
 * for, and when that tier has nobody (no point, or no live membership) to the next tier up, by the one next-tier
 * rule (escalation.ts). The payload carries no personal data (outbox-messages.ts).
 */
import type { Db } from '../../db/client';
import { TOPIC_STAFF_ALERT, staffAlertPayload } from '../outbox/outbox-messages';
import { enqueue } from '../outbox/outbox.repo';
import { nextTierUp, type TierTarget } from './escalation';
import { findPointPlace, listActiveStaffAt, listActiveStaffOfPoint } from './staff-alerts.repo';

/** Why the alert is sent: at submission (the street station) or after a missed deadline (the hub). */
export type AlertStage = 'submitted' | 'escalated';

/** The staff to alert for `tier`: its own active staff, else those of the first tier above that has any; [] when none. */
export async function alertRecipients(db: Db, tier: TierTarget): Promise<{ tier: TierTarget; userIds: string[] }> {
  for (
    let t: TierTarget | null = tier;
    t;
    t = nextTierUp({ pointLevel: t.level, pointStreetCode: t.divisionCode, caseStreetCode: null })
  ) {
    const userIds = await listActiveStaffAt(db, t.level, t.divisionCode);
    if (userIds.length) return { tier: t, userIds };
  }
  return { tier, userIds: [] };
}

/** Enqueues one alert per recipient (deduplicated per case, stage and user); returns who was alerted. */
export async function alertStaff(
  db: Db,
  applicationId: string,
  tier: TierTarget,
  stage: AlertStage,
  now: Date,
): Promise<string[]> {
  const { userIds } = await alertRecipients(db, tier);
  for (const userId of userIds) {
    await enqueue(db, {
      topic: TOPIC_STAFF_ALERT,
      payload: staffAlertPayload(userId, now, 'urgent'),
      dedupeKey: `staff-alert:${applicationId}:${stage}:${userId}`,
      nextAttemptAt: now,
    });
  }
  return userIds;
}

/**
 * A resident said the problem is not solved and the case went back to its point: alert the point's own staff, or
 * when it has nobody, the staff of the first tier above that has any. One alert per reopening (keyed by `version`,
 * the case's version after the reopen). Returns who was alerted.
 */
export async function alertReopened(
  db: Db,
  applicationId: string,
  pointId: string | null,
  version: number,
  now: Date,
): Promise<string[]> {
  let userIds = pointId ? await listActiveStaffOfPoint(db, pointId) : [];
  if (!userIds.length) {
    const place = pointId ? await findPointPlace(db, pointId) : null;
    const above = nextTierUp({
      pointLevel: place?.level ?? null,
      pointStreetCode: place?.streetCode ?? null,
      caseStreetCode: null,
    });
    userIds = above ? (await alertRecipients(db, above)).userIds : [];
  }
  for (const userId of userIds) {
    await enqueue(db, {
      topic: TOPIC_STAFF_ALERT,
      payload: staffAlertPayload(userId, now, 'reopened'),
      dedupeKey: `staff-alert:${applicationId}:reopened:${version}:${userId}`,
      nextAttemptAt: now,
    });
  }
  return userIds;
}
