/**
 * One service against one person. Hard rules first (hard-rules.ts). A service that delivers policies follows them:
 * out when the person fits none of those present, as strong as the best one otherwise. Any other service needs a
 * reason of its own (the person's group, what the help is about, an age range it serves).
 */
import { TARGET_GROUP_LABELS } from '../assistance';
import { checkService } from './hard-rules';
import type { Catalog, CatalogService, MatchBand, PersonFacts, Suggestion } from './types';
import { categoryReason, type MatchMode } from './policy-match';
import { serviceHelpWeight } from './weights';

function howToApply(s: CatalogService, providerName: string): string {
  const docs = s.requiredDocuments.slice(0, 3).join('、');
  return docs ? `联系${providerName}，带上${docs}` : `联系${providerName}`;
}

export function matchService(
  s: CatalogService,
  person: PersonFacts,
  catalog: Catalog,
  policyMatches: ReadonlyMap<string, Suggestion | null>,
  mode: MatchMode,
): Suggestion | null {
  const checks = checkService(s, person, catalog);
  if (checks.excluded) return null;
  const provider = catalog.providers.get(s.providerId);
  const reasons: string[] = [];
  const linked = s.policySlugs.filter((slug) => policyMatches.has(slug)).map((slug) => policyMatches.get(slug) ?? null);
  const fitting = linked.filter((m): m is Suggestion => m !== null).sort((a, b) => b.score - a.score);
  if (linked.length > 0 && fitting.length === 0) return null;
  const group = person.targetGroup && s.targetGroups.includes(person.targetGroup) ? person.targetGroup : null;
  const shared = s.categories.filter((c) => person.categories.includes(c)).slice(0, 2);
  const ageServed = (s.minAge !== null || s.maxAge !== null) && person.answers.age !== undefined;
  let band: MatchBand;
  if (fitting[0]) {
    // The policy's "this policy covers your need" lines would read as the service's on its card, next to the
    // service's own line for the same need: keep the policy's other reasons, say the need once, as the service's.
    const policyNeeds = new Set(shared.map((c) => categoryReason(c, '政策')));
    const carried = fitting[0].reasons.filter((r) => !policyNeeds.has(r)).slice(0, 2);
    reasons.push(`帮您办理“${fitting[0].title}”`, ...carried);
    band = fitting.some((m) => m.band === 'likely') ? 'likely' : 'possibly';
  } else {
    if (mode === 'selfCheck' && !ageServed) return null;
    const mainAsked = s.categories[0] !== undefined && person.categories.includes(s.categories[0]);
    if (mode === 'application' && !mainAsked) return null;
    band = (group || ageServed) && shared.length > 0 ? 'likely' : 'possibly';
  }
  if (group) reasons.push(`您是${TARGET_GROUP_LABELS[group]}对象，这项服务面向${TARGET_GROUP_LABELS[group]}家庭`);
  for (const c of shared) reasons.push(categoryReason(c, '服务'));
  reasons.push(...checks.reasons);
  const eligibilityUnknown = checks.unknowns.some((u) => u.startsWith('还需要'));
  if (eligibilityUnknown) band = 'possibly';
  const score =
    serviceHelpWeight(s) +
    (fitting[0] ? Math.round(fitting[0].score / 2) : 0) +
    (group ? 12 : 0) +
    6 * shared.length +
    (person.needTier === s.needTier ? 3 : 0);
  return {
    kind: 'service',
    id: s.id,
    slug: s.slug,
    title: s.name,
    summary: s.description,
    band,
    score,
    reasons: [...new Set(reasons)],
    unknowns: [...(fitting[0]?.unknowns.slice(0, 2) ?? []), ...checks.unknowns],
    departmentId: provider?.departmentId ?? null,
    departmentName: provider?.departmentName ?? null,
    providerName: provider?.name ?? null,
    howToApply: howToApply(s, provider?.name ?? '服务机构'),
  };
}
