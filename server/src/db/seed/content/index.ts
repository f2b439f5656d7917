/** Demo seed content (Chinese, fictional where it describes people): imported by the policies and media seed loaders. */
export { POLICIES } from './policies';
export { STANDARDS, type SeedStandard } from './standards';
