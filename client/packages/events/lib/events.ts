/** Community events on the client: page paths and the words elderly readers see (time, place, places left). */
import { chinaClock, pad2 } from '@shared/domain/china-time';
import { springLabel } from '@shared/domain/events';
import type { Role } from '@shared/domain/roles';
import type { TEvent } from '@shared/schemas/events';

export const EVENTS_PAGE = '/packages/events/pages/index/index';
export const EVENT_PAGE = '/packages/events/pages/detail/index';
export const MY_SIGNUPS_PAGE = '/packages/events/pages/mine/index';
export const SIGNUP_CODE_PAGE = '/packages/events/pages/code/index';
export const MANAGE_PAGE = '/packages/events/pages/manage/index';
export const ATTENDEES_PAGE = '/packages/events/pages/attendees/index';

export const eventUrl = (id: string) => `${EVENT_PAGE}?id=${id}`;
export const codeUrl = (signupId: string) => `${SIGNUP_CODE_PAGE}?id=${signupId}`;
export const attendeesUrl = (eventId: string) => `${ATTENDEES_PAGE}?id=${eventId}`;

export const PUBLISHER_ROLES: readonly Role[] = ['point_staff', 'station_staff', 'hub_staff', 'dept_officer'];

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const clock = (iso: string) => chinaClock(iso)!;
const hm = (c: { hour: number; minute: number }) => `${c.hour}:${pad2(c.minute)}`;

/** "3月8日（周六）9:00—11:00" in China time; the end's date is shown when it is another day. */
export function eventTime(e: Pick<TEvent, 'startsAt' | 'endsAt'>): string {
  const s = clock(e.startsAt);
  const end = clock(e.endsAt);
  const sameDay = s.year === end.year && s.month === end.month && s.day === end.day;
  const endText = sameDay ? hm(end) : `${end.month}月${end.day}日 ${hm(end)}`;
  return `${s.month}月${s.day}日（周${WEEKDAYS[s.weekday - 1]}）${hm(s)}—${endText}`;
}

/** "还有 3 个名额" / "名额已满，可排队候补（已有 2 人候补）". */
export function placesText(e: Pick<TEvent, 'placesLeft' | 'waitlisted' | 'status'>): string {
  if (e.status === 'cancelled') return '活动已取消';
  if (e.placesLeft > 0) return `还有 ${e.placesLeft} 个名额`;
  return e.waitlisted > 0 ? `名额已满，可排队候补（已有 ${e.waitlisted} 人候补）` : '名额已满，可排队候补';
}

export const tagOf = (e: Pick<TEvent, 'springMonth'>) => (e.springMonth ? springLabel(e.springMonth) : '社区活动');

/** "约 300 米" / "约 1.2 公里". */
export function distanceText(m: number | null): string | null {
  if (m === null) return null;
  return m < 1000 ? `约 ${Math.max(10, Math.round(m / 10) * 10)} 米` : `约 ${(m / 1000).toFixed(1)} 公里`;
}

/** True when the event starts within the next day (the in-app reminder; WeChat sends its own message too). */
export const startsWithinADay = (startsAt: string, now: number = Date.now()) => {
  const t = Date.parse(startsAt);
  return t > now && t - now <= 24 * 3600_000;
};
