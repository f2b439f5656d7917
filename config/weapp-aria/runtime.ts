/**
 * Runtime half of the weapp-aria plugin (config/weapp-aria/index.ts), imported by the weapp app entry right after
 * Taro's weapp runtime. Taro's runtime turns each prop into the short key the template reads (`i.p5`) through an
 * alias table built from the same component list as base.wxml; the aria attributes are merged here in the same
 * order as at build time, so both sides number them alike.
 */
import { mergeInternalComponents } from '@tarojs/shared';
import attributes from './attributes.json';

mergeInternalComponents(attributes);
