/** Intake and the applicant's views of an application. */
import { z } from 'zod';
import { REFERENCE_NUMBER_PATTERN } from '../domain/application-status';
import { NEED_TIERS, TARGET_GROUPS } from '../domain/assistance';
import { CATEGORIES, CONSENT_METHODS, RELATIONSHIPS, URGENCIES } from '../domain/categories';
import { SENSITIVE_CONSENT_NEEDED, needsSensitiveConsent, type SensitiveInput } from '../domain/sensitive-data';
import { isValidIdNumber, isValidMobile, normaliseIdNumber, normaliseMobile } from '../domain/identity';
import { ZAttachmentIds, ZAttachmentInfo } from './attachments';
import { ZOutcomeView } from './cases';
import { ZDivisionCode, ZUuid, zFreeText, zNameText } from './common';
import { ZContactPlan } from './points';
import { ZResidentDelivery } from './orders';

export const MAX_DESCRIPTION = 2000;

const ZName = zNameText('姓名里有看不见的特殊字符，请删掉后重新填写')
  .min(1, { message: '请填写姓名或称呼' })
  .max(40, { message: '姓名不能超过 40 个字' });
const ZIdNumber = z
  .string()
  .trim()
  .refine(isValidIdNumber, { message: '身份证号不正确，请核对最后一位' })
  .transform(normaliseIdNumber);
const ZMobile = zNameText('手机号里有看不见的特殊字符，请删掉后重新填写')
  .refine(isValidMobile, { message: '手机号应为11位数字' })
  .transform(normaliseMobile);
const ZAddress = zFreeText().min(2, { message: '请填写详细地址' }).max(200, { message: '地址不能超过 200 个字' });

/** Where the person lives: a community/village code or only a street/town code, and/or coordinates. */
const place = {
  divisionCode: ZDivisionCode.optional(),
  address: ZAddress,
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
};

const need = {
  needTier: z.enum([...NEED_TIERS, 'unsure']),
  categories: z.array(z.enum(CATEGORIES)).max(6, { message: '最多选 6 项' }).default([]),
  targetGroup: z.enum([...TARGET_GROUPS, 'unknown']).default('unknown'),
  urgency: z.enum(URGENCIES),
  description: zFreeText()
    .min(1, { message: '请简单说说遇到的困难' })
    .max(MAX_DESCRIPTION, { message: `不能超过 ${MAX_DESCRIPTION} 个字` }),
};

const ZConsents = z.strictObject({
  privacyNotice: z.literal(true, { message: '请先阅读并同意隐私说明' }),
  /** Separate consent to process sensitive personal information (health, disability, income). */
  sensitiveData: z.boolean(),
});

export const ZSelfApplication = z.strictObject({
  channel: z.literal('self'),
  subjectName: ZName,
  idNumber: ZIdNumber.optional(),
  /** Left out when the account has a verified phone: the server uses that one (applications.submit). */
  phone: ZMobile.optional(),
  ...place,
  ...need,
  consents: ZConsents,
  /** Staged uploads of the caller (POST /api/attachments), linked in the submit transaction. */
  attachmentIds: ZAttachmentIds.optional(),
});

export const ZProxyApplication = z.strictObject({
  channel: z.literal('proxy'),
  subjectName: ZName,
  idNumber: ZIdNumber.optional(),
  /** The relative's own phone, if they have one (lets them see the application once they log in). */
  phone: ZMobile.optional(),
  /** The applicant's own phone, for staff to call back; the form prefills the verified one, and without it that one is used. */
  applicantPhone: ZMobile.optional(),
  relationship: z.enum(RELATIONSHIPS),
  subjectConsentMethod: z.enum(CONSENT_METHODS),
  ...place,
  ...need,
  consents: ZConsents,
  attachmentIds: ZAttachmentIds.optional(),
});

/** A neighbour's minimal lead: who and where, what they saw, how to reach them. Never an ID number or health details. */
export const ZReferral = z.strictObject({
  channel: z.literal('referral'),
  subjectName: ZName,
  ...place,
  urgency: z.enum(URGENCIES),
  observed: zFreeText().min(1, { message: '请说说您看到的情况' }).max(500, { message: '不能超过 500 个字' }),
  referrerPhone: ZMobile.optional(),
  consents: z.strictObject({ privacyNotice: z.literal(true, { message: '请先阅读并同意隐私说明' }) }),
});

export const ZSubmitApplication = z.discriminatedUnion('channel', [ZSelfApplication, ZProxyApplication, ZReferral], {
  message: '请选择为谁申请',
});
export type TSubmitApplication = z.infer<typeof ZSubmitApplication>;

export const ZRoutingOutcome = z.object({
  servicePoint: z
    .object({
      id: ZUuid,
      name: z.string(),
      level: z.string(),
      phone: z.string().nullable(),
      address: z.string().nullable(),
    })
    .nullable(),
  /** Plain Chinese for the applicant: where it went and why. */
  reason: z.string(),
  dueAt: z.string().nullable(),
});

