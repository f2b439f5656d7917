/** Display helpers shared by the my-applications pages. */
import type { TApplicationDetail } from '@shared/schemas/applications';

type Item = Pick<TApplicationDetail, 'role' | 'channel'>;

/** "2026 年 11 月 29 日 14:30" in the phone's time zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()} 年 ${d.getMonth() + 1} 月 ${d.getDate()} 日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export type GroupId = 'self' | 'proxy' | 'subject' | 'referral';

/** Which list an application belongs to, from the viewer's side. */
export function groupOf(item: Item): GroupId {
  if (item.role === 'subject') return 'subject';
  if (item.role === 'referrer') return 'referral';
  return item.channel === 'proxy' ? 'proxy' : 'self';
}

export const GROUP_TITLES: Record<GroupId, string> = {
  self: '我本人的申请',
  proxy: '我替家人提交的',
  subject: '家人替我提交的',
  referral: '我帮邻居反映的',
};

export const GROUP_ORDER: GroupId[] = ['self', 'proxy', 'subject', 'referral'];

export const applicationUrl = (id: string) => `/packages/mine/pages/application/index?id=${id}`;
