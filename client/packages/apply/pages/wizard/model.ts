/**
 * The wizard's rules, free of UI: which steps a channel has, the request body built from the draft, and
 * per-step validation with the shared zod schemas (only the step's fields are picked).
 */
import type { Input } from '@shared/api/endpoints';
import { TARGET_GROUPS } from '@shared/domain/assistance';
import { CATEGORIES, CHANNELS } from '@shared/domain/categories';
import { localiseIssue } from '@shared/errors';
import {
  ZProxyApplication,
  ZReferral,
  ZSelfApplication,
  ZSubmitApplication,
  sensitiveConsentIssue,
} from '@shared/schemas/applications';
import type { z } from 'zod';
import { NEED_TIER_CHOICES, emptyDraft, type ApplyDraft, type StepId } from '@/services/draft';
import { isOneOf } from '@/services/one-of';

export type SubmitBody = Input<'applications.submit'>;

/** Fields the resident picks from a list: absent from the draft's body until picked. */
type PickedLater = 'needTier' | 'urgency' | 'relationship' | 'subjectConsentMethod';
/** The body of one channel as far as the draft has it: choices may be missing, the privacy notice not yet agreed. */
type Unfinished<B> = B extends { consents: infer C }
  ? Omit<B, PickedLater | 'consents'> &
      Partial<Pick<B, Extract<keyof B, PickedLater>>> & {
        consents: Omit<C, 'privacyNotice'> & { privacyNotice: boolean };
      }
  : never;
/** The applications.submit body built from a draft that may not be finished; `isSubmittable` tells when it is. */
export type DraftBody = Unfinished<SubmitBody>;
export type Channel = NonNullable<ApplyDraft['channel']>;
/** Field path ("subjectName", "consents.privacyNotice") → message. */
export type FieldErrors = Record<string, string>;

const FULL: StepId[] = ['who', 'person', 'address', 'need', 'describe', 'consent', 'review'];
// A neighbour's lead has no need-tier questions: urgency is asked with what they saw.
const REFERRAL: StepId[] = ['who', 'person', 'address', 'describe', 'consent', 'review'];

export function stepsFor(channel: ApplyDraft['channel']): StepId[] {
  return channel === 'referral' ? REFERRAL : FULL;
}

/**
 * Who is filling in the wizard. `accountPhone` is the masked verified phone of the logged-in user: a self
 * application then uses it (the server fills it in) instead of asking. Care mode keeps one step per screen.
 */
export type FlowContext = { accountPhone: string | null; care: boolean };
export const GUEST_FLOW: FlowContext = { accountPhone: null, care: false };

/** The phone is not asked (nor sent) for a self application when the account has a verified one. */
export const usesAccountPhone = (draft: ApplyDraft, ctx: FlowContext): boolean =>
  draft.channel === 'self' && ctx.accountPhone !== null;

export const STEP_TITLES: Record<StepId, string> = {
  who: '为谁申请',
  person: '需要帮助的人',
  address: '住在哪里',
  need: '需要哪方面的帮助',
  describe: '说说遇到的困难',
  consent: '个人信息怎么用',
  review: '核对后提交',
};

/** Which step asks for a request field (the first segment of a server field path). */
const FIELD_STEP: Record<string, StepId> = {
  channel: 'who',
  subjectName: 'person',
  idNumber: 'person',
  phone: 'person',
  applicantPhone: 'person',
  relationship: 'person',
  subjectConsentMethod: 'person',
  referrerPhone: 'person',
  divisionCode: 'address',
  address: 'address',
  lat: 'address',
  lng: 'address',
  needTier: 'need',
  categories: 'need',
  targetGroup: 'need',
  urgency: 'need',
  description: 'describe',
  observed: 'describe',
  attachmentIds: 'describe',
  consents: 'consent',
};

export function stepOfField(field: string, channel: ApplyDraft['channel']): StepId {
  const top = field.split('.')[0] ?? '';
  if (top === 'urgency' && channel === 'referral') return 'describe';
  return FIELD_STEP[top] ?? 'review';
}

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
/** A choice not made yet ('') is left out, so the schema reports it as missing. */
const chosen = <T extends string>(value: T | ''): T | undefined => (value === '' ? undefined : value);

