/** The staff workbench: case queue, case detail (masked), audited reveal, staff actions and the department officer's view. */
import { z } from 'zod';
import { APPLICATION_ACTIONS, APPLICATION_STATUSES } from '../domain/application-status';
import { NEED_TIERS, TARGET_GROUPS } from '../domain/assistance';
import { CATEGORIES, CHANNELS, URGENCIES } from '../domain/categories';
import { ZAttachmentIds, ZAttachmentInfo } from './attachments';
import { ZClientDateTime, ZSlug, ZUuid, zFreeText } from './common';
import { ZSuggestions } from './matching';

export const QUEUE_MAX_LIMIT = 50;
/** What was decided: approved, partly approved, referred to another body, or refused (with a reason and alternatives). */
export const RESOLVE_OUTCOMES = ['approved', 'partly', 'referred', 'refused'] as const;
/** An alternative offered with an outcome: a policy or a service from the published lists. */
export const ALTERNATIVE_KINDS = ['policy', 'service'] as const;
export type AlternativeKind = (typeof ALTERNATIVE_KINDS)[number];
/** How staff followed up a resolved case by phone (回访). */
export const FOLLOW_UP_RESULTS = ['solved', 'not_solved', 'unreachable'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];
export const CONTACT_OUTCOMES = ['reached', 'no_answer', 'wrong_number'] as const;
/** 'cancelled': closed because the application was withdrawn or the subject revoked consent. */
export const REFERRAL_STATUSES = ['open', 'accepted', 'done', 'cancelled'] as const;
export type ResolveOutcome = (typeof RESOLVE_OUTCOMES)[number];
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
/** applicantPhone: the proxy applicant's own phone (the person to call back, issue 11.8). */
export const REVEAL_FIELDS = ['idNumber', 'phone', 'referrerPhone', 'applicantPhone'] as const;
export type RevealField = (typeof REVEAL_FIELDS)[number];
/** How the subject of a neighbour's lead agreed to be helped, as staff record it (`cases.recordConsent`). */
export const LEAD_CONSENT_METHODS = ['in_person', 'phone', 'written'] as const;
export type LeadConsentMethod = (typeof LEAD_CONSENT_METHODS)[number];
/**
 * Shown instead of a neighbour lead's name, address and observed text while they are withheld (`detailsWithheld`):
 * until the subject's consent is recorded only the assigned unit (the lead's point and its assignee) sees them.
 */
export const LEAD_WITHHELD_TEXT = '（本人同意后可见）';
const ZDetailsWithheld = z
  .boolean()
  .describe(
    'true: a neighbour lead whose subject has no recorded consent, seen outside its assigned unit; subjectName, address and description hold LEAD_WITHHELD_TEXT, contact fields are null, timeline notes and files are left out',
  );

/** A policy or service by its slug: the key the public lists and detail pages use. */
export const ZAlternativeRef = z.strictObject({ kind: z.enum(ALTERNATIVE_KINDS), slug: ZSlug });
export type TAlternativeRef = z.infer<typeof ZAlternativeRef>;
/** What was decided at resolution, as the resident and staff read it (alternatives: published ones only, with titles). */
export const ZOutcomeView = z.object({
  outcome: z.enum(RESOLVE_OUTCOMES),
  outcomeText: z.string(),
  decidedText: z.string(),
  reason: z.string().nullable(),
  alternatives: z.array(z.object({ kind: z.enum(ALTERNATIVE_KINDS), slug: z.string(), title: z.string() })),
  decidedAt: z.string(),
});
export type TOutcomeView = z.infer<typeof ZOutcomeView>;

const ZText = (min: number, max: number, required: string) =>
  zFreeText()
    .min(min, { message: min <= 1 ? required : `${required}（至少 ${min} 个字）` })
    .max(max, { message: `不能超过 ${max} 个字` });

