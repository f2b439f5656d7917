/** What residents see of an application: plain words; a referrer only ever sees "received / being followed up". */
import type { ContactPlan } from '../../../../shared/domain/contact-fallback';
import { APPLICATION_STATUS_LABELS, OPEN_STATUSES } from '../../../../shared/domain/application-status';
import type { TApplicationDetail } from '../../../../shared/schemas/applications';
import type { TAttachmentInfo } from '../../../../shared/schemas/attachments';
import type { TOutcomeView } from '../../../../shared/schemas/cases';
import { autoCloseAt, inReopenWindow } from '../closure/closure-rules';
import type { VisibleRow } from './applications.repo';

const EVENT_TEXT: Record<string, string> = {
  submitted: '申请已提交',
  accept: '工作人员已受理',
  contact: '工作人员联系了您',
  visit: '工作人员上门了解了情况',
  askInfo: '需要您补充材料',
  provideInfo: '您补充了材料',
  referDepartment: '已请相关部门一起帮忙',
  transfer: '已转到更合适的服务点',
  escalate: '已转上级处理',
  resolve: '已办结',
  close: '已结案',
  reopen: '已重新办理',
  followUp: '工作人员回访了您',
  withdraw: '申请已撤回',
};

/** Who closed or reopened it, in the resident's words (event data.by). */
const BY_TEXT: Record<string, string> = {
  'close:resident': '您确认问题已解决，已结案',
  'close:followUp': '工作人员回访后结案',
  'close:auto': '办结后一直没有收到您的反馈，已自动结案',
  'reopen:resident': '您说问题还没解决，已重新办理',
  'reopen:followUp': '工作人员回访后重新办理',
};

const eventText = (e: { type: string; note: string | null; data?: Record<string, unknown> }) => {
  if (e.type === 'askInfo' && e.note) return `${EVENT_TEXT.askInfo}：${e.note}`;
  // a conference decision: only its plain sentence, never the staff detail in the note
  if (e.type === 'conferenceDecision')
    return typeof e.data?.plainText === 'string' ? `相关部门一起商量了您的事：${e.data.plainText}` : '有新进度';
  const by = typeof e.data?.by === 'string' ? BY_TEXT[`${e.type}:${e.data.by}`] : undefined;
  return by ?? EVENT_TEXT[e.type] ?? '有新进度';
};

/** The closure part of the resident's detail (issue 11.4). */
export type ClosureView = { outcome: TOutcomeView | null; now: Date; autoCloseDays: number };

export type Viewer = 'applicant' | 'subject' | 'referrer';

/** Only the applicant or the bound subject reach here (applications.repo `visibleCondition`). */
export function viewerOf(row: VisibleRow, userId: string): Viewer {
  if (row.app.applicantUserId !== userId) return 'subject';
  return row.app.channel === 'referral' ? 'referrer' : 'applicant';
}

export function presentListItem(row: VisibleRow, userId: string) {
  const viewer = viewerOf(row, userId);
  const status = row.app.status;
  const open = OPEN_STATUSES.includes(status);
  const isReferrer = viewer === 'referrer';
  return {
    id: row.app.id,
    refNo: row.app.refNo,
    channel: row.app.channel,
    role: viewer,
    subjectName: row.app.subjectName,
    statusText: isReferrer ? (status === 'submitted' ? '已收到' : '正在跟进') : APPLICATION_STATUS_LABELS[status],
    status: isReferrer ? null : status,
    createdAt: row.app.createdAt.toISOString(),
    servicePointName: isReferrer ? null : row.pointName,
    canWithdraw: viewer === 'applicant' && open,
    canProvideInfo: viewer === 'applicant' && status === 'needs_info',
    canRevokeConsent: viewer === 'subject' && open,
  };
}

export function presentDetail(
  row: VisibleRow,
  userId: string,
  events: { type: string; note: string | null; data?: Record<string, unknown>; createdAt: Date }[],
  attachments: TAttachmentInfo[],
  parts: { contact: ContactPlan | null; deliveries: TApplicationDetail['deliveries']; closure: ClosureView },
): TApplicationDetail {
  const item = presentListItem(row, userId);
  const status = row.app.status;
  const isReferrer = item.role === 'referrer';
  const { contact, closure } = parts;
  const reason = row.app.routingReason.applicantText;
  return {
    ...item,
    routingReason: isReferrer ? null : reason,
    servicePointPhone: isReferrer ? null : row.pointPhone,
    contact: isReferrer ? null : contact,
    timeline: isReferrer
      ? [{ at: row.app.createdAt.toISOString(), text: '您反映的情况已收到，谢谢您' }]
      : events
          // referrals closed because of the withdrawal are staff bookkeeping, not news for the resident;
          // service orders reach the resident as deliveries (below), never as the steps between staff
          .filter((e) => e.type !== 'referralResponse' || e.data?.referralStatus !== 'cancelled')
          .filter((e) => e.type !== 'serviceOrder')
          .map((e) => ({ at: e.createdAt.toISOString(), text: eventText(e) })),
    version: isReferrer ? null : row.app.version,
    attachments: isReferrer ? [] : attachments,
    deliveries: isReferrer ? [] : parts.deliveries,
    outcome: isReferrer ? null : closure.outcome,
    canConfirm: !isReferrer && status === 'resolved',
    canAskReopen: !isReferrer && (status === 'resolved' || status === 'closed') && inReopenWindow(row.app, closure.now),
    autoCloseAt:
      !isReferrer && status === 'resolved' && row.app.resolvedAt
        ? autoCloseAt(row.app.resolvedAt, closure.autoCloseDays).toISOString()
        : null,
  };
}
