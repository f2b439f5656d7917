/** Shapes case rows for the workbench: masked personal data, next legal actions, the officer's allow-listed fields. */
import { APPLICATION_STATUS_LABELS, legalActions } from '../../../../shared/domain/application-status';
import { maskIdNumber, maskMobile } from '../../../../shared/domain/identity';
import type { TAttachmentInfo } from '../../../../shared/schemas/attachments';
import type {
  ReferralStatus,
  TCaseQueueItem,
  TOfficerCaseView,
  TOutcomeView,
  TStaffCaseDetail,
} from '../../../../shared/schemas/cases';
import type { FieldCipher } from '../../lib/crypto';
import type * as repo from './cases.repo';
import { extraFieldsOf } from './officer-fields';

type Live = {
  dept: { id: string; code: string; name: string };
  referral: { id: string; status: ReferralStatus; note: string; createdAt: Date };
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Flags shown to staff; an emergency is always flagged, whatever intake stored. */
function flagsOf(app: Pick<repo.CaseRow['app'], 'flags' | 'urgency'>): string[] {
  return [...new Set([...app.flags, ...(app.urgency === 'emergency' ? ['emergency'] : [])])];
}

/** A queue row: never an ID number or phone; officers do not see flags (they hint at other applications). */
export function toQueueItem(row: repo.QueueRow, userId: string, officer: boolean): TCaseQueueItem {
  const { app } = row;
  return {
    id: app.id,
    refNo: app.refNo,
    channel: app.channel,
    status: app.status,
    urgency: app.urgency,
    needTier: app.needTier,
    categories: app.categories,
    subjectName: app.subjectName,
    streetName: row.streetName,
    communityName: row.communityName,
    servicePointName: row.pointName,
    dueAt: iso(app.dueAt),
    overdue: row.overdue,
    paused: app.pausedAt !== null,
    flags: officer ? [] : flagsOf(app),
    assignedToMe: app.assigneeUserId === userId,
    detailsWithheld: false,
    version: app.version,
  };
}

export type DetailParts = {
  row: repo.CaseRow;
  events: Awaited<ReturnType<typeof repo.listEvents>>;
  consents: Awaited<ReturnType<typeof repo.listConsents>>;
  referrals: Awaited<ReturnType<typeof repo.listReferrals>>;
  suggested: Awaited<ReturnType<typeof repo.departmentsByIds>>;
  attachments: TAttachmentInfo[];
  resolution: TOutcomeView | null;
  /** Proxy only: the applicant's account name. */
  applicantName: string | null;
};

/**
 * The routing decision as stored by intake (shared ZRoutingReason), with `text` in the staff voice: the applicant's
 * sentence speaks to them (您填写的地址…); staff read it about the applicant (申请人填写的地址…).
 */
function routingOf(app: repo.CaseRow['app']) {
  return {
    ruleVersion: app.routingRuleVersion,
    text: staffVoice(app.routingReason.applicantText),
    detail: app.routingReason,
  };
}

/** A sentence written to the applicant, turned to staff: 您 → 申请人. */
export const staffVoice = (text: string): string => text.replace(/您/g, '申请人');

/** Staff detail: ID and phone masked (decrypted only to mask them). */
export function toStaffDetail(p: DetailParts, cipher: FieldCipher): Omit<TStaffCaseDetail, 'suggestions'> {
  const { app } = p.row;
  return {
    view: 'staff',
    id: app.id,
    refNo: app.refNo,
    channel: app.channel,
    status: app.status,
    statusLabel: APPLICATION_STATUS_LABELS[app.status],
    urgency: app.urgency,
    needTier: app.needTier,
    categories: app.categories,
    targetGroup: app.targetGroup,
    subjectName: app.subjectName,
    idNumberMasked: app.subjectIdEnc ? maskIdNumber(cipher.decrypt(app.subjectIdEnc)) : null,
    phoneMasked: app.subjectPhoneEnc ? maskMobile(cipher.decrypt(app.subjectPhoneEnc)) : null,
    relationship: app.relationship,
    applicant:
      app.channel === 'proxy'
        ? {
            displayName: p.applicantName ?? '',
            relationship: app.relationship,
            phoneMasked: app.applicantPhoneEnc ? maskMobile(cipher.decrypt(app.applicantPhoneEnc)) : null,
          }
        : null,
    address: app.address,
    divisionCode: app.divisionCode,
    streetName: p.row.streetName,
    communityName: p.row.communityName,
    description: app.description,
    flags: flagsOf(app),
    servicePoint:
      app.servicePointId && p.row.pointName
        ? { id: app.servicePointId, name: p.row.pointName, level: p.row.pointLevel ?? '' }
        : null,
    assignee: app.assigneeUserId ? { id: app.assigneeUserId, displayName: p.row.assigneeName ?? '' } : null,
    routing: routingOf(app),
    suggestedDepartments: p.suggested,
    referrals: p.referrals.map(({ referral: r, dept }) => ({
      id: r.id,
      department: dept,
      status: r.status,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
      closedAt: iso(r.closedAt),
    })),
    consents: p.consents.map((c) => ({
      id: c.id,
      purpose: c.purpose,
      method: c.method,
      grantedAt: c.grantedAt.toISOString(),
      revokedAt: iso(c.revokedAt),
    })),
    timeline: p.events.map(({ event: e, actorName }) => ({
      id: e.id,
      type: e.type,
      statusFrom: e.statusFrom,
      statusTo: e.statusTo,
      note: e.note,
      data: e.data,
      actorName,
      at: e.createdAt.toISOString(),
    })),
    // a withdrawn case takes only its closing note (closing-note.service.ts)
    nextActions:
      app.status === 'withdrawn'
        ? p.events.some(({ event: e }) => e.type === 'close')
          ? []
          : ['close']
        : legalActions(app.status).filter((a) => a !== 'withdraw' && a !== 'provideInfo'),
    dueAt: iso(app.dueAt),
    overdue: p.row.overdue,
    paused: app.pausedAt !== null,
    outcome: app.outcome,
    resolution: p.resolution,
    resolveDueAt: iso(app.resolveDueAt),
    resolvedAt: iso(app.resolvedAt),
    createdAt: app.createdAt.toISOString(),
    version: app.version,
    attachments: p.attachments,
    detailsWithheld: false,
  };
}

/** Age in whole years from the birth date inside a GB 11643 ID number, at `now`. */
function ageFromId(id: string, now: Date): number | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(id);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let age = now.getUTCFullYear() - y;
  if (now.getUTCMonth() + 1 < mo || (now.getUTCMonth() + 1 === mo && now.getUTCDate() < d)) age--;
  return age >= 0 && age < 150 ? age : null;
}