export const ZCaseQueueRequest = z.strictObject({
  status: z.array(z.enum(APPLICATION_STATUSES)).max(APPLICATION_STATUSES.length).optional(),
  urgency: z.enum(URGENCIES).optional(),
  overdue: z.boolean().optional(),
  needTier: z.enum([...NEED_TIERS, 'unsure']).optional(),
  channel: z.enum(CHANNELS).optional(),
  refNo: z.string().trim().min(1).max(20).optional(),
  /** Someone who is both staff and department officer picks which list; default: staff when they have a staff post. */
  view: z.enum(['staff', 'officer']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z
    .number()
    .int()
    .min(1)
    .max(QUEUE_MAX_LIMIT, { message: `每页最多 ${QUEUE_MAX_LIMIT} 条` })
    .default(20),
});
export type TCaseQueueRequest = z.infer<typeof ZCaseQueueRequest>;

/** A queue row: enough to pick the next case. Never an ID number or phone. */
export const ZCaseQueueItem = z.object({
  id: ZUuid,
  refNo: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(APPLICATION_STATUSES),
  urgency: z.enum(URGENCIES),
  needTier: z.string().nullable(),
  categories: z.array(z.string()),
  subjectName: z.string(),
  streetName: z.string().nullable(),
  communityName: z.string().nullable(),
  servicePointName: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  paused: z.boolean(),
  flags: z.array(z.string()),
  assignedToMe: z.boolean(),
  detailsWithheld: ZDetailsWithheld,
  version: z.number().int(),
});
export type TCaseQueueItem = z.infer<typeof ZCaseQueueItem>;
export const ZCaseQueue = z.object({
  view: z.enum(['staff', 'officer']),
  items: z.array(ZCaseQueueItem),
  nextCursor: z.string().nullable(),
});
export type TCaseQueue = z.infer<typeof ZCaseQueue>;

export const ZCaseRef = z.strictObject({ id: ZUuid });

const ZDeptRef = z.object({ id: ZUuid, code: z.string(), name: z.string() });
const ZReferral = z.object({
  id: ZUuid,
  department: ZDeptRef,
  status: z.enum(REFERRAL_STATUSES),
  note: z.string(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});

/** Full detail for staff in scope: personal data masked; reveal is a separate audited call. */
export const ZStaffCaseDetail = z.object({
  view: z.literal('staff'),
  id: ZUuid,
  refNo: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(APPLICATION_STATUSES),
  statusLabel: z.string(),
  urgency: z.enum(URGENCIES),
  needTier: z.string().nullable(),
  categories: z.array(z.string()),
  targetGroup: z.string().nullable(),
  subjectName: z.string(),
  idNumberMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  relationship: z.string().nullable(),
  /** Proxy only: who applied (their name on the account), how they are related, their phone masked (reveal: applicantPhone). */
  applicant: z
    .object({ displayName: z.string(), relationship: z.string().nullable(), phoneMasked: z.string().nullable() })
    .nullable(),
  address: z.string(),
  divisionCode: z.string().nullable(),
  streetName: z.string().nullable(),
  communityName: z.string().nullable(),
  description: z.string(),
  flags: z.array(z.string()),
  servicePoint: z.object({ id: ZUuid, name: z.string(), level: z.string() }).nullable(),
  assignee: z.object({ id: ZUuid, displayName: z.string() }).nullable(),
  routing: z.object({
    ruleVersion: z.number().int(),
    text: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  }),
  suggestedDepartments: z.array(ZDeptRef),
  referrals: z.array(ZReferral),
  consents: z.array(
    z.object({
      id: ZUuid,
      purpose: z.string(),
      method: z.string(),
      grantedAt: z.string(),
      revokedAt: z.string().nullable(),
    }),
  ),
  timeline: z.array(
    z.object({
      id: z.number().int(),
      type: z.string(),
      statusFrom: z.string().nullable(),
      statusTo: z.string().nullable(),
      note: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
      actorName: z.string().nullable(),
      at: z.string(),
    }),
  ),
  nextActions: z.array(z.enum(APPLICATION_ACTIONS)),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  paused: z.boolean(),
  outcome: z.string().nullable(),
  /** What was decided at the latest resolution (also shown to the resident), null before one. */
  resolution: ZOutcomeView.nullable(),
  /** When the case should be resolved (once accepted); overdue escalates like acceptance. */
  resolveDueAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  /** The applicant's files and the visit photos (a visit's photo ids are also in its timeline entry's data.photoIds). */
  attachments: z.array(ZAttachmentInfo),
  detailsWithheld: ZDetailsWithheld,
  /** Policies and services that fit the case, ranked, with reasons (shared/domain/matching); empty while withheld. */
  suggestions: ZSuggestions,
});
export type TStaffCaseDetail = z.infer<typeof ZStaffCaseDetail>;

/** A department officer's view: only what that department needs (server/src/features/cases/officer-fields.ts). */
export const ZOfficerCaseView = z.strictObject({
  view: z.literal('officer'),
  id: ZUuid,
  refNo: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  referral: z.object({
    id: ZUuid,
    department: ZDeptRef,
    status: z.enum(REFERRAL_STATUSES),
    note: z.string(),
    createdAt: z.string(),
  }),
  subjectName: z.string(),
  streetName: z.string().nullable(),
  communityName: z.string().nullable(),
  needTier: z.string().nullable(),
  categories: z.array(z.string()),
  description: z.string(),
  urgency: z.enum(URGENCIES),
  targetGroup: z.string().nullable().optional(),
  idNumberMasked: z.string().nullable().optional(),
  address: z.string().optional(),
  ageYears: z.number().int().nullable().optional(),
  detailsWithheld: ZDetailsWithheld,
  /** Only what the officer's own department offers. */
  suggestions: ZSuggestions,
});
export type TOfficerCaseView = z.infer<typeof ZOfficerCaseView>;

export const ZCaseDetail = z.discriminatedUnion('view', [ZStaffCaseDetail, ZOfficerCaseView]);
export type TCaseDetail = z.infer<typeof ZCaseDetail>;

/** Why staff reveal a full ID number or phone: a short list, plus free text (required for 'other'). */
export const REVEAL_REASONS = ['call_person', 'home_visit', 'dept_referral', 'other'] as const;
export type RevealReason = (typeof REVEAL_REASONS)[number];
export const REVEAL_REASON_LABELS: Record<RevealReason, string> = {
  call_person: '电话联系本人',
  home_visit: '上门核实',
  dept_referral: '部门转介',
  other: '其他',
};
export const REVEAL_NOTE_MIN = 4;
export const ZCaseRevealRequest = z
  .strictObject({
    id: ZUuid,
    field: z.enum(REVEAL_FIELDS),
    reason: z.enum(REVEAL_REASONS, { message: '请选择查看原因' }),
    note: ZText(0, 200, '').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'other' && (v.note ?? '').length < REVEAL_NOTE_MIN) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `选择「其他」时，请写明查看原因（至少 ${REVEAL_NOTE_MIN} 个字）`,
      });
    }
  });
