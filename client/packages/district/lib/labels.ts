/** Chinese words for the district review pages (issue 12): channels, match reasons, audit actions, months. */
import { CATEGORY_LABELS, type Category } from '@shared/domain/categories';
import { REVEAL_REASON_LABELS, type RevealReason } from '@shared/schemas/cases';
import type { MatchReason, ReviewAction } from '@shared/schemas/district';

export const CHANNEL_TEXT: Record<string, string> = { self: '本人申请', proxy: '家人代办', referral: '邻居反映' };

export const MATCH_REASON_TEXT: Record<MatchReason, string> = {
  id_number: '身份证号相同',
  phone: '电话相同',
  name_address: '姓名相同、地址相近',
};

export const ACTION_TEXT: Record<ReviewAction, string> = {
  'case.viewed': '查看申请',
  'case.revealed': '显示完整号码',
  'household.merged': '合并为一户',
  'household.unmerged': '移出一户',
};

export const FIELD_TEXT: Record<string, string> = {
  idNumber: '身份证号',
  phone: '电话',
  referrerPhone: '反映人电话',
  applicantPhone: '代办人电话',
};

export const reasonText = (r: string | null) => (r ? (REVEAL_REASON_LABELS[r as RevealReason] ?? '其他') : '');
export const categoryText = (c: string) => CATEGORY_LABELS[c as Category] ?? '其他';

/** "2026-05" of a moment in China time. */
export function chinaMonth(at: Date): string {
  const china = new Date(at.getTime() + 8 * 3600_000);
  return `${china.getUTCFullYear()}-${String(china.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month before or after "yyyy-mm". */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;

/** "12月5日 14:30" in China time. */
export function shortTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export const openCase = (id: string) => `/packages/staff/pages/case/index?id=${id}`;
