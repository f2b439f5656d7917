/** The matching rule (see rank.ts) and its parts. */
export * from './types';
export { ageFromIdNumber, normaliseAnswers, personFromAnswers, personFromApplication, sexFromIdNumber } from './facts';
export type { ApplicationFacts } from './facts';
export { areaVerdict } from './areas';
export { ageRangeText, checkService, policyExcludedFor } from './hard-rules';
export { policyHelpWeight, serviceHelpWeight } from './weights';
export { matchPolicy, type MatchMode } from './policy-match';
export { matchService } from './service-match';
export { compareForApplication, compareSuggestions, forDepartments, matchCatalog, type MatchOptions } from './rank';
export { questionsThatMatter } from './questions';
export { newServiceOrderPath, suggestionPath } from './links';
