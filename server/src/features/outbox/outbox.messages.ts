/**
 * Builders of outbox messages. Subscribe-message payloads carry no personal data and never name any kind
 * of assistance (security.md WX-09): only a generic line, a time and a login-guarded page without identifiers.
 */
export const TOPIC_LIVE_REMINDER = 'subscribe.live_reminder';

/** Minutes before the start at which a livestream reminder is sent. */
export const REMINDER_LEAD_MINUTES = 15;

export type SubscribePayload = {
  /** Our user id; the worker looks up the openid at send time, so no WeChat identifier sits in the queue. */
  userId: string;
  page: string;
  data: Record<string, { value: string }>;
};

/** "1月7日 14:00" in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiShortTime(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3600_000);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${local.getUTCMonth() + 1}月${local.getUTCDate()}日 ${hh}:${mm}`;
}

/** The reminder for one user and one stream: generic text and the start time, nothing else. */
export function liveReminderPayload(userId: string, startsAt: Date): SubscribePayload {
  return {
    userId,
    page: 'pages/live/index',
    data: { thing1: { value: '您预约的政策直播即将开始' }, time2: { value: shanghaiShortTime(startsAt) } },
  };
}

export const liveReminderKey = (livestreamId: string, userId: string) => `live-remind:${livestreamId}:${userId}`;
