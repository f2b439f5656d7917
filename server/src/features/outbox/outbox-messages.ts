/**
 * Builders of outbox messages. Subscribe-message payloads carry no personal data and never name any kind
 * of assistance (security.md WX-09): only a generic line, a time and a login-guarded page without identifiers.
 */
import { chinaClock, pad2 } from '../../../../shared/domain/china-time';

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
  const c = chinaClock(at)!;
  return `${c.month}月${c.day}日 ${pad2(c.hour)}:${pad2(c.minute)}`;
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

export const TOPIC_APPLICATION_PROGRESS = 'subscribe.application_progress';
export const TOPIC_STAFF_ALERT = 'subscribe.staff_alert';

/** "Your application has news" for the applicant: no kind of assistance, no names, no ids in the page. */
export function applicationProgressPayload(userId: string, at: Date): SubscribePayload {
  return {
    userId,
    page: 'pages/mine/index',
    data: { thing1: { value: '您的申请有新进度' }, time2: { value: shanghaiShortTime(at) } },
  };
}

const STAFF_ALERT_TEXT = {
  urgent: '有一份紧急求助需要尽快处理',
  reopened: '有一份申请需要重新办理',
} as const;
export type StaffAlertKind = keyof typeof STAFF_ALERT_TEXT;

/** A case for staff to look at now (urgent, or reopened by the resident): generic text, the time, the queue page. */
export function staffAlertPayload(userId: string, at: Date, kind: StaffAlertKind = 'urgent'): SubscribePayload {
  return {
    userId,
    page: 'packages/staff/pages/queue/index',
    data: { thing1: { value: STAFF_ALERT_TEXT[kind] }, time2: { value: shanghaiShortTime(at) } },
  };
}

export const TOPIC_SERVICE_ORDER = 'subscribe.service_order';

const SERVICE_ORDER_TEXT = {
  new: '有一张新的服务单待处理',
  progress: '您开的服务单有新进度',
  cancelled: '有一张服务单已取消',
} as const;
export type ServiceOrderNotice = keyof typeof SERVICE_ORDER_TEXT;

/** A service order for its receiver's staff or its creator: one fixed generic line, the time, the orders workbench. */
export function serviceOrderPayload(userId: string, at: Date, notice: ServiceOrderNotice): SubscribePayload {
  return {
    userId,
    page: 'packages/staff/pages/orders/index',
    data: { thing1: { value: SERVICE_ORDER_TEXT[notice] }, time2: { value: shanghaiShortTime(at) } },
  };
}