/** The rule that placed an application (server/src/features/applications/routing.service.ts). */
export const ROUTING_RULE_NAMES = [
  'community',
  'street',
  'coordinates',
  'district',
  'out_of_district',
  'coordinates_unmatched',
] as const;
/** Why intake routed an application where it did, as stored in `applications.routing_reason` (staff see it as `routing.detail`). */
export const ZRoutingReason = z.object({
  /** The sentence the applicant is shown. */
  applicantText: z.string(),
  rule: z.enum(ROUTING_RULE_NAMES),
  distanceMetres: z.number().optional(),
  /** Codes of the departments suggested for the categories. */
  departments: z.array(z.string()),
  ruleVersion: z.number().int(),
});
export type TRoutingReason = z.infer<typeof ZRoutingReason>;

export const ZSubmitResult = z.object({ id: ZUuid, refNo: z.string(), status: z.string(), routing: ZRoutingOutcome });
export type TSubmitResult = z.infer<typeof ZSubmitResult>;

export const ZTimelineEntry = z.object({ at: z.string(), text: z.string() });

/** What the applicant (or the subject of a proxy application) sees. Referrers see only a coarse status. */
export const ZMyApplication = z.object({
  id: ZUuid,
  refNo: z.string(),
  channel: z.enum(['self', 'proxy', 'referral']),
  role: z.enum(['applicant', 'subject', 'referrer']),
  subjectName: z.string(),
  statusText: z.string(),
  status: z.string().nullable(),
  createdAt: z.string(),
  servicePointName: z.string().nullable(),
  canWithdraw: z.boolean(),
  canProvideInfo: z.boolean(),
  canRevokeConsent: z.boolean(),
});
export type TMyApplication = z.infer<typeof ZMyApplication>;
export const ZMyApplications = z.object({ items: z.array(ZMyApplication) });
export const ZApplicationDetail = ZMyApplication.extend({
  routingReason: z.string().nullable(),
  servicePointPhone: z.string().nullable(),
  /** One number to call and one place to go (point → station → hub → 12345); null for a referrer. */
  contact: ZContactPlan.nullable(),
  timeline: z.array(ZTimelineEntry),
  version: z.number().int().nullable(),
  /** Files sent with the application (never visit photos; always empty for a referrer). */
  attachments: z.array(ZAttachmentInfo),
  /** What was delivered through service orders, one plain sentence each (always empty for a referrer). */
  deliveries: z.array(ZResidentDelivery),
  /** What was decided, in plain words, once resolved (null before, and always for a referrer). */
  outcome: ZOutcomeView.nullable(),
  /** Resolved and waiting: the resident may answer 问题解决了吗？ */
  canConfirm: z.boolean(),
  /** Resolved or closed within the reopen window: 还没解决 asks for the case to be handled again. */
  canAskReopen: z.boolean(),
  /** When a resolved case closes by itself if nobody answers. */
  autoCloseAt: z.string().nullable(),
});
export type TApplicationDetail = z.infer<typeof ZApplicationDetail>;

export const ZApplicationRef = z.strictObject({ id: ZUuid });
/** 问题解决了吗？ solved → the case closes; not solved (within the reopen window) → it goes back to its point. */
export const ZConfirmResolutionRequest = z.strictObject({
  id: ZUuid,
  expectedVersion: z.number().int().min(1),
  solved: z.boolean({ message: '请选择问题解决了没有' }),
  note: zFreeText().max(500, { message: '不能超过 500 个字' }).optional(),
});
/** The subject of a proxy application confirms it is them: the reference number and the code staff read out. */
export const ZClaimSubjectRequest = z.strictObject({
  refNo: z
    .string({ message: '请填写受理编号' })
    .trim()
    .toUpperCase()
    .regex(REFERENCE_NUMBER_PATTERN, { message: '受理编号不对，应像 XH261129-7KQ3 这样' }),
  code: z
    .string({ message: '请填写确认码' })
    .trim()
    .regex(/^\d{6}$/, { message: '确认码是 6 位数字' }),
});
export type TClaimSubjectRequest = z.infer<typeof ZClaimSubjectRequest>;
export const ZWithdrawRequest = z.strictObject({ id: ZUuid, reason: zFreeText().max(200).optional() });
export const ZProvideInfoRequest = z.strictObject({
  id: ZUuid,
  message: zFreeText().min(1, { message: '请填写要补充的内容' }).max(MAX_DESCRIPTION),
  attachmentIds: ZAttachmentIds.optional(),
  /** The separate sensitive-data consent, needed when the application does not hold a live one yet (it is recorded). */
  consents: z.strictObject({ sensitiveData: z.boolean() }).optional(),
});

/**
 * The separate sensitive-data consent is needed whenever a self or proxy application carries sensitive personal
 * information (`needsSensitiveConsent`: sensitive categories, a target group, a description, files) — in practice
 * always, since a description is required. A cross-field rule, kept out of the object schemas so steps can `.pick()`.
 * Referrals are exempt (shared/domain/sensitive-data.ts says why).
 */
export function sensitiveConsentIssue(
  body: SensitiveInput & { channel?: string; consents?: { sensitiveData?: boolean } },
) {
  if (body.channel === 'referral' || body.consents?.sensitiveData === true) return null;
  return needsSensitiveConsent(body).length > 0
    ? { field: 'consents.sensitiveData', message: SENSITIVE_CONSENT_NEEDED }
    : null;
}
