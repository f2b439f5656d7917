/** One policy against one person: excluded (null) or a suggestion with its band, score, reasons and unknowns. */
import { TARGET_GROUP_LABELS } from '../assistance';
import { CATEGORY_LABELS, type Category } from '../categories';
import { evaluateRule } from '../self-check';
import { needShown } from './evidence';
import { policyExcludedFor } from './hard-rules';
import type { Catalog, CatalogPolicy, MatchBand, PersonFacts, Suggestion } from './types';
import { policyHelpWeight } from './weights';

export type MatchMode = 'application' | 'selfCheck';

const DEFAULT_STEP = '到所在社区（村）服务点咨询申请';

/** Required conditions or anyOf groups: a rule with only optional conditions can never be a strong match. */
export const hasRequired = (rule: NonNullable<CatalogPolicy['rule']>) =>
  rule.conditions.some((c) => c.required !== false) || rule.anyOf.length > 0;

/** 您需要“住房”方面的帮助，这项政策管这件事 (or 服务): the one wording for a need the help covers. */
export function categoryReason(c: Category, kind: '政策' | '服务'): string {
  return `您需要“${CATEGORY_LABELS[c]}”方面的帮助，这项${kind}管这件事`;
}

export function matchPolicy(
  p: CatalogPolicy,
  person: PersonFacts,
  catalog: Catalog,
  mode: MatchMode,
): Suggestion | null {
  if (policyExcludedFor(person)) return null;
  const evaluation = p.rule ? evaluateRule(p.rule, person.answers, catalog.standards) : null;
  if (evaluation?.band === 'unlikely') return null;
  if (mode === 'selfCheck' && !evaluation) return null; // the self-check cites a rule for every result
  const reasons: string[] = [];
  const group = person.targetGroup && p.targetGroups.includes(person.targetGroup) ? person.targetGroup : null;
  if (group) reasons.push(`您是${TARGET_GROUP_LABELS[group]}对象，这项政策也面向${TARGET_GROUP_LABELS[group]}家庭`);
  const shared = p.categories.filter((c) => person.categories.includes(c)).slice(0, 2);
  for (const c of shared) reasons.push(categoryReason(c, '政策'));
  const met = evaluation?.reasons.filter((r) => r.kind === 'met').map((r) => r.text) ?? [];
  reasons.push(...met);
  const unknowns = evaluation?.reasons.filter((r) => r.kind === 'unknown').map((r) => r.text) ?? [];
  // an application shows a policy about what the person asked for: its main category, or a group it is for alone
  const mainAsked = p.categories[0] !== undefined && person.categories.includes(p.categories[0]);
  const forGroup = group !== null && p.targetGroups.length === 1;
  if (mode === 'application' && !mainAsked && !forGroup) return null;
  // 很可能符合 only for a strong match: the rule's required conditions hold and the person's situation shows the need
  const strong =
    evaluation?.band === 'likely' &&
    p.rule !== null &&
    hasRequired(p.rule) &&
    needShown(p.categories, person, catalog.standards);
  const band: MatchBand = strong ? 'likely' : 'possibly';
  const tier = person.needTier && p.needTiers.includes(person.needTier) ? 3 : 0;
  const score = policyHelpWeight(p) + (group ? 12 : 0) + 6 * shared.length + tier + 4 * met.length;
  return {
    kind: 'policy',
    id: p.id,
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    band,
    score,
    reasons,
    unknowns: unknowns.length ? unknowns : p.rule ? [] : ['这项政策的条件需要工作人员当面了解'],
    departmentId: p.departmentId,
    departmentName: p.departmentName,
    providerName: null,
    howToApply: p.firstStep ?? DEFAULT_STEP,
  };
}
