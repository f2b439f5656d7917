/**
 * Community events (社区活动) and the 十二春风 themed service days: departments and service points publish an event
 * with a capacity; residents sign up for themselves or a relative; beyond the capacity sign-ups wait in line and
 * move up by themselves when a place frees. Pure rules, labels and the QR link format shared by server and client.
 */
export const EVENT_STATUSES = ['published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const SIGNUP_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

export const SIGNUP_STATUS_LABELS: Record<SignupStatus, string> = {
  confirmed: '已报上',
  waitlisted: '排队候补',
  cancelled: '已取消',
};

/** 十二春风: one themed service day a month, run by the 幸福联盟's departments. */
export const springLabel = (month: number): string => `十二春风·${month}月`;

/** Roles that publish events: department officers for their department, point staff for their point. */
export const EVENT_PUBLISHER_ROLES = ['point_staff', 'station_staff', 'hub_staff', 'dept_officer'] as const;

/** A reminder goes out this long before the start. */
export const EVENT_REMINDER_LEAD_HOURS = 24;

/** Pages a QR code opens: an event's detail (to sign up) and one sign-up's check-in (staff scan it at the venue). */
export const EVENT_DETAIL_PAGE = 'packages/events/pages/detail/index';
export const EVENT_CHECKIN_PAGE = 'packages/events/pages/checkin/index';

/** Short public codes in QR scenes (a weapp scene holds at most 32 characters). */
export const EVENT_CODE_PATTERN = /^[A-Za-z0-9_-]{10,16}$/;

export type EventScene = { kind: 'event' | 'signup'; code: string };

/** "e.<code>" opens an event, "s.<code>" a sign-up's check-in. */
export const sceneOf = (s: EventScene): string => `${s.kind === 'event' ? 'e' : 's'}.${s.code}`;

export function parseScene(scene: string | undefined | null): EventScene | null {
  const m = /^([es])\.([A-Za-z0-9_-]{10,16})$/.exec(decodeURIComponent(scene ?? ''));
  if (!m) return null;
  return { kind: m[1] === 'e' ? 'event' : 'signup', code: m[2]! };
}
