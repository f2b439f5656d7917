/**
 * The apply wizard's draft: everything typed so far, the current step, and the Idempotency-Key of a
 * submission that has not had a final answer yet. Saved on every step, restored after the app is killed,
 * cleared after a successful submit. Values are kept as typed (strings), so nothing the user wrote is lost.
 */
import { z } from 'zod';
import { NEED_TIERS, TARGET_GROUPS } from '@shared/domain/assistance';
import { CATEGORIES, CHANNELS, CONSENT_METHODS, RELATIONSHIPS, URGENCIES } from '@shared/domain/categories';
import { readDraftRaw, readGuestDraftRaw, removeDraftRaw, writeDraftRaw } from '../storage/apply';
import { isOneOf } from './one-of';

export const STEP_IDS = ['who', 'person', 'address', 'need', 'describe', 'consent', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const ZDraftAttachment = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['image', 'pdf']),
  /** Local preview path (may be gone after a restart: the page then shows the name only). */
  preview: z.string(),
});
export type DraftAttachment = z.infer<typeof ZDraftAttachment>;

const text = z.string().catch('');

/** A single choice from a shared enum, '' while not chosen (a value no longer offered reads as not chosen). */
function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.literal('')]).catch('');
}

/** The need tiers a resident can pick, plus "not sure" (as applications.submit accepts them). */
export const NEED_TIER_CHOICES = [...NEED_TIERS, 'unsure'] as const;
export type NeedTierChoice = (typeof NEED_TIER_CHOICES)[number];

/** Known categories only, in the order picked: one that is no longer offered is dropped, the others are kept. */
const categories = z
  .array(z.unknown())
  .catch([])
  .transform((values) => values.filter((value) => isOneOf(CATEGORIES, value)));

export const ZApplyDraft = z.object({
  v: z.literal(1),
  step: z.enum(STEP_IDS).catch('who'),
  channel: z.enum(CHANNELS).nullable().catch(null),
  subjectName: text,
  idNumber: text,
  phone: text,
  /** Proxy: the applicant's own phone for staff to call (blank: the server uses their verified phone). */
  applicantPhone: text,
  relationship: choice(RELATIONSHIPS),
  subjectConsentMethod: choice(CONSENT_METHODS),
  referrerPhone: text,
  streetCode: text,
  streetName: text,
  communityCode: text,
  communityName: text,
  address: text,
  lat: z.number().nullable().catch(null),
  lng: z.number().nullable().catch(null),
  needTier: choice(NEED_TIER_CHOICES),
  categories,
  /** Set only by a prefill (e.g. from the self-check); '' when unknown. */
  targetGroup: choice(TARGET_GROUPS),
  urgency: choice(URGENCIES),
  description: text,
  observed: text,
  attachments: z.array(ZDraftAttachment).catch([]),
  privacyNotice: z.boolean().catch(false),
  sensitiveData: z.boolean().catch(false),
  /** Generated on the first submit; kept until a final answer so retries create one application. */
  idempotencyKey: z.string().nullable().catch(null),
  /** Where the draft started (e.g. 'self-check'), for the first screen's wording. */
  from: z.string().nullable().catch(null),
  updatedAt: text,
});
export type ApplyDraft = z.infer<typeof ZApplyDraft>;

export function emptyDraft(): ApplyDraft {
  return {
    v: 1,
    step: 'who',
    channel: null,
    subjectName: '',
    idNumber: '',
    phone: '',
    applicantPhone: '',
    relationship: '',
    subjectConsentMethod: '',
    referrerPhone: '',
    streetCode: '',
    streetName: '',
    communityCode: '',
    communityName: '',
    address: '',
    lat: null,
    lng: null,
    needTier: '',
    categories: [],
    targetGroup: '',
    urgency: '',
    description: '',
    observed: '',
    attachments: [],
    privacyNotice: false,
    sensitiveData: false,
    idempotencyKey: null,
    from: null,
    updatedAt: new Date().toISOString(),
  };
}

function parseDraft(raw: unknown): ApplyDraft | null {
  const parsed = ZApplyDraft.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The current user's saved draft, or null when there is none or it cannot be read. Never another user's: drafts
 * are stored per user. A draft typed before logging in counts as the user's when it is the newer one (the login
 * was asked for to send it).
 */
export function loadDraft(): ApplyDraft | null {
  const own = parseDraft(readDraftRaw());
  const guest = parseDraft(readGuestDraftRaw());
  if (!own || !guest) return own ?? guest;
  return guest.updatedAt > own.updatedAt ? guest : own;
}

/** True when the draft holds something worth offering to continue. */
export function hasContent(draft: ApplyDraft): boolean {
  return draft.channel !== null || draft.subjectName !== '' || draft.description !== '' || draft.observed !== '';
}

export function saveDraft(draft: ApplyDraft): void {
  try {
    writeDraftRaw({ ...draft, updatedAt: new Date().toISOString() });
  } catch {
    // Storage full or unavailable: the wizard keeps working from memory.
  }
}

export function clearDraft(): void {
  removeDraftRaw();
}

/** A fresh Idempotency-Key ([A-Za-z0-9_-], 32 characters) for one intended submission. */
export function newIdempotencyKey(): string {
  const cryptoApi = (
    globalThis as { crypto?: { randomUUID?: () => string; getRandomValues?: (a: Uint8Array) => Uint8Array } }
  ).crypto;
  if (cryptoApi?.randomUUID) return cryptoApi.randomUUID().replace(/-/g, '');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  if (cryptoApi?.getRandomValues) cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  // The time prefix keeps keys distinct even where only Math.random is available (older mini-program bases).
  return `${Date.now().toString(36)}_${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')}`.slice(0, 64);
}
