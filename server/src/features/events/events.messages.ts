/**
 * Outbox messages of community events. Like every subscribe message they carry no personal data and never the
 * event's theme or what help it is about: one fixed generic line, a time, and a login-guarded page.
 */
import { EVENT_REMINDER_LEAD_HOURS } from '../../../../shared/domain/events';
import type { Db } from '../../db/client';
import * as outbox from '../outbox/outbox.repo';
import { shanghaiShortTime, type SubscribePayload } from '../outbox/outbox-messages';

export const TOPIC_EVENT = 'subscribe.event';
const PAGE = 'packages/events/pages/mine/index';

const TEXT = {
  reminder: '您报名的活动明天开始',
  promoted: '您候补的活动有名额了',
  cancelled: '您报名的活动已取消',
  changed: '您报名的活动时间或地点有变化',
} as const;
export type EventNotice = keyof typeof TEXT;

export function eventPayload(userId: string, startsAt: Date, notice: EventNotice): SubscribePayload {
  return {
    userId,
    page: PAGE,
    data: { thing1: { value: TEXT[notice] }, time2: { value: shanghaiShortTime(startsAt) } },
  };
}

export const reminderKey = (signupId: string) => `event-remind:${signupId}`;

/** When the day-before reminder of an event is due: a day before the start, or now when that has passed. */
export const remindAt = (startsAt: Date, now: Date) =>
  new Date(Math.max(now.getTime(), startsAt.getTime() - EVENT_REMINDER_LEAD_HOURS * 3600_000));

/** Queues the day-before reminder of a confirmed sign-up (one per sign-up: the dedupe key is unique). */
export async function scheduleReminder(db: Db, s: { id: string; userId: string }, startsAt: Date, now: Date) {
  await outbox.enqueue(db, {
    topic: TOPIC_EVENT,
    dedupeKey: reminderKey(s.id),
    payload: eventPayload(s.userId, startsAt, 'reminder'),
    nextAttemptAt: remindAt(startsAt, now),
  });
}

/** Sends `notice` now; `stamp` keeps the dedupe key of one notice unique (e.g. the sign-up's id and the time). */
export async function notify(db: Db, userId: string, startsAt: Date, notice: EventNotice, stamp: string, now: Date) {
  await outbox.enqueue(db, {
    topic: TOPIC_EVENT,
    dedupeKey: `event-${notice}:${stamp}`,
    payload: eventPayload(userId, startsAt, notice),
    nextAttemptAt: now,
  });
}

export const cancelReminder = (db: Db, signupId: string) => outbox.cancelPending(db, reminderKey(signupId));
