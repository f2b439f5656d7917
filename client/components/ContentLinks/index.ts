/** Page paths of the content and service-point areas, and the apply-wizard link with its optional pre-fill. */
import type { NeedTier, TargetGroup } from '@shared/domain/assistance';
import { CATEGORIES, type Category } from '@shared/domain/categories';
import type { TSelfCheckAnswers } from '@shared/schemas/content';

export const PAGES = {
  home: '/pages/index/index',
  policies: '/pages/policies/index',
  live: '/pages/live/index',
  mine: '/pages/mine/index',
  policy: '/packages/content/pages/policy/index',
  selfCheck: '/packages/content/pages/self-check/index',
  story: '/packages/content/pages/story/index',
  replay: '/packages/content/pages/replay/index',
  street: '/packages/org/pages/street/index',
  near: '/packages/org/pages/near/index',
  point: '/packages/org/pages/point/index',
  wizard: '/packages/apply/pages/wizard/index',
  services: '/packages/content/pages/services/index',
  service: '/packages/content/pages/service/index',
  providers: '/packages/content/pages/providers/index',
  provider: '/packages/content/pages/provider/index',
} as const;

export const policyUrl = (slug: string) => `${PAGES.policy}?slug=${encodeURIComponent(slug)}`;
export const serviceUrl = (slug: string) => `${PAGES.service}?slug=${encodeURIComponent(slug)}`;
export const providerUrl = (slug: string) => `${PAGES.provider}?slug=${encodeURIComponent(slug)}`;
/** The service list, optionally narrowed to one provider (its name shown as the pinned filter). */
export const servicesUrl = (provider?: { slug: string; name: string }) =>
  provider
    ? `${PAGES.services}?providerSlug=${encodeURIComponent(provider.slug)}&providerName=${encodeURIComponent(provider.name)}`
    : PAGES.services;
export const storyUrl = (slug: string) => `${PAGES.story}?slug=${encodeURIComponent(slug)}`;
export const pointUrl = (id: string) => `${PAGES.point}?id=${encodeURIComponent(id)}`;
export const streetUrl = (code: string, name: string) =>
  `${PAGES.street}?code=${code}&name=${encodeURIComponent(name)}`;
export function replayUrl(slug: string, startSec?: number): string {
  return `${PAGES.replay}?slug=${encodeURIComponent(slug)}${startSec !== undefined ? `&t=${startSec}` : ''}`;
}

/** What a target group is usually about, as apply-wizard categories. */
const GROUP_CATEGORIES: Record<TargetGroup, Category> = {
  dibao: 'basic_living',
  dibian: 'basic_living',
  tekun: 'basic_living',
  emergency: 'disaster',
  medical: 'medical',
  education: 'education',
  housing: 'housing',
  employment: 'employment',
};

/** Categories suggested by the target group and by self-check answers (at most 6, in the shared order). */
export function suggestCategories(
  targetGroup: TargetGroup | null | undefined,
  answers: TSelfCheckAnswers = {},
): Category[] {
  const picked = new Set<Category>();
  if (targetGroup) picked.add(GROUP_CATEGORIES[targetGroup]);
  if (answers.hasDisability) picked.add('disability');
  if (answers.heavyMedicalCosts) picked.add('medical');
  if ((answers.studentsInSchool ?? 0) > 0) picked.add('education');
  if (answers.unemployed) picked.add('employment');
  if (answers.suddenEmergency) picked.add('disaster');
  if ((answers.age ?? 0) >= 60 && answers.livesAlone) picked.add('elderly_care');
  return CATEGORIES.filter((c) => picked.has(c)).slice(0, 6);
}

export type WizardPrefill = {
  from: 'self-check' | 'policy' | 'story' | 'home';
  needTier?: NeedTier;
  categories?: Category[];
  targetGroup?: TargetGroup | null;
};

/** The apply wizard, pre-filled through exactly the optional query params it reads. */
export function wizardUrl(prefill?: WizardPrefill): string {
  if (!prefill) return PAGES.wizard;
  const params = [`from=${prefill.from}`];
  if (prefill.needTier) params.push(`needTier=${prefill.needTier}`);
  if (prefill.categories && prefill.categories.length > 0) params.push(`categories=${prefill.categories.join(',')}`);
  if (prefill.targetGroup) params.push(`targetGroup=${prefill.targetGroup}`);
  return `${PAGES.wizard}?${params.join('&')}`;
}
