/**
 * Outbox messages of conferences, meetings and follow-up tasks: one fixed generic line each (never the kind of
 * help, never a name, never a case number), the time, and a login-guarded page without identifiers.
 */
import type { Db } from '../../db/client';
import { shanghaiShortTime, type SubscribePayload } from '../outbox/outbox-messages';
import { enqueue } from '../outbox/outbox.repo';

export const TOPIC_CONFERENCE = 'subscribe.conference';

export const CONFERENCE_NOTICE_TEXT = {
  invited: '您有一场会商需要参加',
  residentInvited: '工作人员邀请您参加一次商量会',
  task: '您有一项新的待办',
  overdue: '您有一项待办已超期',
  escalated: '有一项待办已超期，请督办',
  done: '您布置的待办已完成',
} as const;
export type ConferenceNotice = keyof typeof CONFERENCE_NOTICE_TEXT;

const PAGES: Record<ConferenceNotice, string> = {
  invited: 'packages/meet/pages/conferences/index',
  residentInvited: 'pages/mine/index',
  task: 'packages/meet/pages/tasks/index',
  overdue: 'packages/meet/pages/tasks/index',
  escalated: 'packages/meet/pages/tasks/index',
  done: 'packages/meet/pages/tasks/index',
};

export function conferencePayload(userId: string, at: Date, notice: ConferenceNotice): SubscribePayload {
  return {
    userId,
    page: PAGES[notice],
    data: { thing1: { value: CONFERENCE_NOTICE_TEXT[notice] }, time2: { value: shanghaiShortTime(at) } },
  };
}

/** One message per user (the actor left out), deduplicated by `key` so a retried write never sends twice. */
export async function notifyUsers(
  db: Db,
  userIds: Iterable<string>,
  notice: ConferenceNotice,
  key: string,
  now: Date,
  skip: string | null = null,
  at: Date = now,
): Promise<number> {
  let sent = 0;
  for (const userId of new Set(userIds)) {
    if (userId === skip) continue;
    const fresh = await enqueue(db, {
      topic: TOPIC_CONFERENCE,
      payload: conferencePayload(userId, at, notice),
      dedupeKey: `conference:${key}:${notice}:${userId}`,
      nextAttemptAt: now,
    });
    if (fresh) sent++;
  }
  return sent;
}
