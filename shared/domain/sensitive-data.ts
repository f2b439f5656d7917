/**
 * Which parts of an application are sensitive personal information (PIPL Art. 28–29) and so need the separate
 * sensitive-data consent: health and disability (categories), the assistance group a person belongs to (target
 * group: 低保、特困 …), the free-text description (it names illnesses, debts, family trouble) and any file
 * (evidence usually shows health, disability or income). One rule for the server (applications.submit and
 * applications.provideInfo) and the apply wizard. A neighbour's referral is exempt: its `observed` text is about a
 * third person who has not agreed to anything; their consent is recorded later by staff, and a referral carries
 * only a minimal lead (no categories, target group, ID number or files).
 */
import type { Category } from './categories';

/** Categories that tell about health, disability or income. */
export const SENSITIVE_CATEGORIES: readonly Category[] = ['medical', 'disability', 'basic_living', 'elderly_care'];

export type SensitiveReason = 'categories' | 'targetGroup' | 'description' | 'attachmentIds';

/** What the rule reads; every field is optional so a step's partial draft and a provideInfo request fit too. */
export type SensitiveInput = {
  categories?: readonly string[];
  targetGroup?: string;
  description?: string;
  attachmentIds?: readonly string[];
};

/** The fields of `body` that carry sensitive personal information (empty: the separate consent is not needed). */
export function needsSensitiveConsent(body: SensitiveInput): SensitiveReason[] {
  const reasons: SensitiveReason[] = [];
  if (body.categories?.some((c) => SENSITIVE_CATEGORIES.some((s) => s === c))) reasons.push('categories');
  if (body.targetGroup !== undefined && body.targetGroup !== 'unknown') reasons.push('targetGroup');
  if ((body.description?.trim().length ?? 0) > 0) reasons.push('description');
  if ((body.attachmentIds?.length ?? 0) > 0) reasons.push('attachmentIds');
  return reasons;
}

/** The one plain sentence the resident reads when the consent is missing (wizard and server 400 alike). */
export const SENSITIVE_CONSENT_NEEDED = '您填写的身体、收入等困难情况属于敏感信息，需要您单独同意我们使用，才能提交。';