/** An officer's view: the base fields plus what their department's allow-list names, nothing else. */
export function toOfficerView(
  row: repo.CaseRow,
  live: Live,
  cipher: FieldCipher,
  now: Date,
): Omit<TOfficerCaseView, 'suggestions'> {
  const { app } = row;
  const view: Omit<TOfficerCaseView, 'suggestions'> = {
    view: 'officer',
    id: app.id,
    refNo: app.refNo,
    status: app.status,
    referral: {
      id: live.referral.id,
      department: live.dept,
      status: live.referral.status,
      note: live.referral.note,
      createdAt: live.referral.createdAt.toISOString(),
    },
    subjectName: app.subjectName,
    streetName: row.streetName,
    communityName: row.communityName,
    needTier: app.needTier,
    categories: app.categories,
    description: app.description,
    urgency: app.urgency,
    detailsWithheld: false,
  };
  const plainId = () => (app.subjectIdEnc ? cipher.decrypt(app.subjectIdEnc) : null);
  for (const field of extraFieldsOf(live.dept.code)) {
    if (field === 'targetGroup') view.targetGroup = app.targetGroup;
    if (field === 'address') view.address = app.address;
    if (field === 'idNumberMasked') view.idNumberMasked = app.subjectIdEnc ? maskIdNumber(plainId()!) : null;
    if (field === 'ageYears') view.ageYears = app.subjectIdEnc ? ageFromId(plainId()!, now) : null;
  }
  return view;
}
