/** Conferences, tasks and joint meetings on the staff side: page paths and words. */
import type { Role } from '@shared/domain/roles';

export const CONVENE_PAGE = '/packages/meet/pages/convene/index';
export const CONFERENCE_PAGE = '/packages/meet/pages/conference/index';
export const TASKS_PAGE = '/packages/meet/pages/tasks/index';
export const CONFERENCES_PAGE = '/packages/meet/pages/conferences/index';
export const MEETINGS_PAGE = '/packages/meet/pages/meetings/index';
export const MEETING_PAGE = '/packages/meet/pages/meeting/index';

export const conveneUrl = (applicationId: string) => `${CONVENE_PAGE}?applicationId=${applicationId}`;
export const conferenceUrl = (id: string) => `${CONFERENCE_PAGE}?id=${id}`;
export const meetingUrl = (id: string) => `${MEETING_PAGE}?id=${id}`;

/** Who convenes conferences and records their decisions. */
export const CONVENER_ROLES: readonly Role[] = ['point_staff', 'station_staff', 'hub_staff'];
/** Who can own a task or take part in a conference. */
export const TASK_ROLES: readonly Role[] = [...CONVENER_ROLES, 'dept_officer', 'provider_staff', 'admin'];
/** Who sees the conference list: conveners and those who can be invited (not admins). */
export const CONFERENCE_ROLES: readonly Role[] = [...CONVENER_ROLES, 'dept_officer', 'provider_staff'];
/** Who keeps the joint meeting record, and who reads it. */
export const MEETING_KEEPER_ROLES: readonly Role[] = ['hub_staff', 'admin'];
export const MEETING_READER_ROLES: readonly Role[] = [...MEETING_KEEPER_ROLES, 'dept_officer'];

/** The Beijing calendar day of `now` shifted by `days`, yyyy-mm-dd. */
export const chinaDay = (now = new Date(), days = 0) =>
  new Date(now.getTime() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** "12 月 8 日 14:30" in Beijing time. */
export function formatTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCMonth() + 1} 月 ${d.getUTCDate()} 日 ${hh}:${mm}`;
}

/** "12 月 8 日" from yyyy-mm-dd. */
export function formatDay(ymd: string): string {
  const [, m, d] = ymd.split('-').map(Number);
  return `${m} 月 ${d} 日`;
}

/** "2026 年 12 月" from yyyy-mm. */
export const formatMonth = (month: string) => `${month.slice(0, 4)} 年 ${Number(month.slice(5, 7))} 月`;

/** A date and a time typed by staff ("2026-12-08", "14:30") as an ISO instant in Beijing time; null if malformed. */
export function toStartsAt(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day.trim()) || !/^\d{1,2}:\d{2}$/.test(time.trim())) return null;
  const [h, m] = time.trim().split(':');
  return `${day.trim()}T${h!.padStart(2, '0')}:${m}:00+08:00`;
}
