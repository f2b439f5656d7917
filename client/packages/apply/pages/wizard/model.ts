/**
 * The wizard's rules, free of UI: which steps a channel has, the request body built from the draft, and
 * per-step validation with the shared zod schemas (only the step's fields are picked).
 */
import type { Input } from '@shared/api/endpoints';
import { NEED_TIERS, TARGET_GROUPS } from '@shared/domain/assistance';
import { CATEGORIES } from '@shared/domain/categories';
import { localiseIssue } from '@shared/errors';
import { ZProxyApplication, ZReferral, ZSelfApplication, sensitiveConsentIssue } from '@shared/schemas/applications';
import type { z } from 'zod';
import { emptyDraft, type ApplyDraft, type StepId } from '@/services/draft';

export type SubmitBody = Input<'applications.submit'>;
export type Channel = NonNullable<ApplyDraft['channel']>;
/** Field path ("subjectName", "consents.privacyNotice") → message. */
export type FieldErrors = Record<string, string>;

const FULL: StepId[] = ['who', 'person', 'address', 'need', 'describe', 'consent', 'review'];
// A neighbour's lead has no need-tier questions: urgency is asked with what they saw.
const REFERRAL: StepId[] = ['who', 'person', 'address', 'describe', 'consent', 'review'];

export function stepsFor(channel: ApplyDraft['channel']): StepId[] {
  return channel === 'referral' ? REFERRAL : FULL;
}

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

/** The applications.submit body for the draft's channel (blank optional fields left out). */
export function submitBody(draft: ApplyDraft): SubmitBody {
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
      urgency: draft.urgency as never,
      observed: draft.observed,
      referrerPhone: optional(draft.referrerPhone),
      consents: { privacyNotice: draft.privacyNotice as true },
    };
  }
  const common = {
    subjectName: draft.subjectName,
    idNumber: optional(draft.idNumber),
    ...place,
    needTier: draft.needTier as never,
    categories: draft.categories as never,
    targetGroup: (optional(draft.targetGroup) ?? 'unknown') as never,
    urgency: draft.urgency as never,
    description: draft.description,
    consents: { privacyNotice: draft.privacyNotice as true, sensitiveData: draft.sensitiveData },
    ...(draft.attachments.length > 0 ? { attachmentIds: draft.attachments.map((a) => a.id) } : {}),
  };
  if (draft.channel === 'proxy') {
    return {
      channel: 'proxy',
      ...common,
      phone: optional(draft.phone),
      relationship: draft.relationship as never,
      subjectConsentMethod: draft.subjectConsentMethod as never,
    };
  }
  return { channel: 'self', ...common, phone: draft.phone };
}

/** Plain messages for choices left empty (the shared enums carry no Chinese message of their own). */
const CHOOSE_MESSAGES: Record<string, string> = {
  relationship: '请选择您和他(她)的关系',
  subjectConsentMethod: '请选择本人是怎么同意的',
  needTier: '请选一项;说不清楚就选「不确定」',
  urgency: '请选择有多着急',
  channel: '请选择为谁申请',
};

/** The wizard's own wording for empty choices and too many picks; otherwise the shared localiser. */
function messageOf(field: string, issue: z.core.$ZodIssue): string {
  if (/[\u4e00-\u9fa5]/.test(issue.message)) return issue.message;
  const top = field.split('.')[0] ?? field;
  if (CHOOSE_MESSAGES[top]) return CHOOSE_MESSAGES[top];
  if (issue.code === 'too_big') return '选得太多了,请少选几项';
  return localiseIssue(issue);
}

function schemaFor(channel: Channel) {
  return channel === 'self' ? ZSelfApplication : channel === 'proxy' ? ZProxyApplication : ZReferral;
}

/** Field messages for one step; empty when the step may be left. */
export function validateStep(step: StepId, draft: ApplyDraft): FieldErrors {
  if (step === 'who') return draft.channel ? {} : { channel: CHOOSE_MESSAGES.channel! };
  if (!draft.channel) return { channel: CHOOSE_MESSAGES.channel! };
  const schema = schemaFor(draft.channel) as z.ZodObject;
  const body = submitBody(draft) as Record<string, unknown>;
  const keys = Object.keys(schema.shape).filter((key) => key !== 'channel' && (step === 'review' || stepOfField(key, draft.channel) === step));
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
  const tier = params.needTier ?? '';
  if ((NEED_TIERS as readonly string[]).includes(tier) || tier === 'unsure') draft.needTier = tier;
  const categories = safeDecode(params.categories ?? '').split(',').map((c) => c.trim());
  draft.categories = CATEGORIES.filter((c) => categories.includes(c)).slice(0, 6);
  if ((TARGET_GROUPS as readonly string[]).includes(params.targetGroup ?? '')) draft.targetGroup = params.targetGroup!;
  if (params.channel === 'self' || params.channel === 'proxy' || params.channel === 'referral') draft.channel = params.channel;
  draft.from = params.from === 'self-check' ? 'self-check' : null;
  return draft;
}

export const hasPrefill = (params: Prefill): boolean => Boolean(params.needTier || params.categories || params.targetGroup || params.channel);
