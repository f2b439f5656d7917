import type { UserConfigExport } from '@tarojs/cli';

/** Production builds are minified (scripts and styles) for both targets; WeChat review also weighs package size. */
export default {
  terser: { enable: true },
  csso: { enable: true },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