export type TCaseRevealRequest = z.infer<typeof ZCaseRevealRequest>;
export const ZCaseReveal = z.object({ field: z.enum(REVEAL_FIELDS), value: z.string().nullable() });

/** Staff of a lead's assigned unit record how its subject agreed to be helped; afterwards the lead reads like any case. */
export const ZCaseRecordConsentRequest = z.strictObject({
  id: ZUuid,
  method: z.enum(LEAD_CONSENT_METHODS),
  note: ZText(2, 500, '请写明本人是怎样同意的'),
});

const action = { id: ZUuid, expectedVersion: z.number().int().min(1) };

/**
 * How staff classify a need when they accept it (issue 12.2). Required for a case flagged `unclassified`
 * (no category yet, every neighbour lead): categories that fit (none: "nothing fits", it stays in the unclassified
 * list), the need tier and, if known, the target group.
 */
export const ZCaseClassification = z.strictObject({
  categories: z.array(z.enum(CATEGORIES)).max(6, { message: '最多选 6 项' }),
  needTier: z.enum(NEED_TIERS, { message: '请选择需求层次' }),
  targetGroup: z.enum(TARGET_GROUPS).nullable().default(null),
});
export type TCaseClassification = z.infer<typeof ZCaseClassification>;

export const ZCaseAcceptRequest = z.strictObject({ ...action, classification: ZCaseClassification.optional() });
export const ZCaseContactRequest = z.strictObject({
  ...action,
  outcome: z.enum(CONTACT_OUTCOMES),
  note: ZText(0, 1000, '').optional(),
});
export const ZCaseVisitRequest = z.strictObject({
  ...action,
  note: ZText(1, 2000, '请记录走访情况'),
  visitedAt: ZClientDateTime,
  /** Staged photo uploads (purpose 'visit') of the caller. */
  photoIds: ZAttachmentIds.optional(),
});
export const ZCaseAskInfoRequest = z.strictObject({
  ...action,
  message: ZText(1, 500, '请写明需要补充什么'),
  dueDays: z.number().int().min(1).max(30),
});
export const ZCaseReferRequest = z.strictObject({
  ...action,
  departmentCode: z.string().trim().min(1).max(40),
  note: ZText(1, 500, '请写明转介事由'),
});
export const ZCaseTransferRequest = z.strictObject({
  ...action,
  toServicePointId: ZUuid,
  reason: ZText(2, 500, '请写明转办原因'),
});
export const ZCaseEscalateRequest = z.strictObject({ ...action, reason: ZText(2, 500, '请写明上报原因') });

