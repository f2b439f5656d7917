/** Staff wording for statuses, channels, flags and deadlines (China time: UTC+8 all year). */
import {
  APPLICATION_STATUS_LABELS,
  type ApplicationAction,
  type ApplicationStatus,
} from '@shared/domain/application-status';
import { NEED_TIER_LABELS, TARGET_GROUP_LABELS, type NeedTier, type TargetGroup } from '@shared/domain/assistance';
import { CHINA_OFFSET_MS, chinaClock, pad2 as pad } from '@shared/domain/china-time';
import { OUTCOME_LABELS as SHARED_OUTCOME_LABELS } from '@shared/domain/outcome';
import type { ReferralStatus } from '@shared/schemas/cases';
import {
  CATEGORY_LABELS,
  RELATIONSHIP_LABELS,
  URGENCY_LABELS,
  type Category,
  type Channel,
  type Urgency,
} from '@shared/domain/categories';

/** The status words residents read too (shared/domain/application-status.ts): one vocabulary on both sides. */
export const STATUS_LABELS: Record<ApplicationStatus, string> = APPLICATION_STATUS_LABELS;

export const CHANNEL_LABELS: Record<Channel, string> = { self: '本人申请', proxy: '家人代办', referral: '邻居反映' };

export const FLAG_LABELS: Record<string, string> = {
  possible_duplicate: '可能重复',
  emergency: '急难',
  unclassified: '需求未归类',
  out_of_district: '不在本区',
  overdue_at_hub: '区级已超时',
};

/** Button texts of the staff actions (stable: e2e journeys tap them by text). */
export const ACTION_LABELS: Partial<Record<ApplicationAction, string>> = {
  accept: '接收',
  contact: '联系记录',
  visit: '上门走访',
  askInfo: '请申请人补充',
  referDepartment: '转介部门',
  transfer: '转给其他站点',
  escalate: '上报',
  resolve: '办结',
  close: '归档',
  reopen: '重新办理',
};

/** Timeline entry names (event type = the action, plus intake's "submitted"). */
export const EVENT_LABELS: Record<string, string> = {
  submitted: '提交申请',
  accept: '接收案件',
  contact: '电话联系',
  visit: '上门走访',
  askInfo: '请申请人补充',
  provideInfo: '申请人已补充',
  referDepartment: '转介部门',
  transfer: '转给其他站点',
  escalate: '上报',
  resolve: '办结',
  close: '归档',
  reopen: '重新办理',
  withdraw: '申请人撤回',
  consentRecorded: '记录本人同意',
  followUp: '回访',
  conferenceDecision: '会商决定',
};

/** A referral's state as the case page lists it. */
export const REFERRAL_STATUS_TEXT: Record<ReferralStatus, string> = {
  open: '待部门接收',
  accepted: '部门正在办理',
  done: '部门已办完',
  cancelled: '已停止（申请已撤回）',
};

export const OUTCOME_LABELS: Record<string, string> = SHARED_OUTCOME_LABELS;
export const FOLLOW_UP_LABELS: Record<string, string> = {
  solved: '已解决，结案',
  not_solved: '还没解决，重新办理',
  unreachable: '没联系上',
};
export const CONTACT_OUTCOME_LABELS: Record<string, string> = {
  reached: '联系上了',
  no_answer: '没人接',
  wrong_number: '号码不对',
};

export const urgencyLabel = (u: Urgency) => URGENCY_LABELS[u];
export const needTierLabel = (t: string | null) =>
  t && t in NEED_TIER_LABELS ? NEED_TIER_LABELS[t as NeedTier] : t === 'unsure' ? '不确定' : '未填';
export const categoryLabel = (c: string) => CATEGORY_LABELS[c as Category] ?? c;
export const targetGroupLabel = (g: string | null) =>
  g && g in TARGET_GROUP_LABELS ? TARGET_GROUP_LABELS[g as TargetGroup] : '不清楚';
export const relationshipLabel = (r: string | null) =>
  r && r in RELATIONSHIP_LABELS ? RELATIONSHIP_LABELS[r as keyof typeof RELATIONSHIP_LABELS] : null;

/** The wall-clock parts of `date` in China (NaN parts for an invalid date, which the callers refuse or show as is). */
function china(date: Date) {
  const c = chinaClock(date);
  return c
    ? { y: c.year, m: c.month, d: c.day, hh: c.hour, mm: c.minute }
    : { y: NaN, m: NaN, d: NaN, hh: NaN, mm: NaN };
}

/** "11月29日 14:30" (China time). */
export function formatDateTime(iso: string): string {
  const c = china(new Date(iso));
  return `${c.m}月${c.d}日 ${pad(c.hh)}:${pad(c.mm)}`;
}

/** "2026-11-29 14:30" (China time), the format the visit time field takes. */
export function formatInputDateTime(date: Date): string {
  const c = china(date);
  return `${c.y}-${pad(c.m)}-${pad(c.d)} ${pad(c.hh)}:${pad(c.mm)}`;
}

/** Parses "2026-11-29 14:30" as China time; null when it is not a real time in that format. */
export function parseInputDateTime(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, hh, mm] = m.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, hh, mm) - CHINA_OFFSET_MS;
  const back = china(new Date(utc));
  if (back.y !== y || back.m !== mo || back.d !== d || back.hh !== hh || back.mm !== mm) return null;
  return new Date(utc).toISOString();
}

export type DeadlineBadge = { tone: 'overdue' | 'today' | 'paused' | 'normal'; text: string };

/** The deadline badge of a case: overdue (red), due today (amber), paused, or the due date. */
export function deadlineBadge(
  c: { dueAt: string | null; overdue: boolean; paused: boolean; status: ApplicationStatus },
  now = new Date(),
): DeadlineBadge | null {
  if (c.paused) return { tone: 'paused', text: '等补充，暂停计时' };
  if (!c.dueAt || !['submitted', 'accepted', 'in_progress', 'escalated'].includes(c.status)) return null;
  const due = new Date(c.dueAt);
  if (c.overdue || due.getTime() <= now.getTime())
    return { tone: 'overdue', text: `已超时 · ${formatDateTime(c.dueAt)}到期` };
  const a = china(due);
  const b = china(now);
  if (a.y === b.y && a.m === b.m && a.d === b.d) return { tone: 'today', text: `今天 ${pad(a.hh)}:${pad(a.mm)} 到期` };
  return { tone: 'normal', text: `${formatDateTime(c.dueAt)}前办理` };
}
