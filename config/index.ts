import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { dotenvParse } from '@tarojs/helper';
import type { IH5Config } from '@tarojs/taro/types/compile';
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin';
import devConfig from './dev';
import prodConfig from './prod';
import { resolveApiBase, syncRootAppId } from './release';

const root = path.resolve(__dirname, '..');
const clientDir = path.join(root, 'client');
// shared/ lives outside sourceRoot: Taro only compiles sourceRoot unless told otherwise.
const sharedDir = path.join(root, 'shared');
// Local plugin: aria-* attributes on view/text/image in the weapp template (read by WeChat's 读屏).
const weappAriaDir = path.join(__dirname, 'weapp-aria');

/** API origin for the bundle: shell env wins, then .env.<mode> files; https is required for a production weapp. */
function apiBaseFor(platform: string | undefined, mode: string): string {
  const fromFiles = dotenvParse(root, ['TARO_APP_'], mode).TARO_APP_API_BASE;
  return resolveApiBase({ platform, mode, fromShell: process.env.TARO_APP_API_BASE, fromFiles });
}

/** Taro's webpack-chain object, as its own config types name it. */
type Chain = Parameters<NonNullable<IH5Config['webpackChain']>>[0];

function usePathAliases(chain: Chain) {
  chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin, [{ configFile: path.join(root, 'tsconfig.json') }]);
}

/**
 * H5: Taro splits only initial chunks, so every lazily loaded page chunk carried its own copy of zod and
 * the component wrappers (~170 KB each). Splitting all chunks lets pages share them.
 */
function h5WebpackChain(chain: Chain) {
  usePathAliases(chain);
  chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all' });
}

export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  if (process.env.TARO_ENV === 'weapp') {
    // Taro writes TARO_APP_ID into dist/weapp/project.config.json; the root one (DevTools on the repo) follows it.
    const appId = process.env.TARO_APP_ID || dotenvParse(root, ['TARO_APP_'], mode).TARO_APP_ID;
    syncRootAppId(path.join(root, 'project.config.json'), appId);
  }
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhulian',
    date: '2025-11-29',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'client',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [path.join(weappAriaDir, 'index.ts')],
    defineConstants: {
      API_BASE: JSON.stringify(apiBaseFor(process.env.TARO_ENV, mode)),
    },
    // `@/x` is client/x (TS, SCSS @use); `@shared/x` comes from tsconfig.json paths via usePathAliases.
    alias: { '@': clientDir },
    // sitemap.json (which pages WeChat search may index) sits at the mini-program root
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp' ? [{ from: 'client/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [sharedDir, weappAriaDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain: usePathAliases,
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedDir] },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain: h5WebpackChain,
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
