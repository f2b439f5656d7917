import type { UserConfigExport } from '@tarojs/cli';

/** Production builds are minified (scripts, styles) for both targets; WeChat review also checks the package size. */
export default {
  mini: {
    terser: { enable: true },
    csso: { enable: true },
  },
  h5: {
    terser: { enable: true },
    csso: { enable: true },
  },
} satisfies UserConfigExport<'webpack5'>;
