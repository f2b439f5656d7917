/** Display helpers shared by the my-applications pages. */
import { chinaClock, pad2 } from '@shared/domain/china-time';
import type { TApplicationDetail } from '@shared/schemas/applications';

type Item = Pick<TApplicationDetail, 'role' | 'channel'>;

/** "2026 年 11 月 29 日 14:30" in China time (UTC+8 all year), whatever the phone's time zone: staff see the same. */
export function formatDateTime(iso: string): string {
  const c = chinaClock(iso);
  return c ? `${c.year} 年 ${c.month} 月 ${c.day} 日 ${pad2(c.hour)}:${pad2(c.minute)}` : '';
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
