/**
 * Demo seed content in Simplified Chinese (our own words; people in stories are fictional; thresholds,
 * contacts, schedules and media identifiers are sample values): imported by the seed loaders beside this folder.
 */
import { POLICY_CATEGORIES, SERVICE_FACTS } from './matching-facts';
import { POLICIES as POLICY_ENTRIES } from './policies';
import { SERVICES as SERVICE_ENTRIES } from './services';

/** The policies and services with their matching facts (matching-facts.ts). */
export const POLICIES = POLICY_ENTRIES.map((p) => ({ ...p, categories: POLICY_CATEGORIES[p.slug] ?? [] }));
export const SERVICES = SERVICE_ENTRIES.map((s) => {
  const facts = SERVICE_FACTS[s.slug];
  return {
    ...s,
    categories: facts?.categories ?? [],
    minAge: facts?.minAge ?? null,
    maxAge: facts?.maxAge ?? null,
    sex: facts?.sex ?? null,
  };
});
export { STANDARDS, type SeedStandard } from './standards';
export { livestreams } from './livestreams';
export { STORIES } from './stories';
export { PROVIDERS, SAMPLE_PHONE } from './providers';
