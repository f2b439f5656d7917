/**
 * Demo seed content in Simplified Chinese (our own words; people in stories are fictional; thresholds,
 * contacts, schedules and media identifiers are sample values): imported by the seed loaders beside this folder.
 */
export { POLICIES } from './policies';
export { STANDARDS, type SeedStandard } from './standards';
export { livestreams } from './livestreams';
export { STORIES } from './stories';
export { PROVIDERS, SAMPLE_PHONE } from './providers';
export { SERVICES } from './services';