/** The applications.submit body for the draft's channel (blank optional fields and choices not made left out). */
export function submitBody(draft: ApplyDraft, ctx: FlowContext = GUEST_FLOW): DraftBody {
  const place = {
    divisionCode: optional(draft.communityCode) ?? optional(draft.streetCode),
    address: draft.address,
    ...(draft.lat !== null && draft.lng !== null ? { lat: draft.lat, lng: draft.lng } : {}),
  };
  if (draft.channel === 'referral') {
    return {
      channel: 'referral',
      subjectName: draft.subjectName,
      ...place,
      urgency: chosen(draft.urgency),
      observed: draft.observed,
      referrerPhone: optional(draft.referrerPhone),
      consents: { privacyNotice: draft.privacyNotice },
    };
  }
  const common = {
    subjectName: draft.subjectName,
    idNumber: optional(draft.idNumber),
    ...place,
    needTier: chosen(draft.needTier),
    categories: draft.categories,
    targetGroup: chosen(draft.targetGroup) ?? ('unknown' as const),
    urgency: chosen(draft.urgency),
    description: draft.description,
    consents: { privacyNotice: draft.privacyNotice, sensitiveData: draft.sensitiveData },
    ...(draft.attachments.length > 0 ? { attachmentIds: draft.attachments.map((a) => a.id) } : {}),
  };
  if (draft.channel === 'proxy') {
    return {
      channel: 'proxy',
      ...common,
      phone: optional(draft.phone),
      applicantPhone: optional(draft.applicantPhone),
      relationship: chosen(draft.relationship),
      subjectConsentMethod: chosen(draft.subjectConsentMethod),
    };
  }
  if (usesAccountPhone(draft, ctx)) return { channel: 'self', ...common };
  return { channel: 'self', ...common, phone: draft.phone };
}

/** True when the body passes applications.submit's schema (what the server checks first), so it can be sent. */
export function isSubmittable(body: DraftBody): body is SubmitBody {
  return ZSubmitApplication.safeParse(body).success;
}

/** Plain messages for choices left empty (the shared enums carry no Chinese message of their own). */
const CHOOSE_MESSAGES: Record<string, string> = {
  relationship: '请选择您和他（她）的关系',
  subjectConsentMethod: '请选择本人是怎么同意的',
  needTier: '请选一项；说不清楚就选「不确定」',
  urgency: '请选择有多着急',
  channel: '请选择为谁申请',
};

/** The wizard's own wording for empty choices and too many picks; otherwise the shared localiser. */
function messageOf(field: string, issue: z.core.$ZodIssue): string {
  if (/[\u4e00-\u9fa5]/.test(issue.message)) return issue.message;
  const top = field.split('.')[0] ?? field;
  if (CHOOSE_MESSAGES[top]) return CHOOSE_MESSAGES[top];
  if (issue.code === 'too_big') return '选得太多了，请少选几项';
  return localiseIssue(issue);
}

function schemaFor(channel: Channel) {
  return channel === 'self' ? ZSelfApplication : channel === 'proxy' ? ZProxyApplication : ZReferral;
}

/** Field messages for one step; empty when the step may be left. */
export function validateStep(step: StepId, draft: ApplyDraft, ctx: FlowContext = GUEST_FLOW): FieldErrors {
  if (step === 'who') return draft.channel ? {} : { channel: CHOOSE_MESSAGES.channel! };
  if (!draft.channel) return { channel: CHOOSE_MESSAGES.channel! };
  const schema = schemaFor(draft.channel) as z.ZodObject;
  const body: Record<string, unknown> = submitBody(draft, ctx);
  const keys = Object.keys(schema.shape).filter(
    (key) => key !== 'channel' && (step === 'review' || stepOfField(key, draft.channel) === step),
  );
  if (keys.length === 0) return {};
  const picked = schema.pick(Object.fromEntries(keys.map((k) => [k, true])) as Record<string, true>);
  const values = Object.fromEntries(keys.filter((k) => body[k] !== undefined).map((k) => [k, body[k]]));
  const result = picked.safeParse(values);
  const crossField = keys.includes('consents') && draft.channel !== 'referral' ? sensitiveConsentIssue(body) : null;
  if (result.success && !crossField) return {};
  const errors: FieldErrors = crossField ? { [crossField.field]: crossField.message } : {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || keys[0]!;
    errors[field] ??= messageOf(field, issue);
  }
  return errors;
}

/** The first step (in the channel's order) that has one of these fields. */
export function firstStepWithError(errors: FieldErrors, channel: ApplyDraft['channel']): StepId | null {
  const steps = stepsFor(channel);
  const hit = Object.keys(errors).map((f) => stepOfField(f, channel));
  return steps.find((s) => hit.includes(s)) ?? null;
}

/** Query parameters a page may open the wizard with (e.g. from the self-check results). */
export type Prefill = { from?: string; needTier?: string; categories?: string; targetGroup?: string; channel?: string };

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A new draft with only the recognised prefill values (anything unknown is ignored). */
export function draftFromPrefill(params: Prefill): ApplyDraft {
  const draft = emptyDraft();
  if (isOneOf(NEED_TIER_CHOICES, params.needTier)) draft.needTier = params.needTier;
  const categories = safeDecode(params.categories ?? '')
    .split(',')
    .map((c) => c.trim());
  draft.categories = CATEGORIES.filter((c) => categories.includes(c)).slice(0, 6);
  if (isOneOf(TARGET_GROUPS, params.targetGroup)) draft.targetGroup = params.targetGroup;
  if (isOneOf(CHANNELS, params.channel)) draft.channel = params.channel;
  draft.from = params.from === 'self-check' ? 'self-check' : null;
  return draft;
}

export const hasPrefill = (params: Prefill): boolean =>
  Boolean(params.needTier || params.categories || params.targetGroup || params.channel);