export const REFUSAL_REASON_MIN = 4;
export const ZCaseResolveRequest = z
  .strictObject({
    ...action,
    outcome: z.enum(RESOLVE_OUTCOMES, { message: '请选择办理结果' }),
    /** What was decided and delivered, in plain words: the resident reads it as written. */
    decidedText: ZText(2, 500, '请写明办理结果，申请人会看到'),
    /** Why not (required when refused); the resident reads it. */
    reason: ZText(0, 500, '').optional(),
    /** Other help from the policy and service lists (at least one when refused). */
    alternatives: z.array(ZAlternativeRef).max(5, { message: '最多选择 5 项' }).optional(),
    /** For staff only. */
    note: ZText(0, 1000, '').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome !== 'refused') return;
    if (!v.reason || v.reason.length < REFUSAL_REASON_MIN)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `不符合条件时，请写明原因（至少 ${REFUSAL_REASON_MIN} 个字）`,
      });
    if (!v.alternatives?.length)
      ctx.addIssue({ code: 'custom', path: ['alternatives'], message: '不符合条件时，请至少选择一项其他政策或服务' });
  });
/** 回访: staff called the resident after resolution. Solved closes the case, not solved reopens it. */
export const ZCaseFollowUpRequest = z.strictObject({
  ...action,
  result: z.enum(FOLLOW_UP_RESULTS, { message: '请选择回访结果' }),
  note: ZText(0, 500, '').optional(),
});
export const ZCaseCloseRequest = z.strictObject({ ...action, note: ZText(0, 500, '').optional() });
export const ZCaseReopenRequest = z.strictObject({ ...action, reason: ZText(2, 500, '请写明重新办理的原因') });
/** cases.subjectCode: a one-time code for the subject of a proxy application, shown once to read out on the phone. */
export const ZSubjectCodeRequest = z.strictObject({ id: ZUuid });
export const ZSubjectCode = z.object({ refNo: z.string(), code: z.string().regex(/^\d{6}$/), expiresAt: z.string() });
export type TSubjectCode = z.infer<typeof ZSubjectCode>;
export const ZReferralRespondRequest = z.strictObject({
  id: ZUuid,
  note: ZText(1, 500, '请填写办理情况'),
  status: z.enum(['accepted', 'done']),
});

/** Staff whose reveals in the last 24 hours exceed the threshold (hub: the district; station: reveals of its street's cases). */
export const ZRevealAnomaliesRequest = z.strictObject({});
export const ZRevealAnomalies = z.object({
  since: z.string(),
  threshold: z.number().int(),
  items: z.array(
    z.object({
      userId: ZUuid,
      displayName: z.string(),
      total: z.number().int(),
      byReason: z.array(z.object({ reason: z.enum(REVEAL_REASONS), count: z.number().int() })),
    }),
  ),
});
export type TRevealAnomalies = z.infer<typeof ZRevealAnomalies>;
