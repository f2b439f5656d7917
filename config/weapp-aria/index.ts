/**
 * Local Taro plugin: WeChat's screen reader (读屏) reads `aria-role` / `aria-label` / `aria-checked` /
 * `aria-selected` on view, text and image, but Taro 4's weapp template (base.wxml) only writes the attributes it
 * knows, so the `ariaRole` / `ariaLabel` props from client/components/Tappable/a11y.ts were dropped. This adds them
 * to the template (build time) and to the runtime's attribute table (config/weapp-aria/runtime.ts), the way
 * @tarojs/plugin-inject's `components` option does. Only the weapp build is touched.
 */
import path from 'node:path';
import type { IPluginContext, TaroPlatformBase } from '@tarojs/service';
import attributes from './attributes.json';

const RUNTIME = path.join(__dirname, 'runtime.ts');

export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: TaroPlatformBase) {
      if (platform.platform !== 'weapp') return;
      // After the weapp platform merged its own components (setup transaction), before templates are written.
      platform.template.mergeComponents(ctx, attributes);
      const runtimes = Array.isArray(platform.runtimePath) ? platform.runtimePath : [platform.runtimePath];
      platform.runtimePath = [...runtimes, RUNTIME];
    },
  });
};
