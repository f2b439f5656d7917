/** The queue's filter state and the request body it becomes. */
import type { ApplicationStatus } from '@shared/domain/application-status';
import type { NeedTier } from '@shared/domain/assistance';
import type { Channel, Urgency } from '@shared/domain/categories';
import type { TCaseQueueRequest } from '@shared/schemas/cases';

export const STATUS_GROUPS = {
  open: { label: '未办结', statuses: ['submitted', 'escalated', 'accepted', 'in_progress', 'needs_info'] },
  waiting: { label: '待受理', statuses: ['submitted', 'escalated'] },
  working: { label: '办理中', statuses: ['accepted', 'in_progress'] },
  needsInfo: { label: '等补充', statuses: ['needs_info'] },
  done: { label: '已办结', statuses: ['resolved', 'closed'] },
  all: { label: '全部', statuses: [] },
} as const satisfies Record<string, { label: string; statuses: readonly ApplicationStatus[] }>;
export type StatusGroup = keyof typeof STATUS_GROUPS;

export type QueueFilters = {
  group: StatusGroup;
  urgency?: Urgency;
  overdue: boolean;
  needTier?: NeedTier | 'unsure';
  channel?: Channel;
  /** The reference number being searched (already applied). */
  refNo: string;
};

export const DEFAULT_FILTERS: QueueFilters = { group: 'open', overdue: false, refNo: '' };
export const PAGE_SIZE = 20;

/** The cases.queue body for these filters (only what is set). */
export function queueBody(f: QueueFilters, view: 'staff' | 'officer' | undefined, cursor?: string): TCaseQueueRequest {
  const statuses = STATUS_GROUPS[f.group].statuses;
  const body: TCaseQueueRequest = { limit: PAGE_SIZE };
  if (statuses.length) body.status = [...statuses];
  if (f.urgency) body.urgency = f.urgency;
  if (f.overdue) body.overdue = true;
  if (f.needTier) body.needTier = f.needTier;
  if (f.channel) body.channel = f.channel;
  if (f.refNo) body.refNo = f.refNo;
  if (view) body.view = view;
  if (cursor) body.cursor = cursor;
  return body;
}

/** How many filters beyond the status group are on (shown on the 筛选 button). */
export const extraFilterCount = (f: QueueFilters) =>
  [f.urgency, f.overdue || undefined, f.needTier, f.channel].filter(Boolean).length;
