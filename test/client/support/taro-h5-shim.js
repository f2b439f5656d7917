// `@tarojs/taro` for jest: the H5 implementation (@tarojs/taro-h5) plus the React lifecycle hooks
// (useDidShow, usePullDownRefresh, …) that Taro's build normally injects from the React framework plugin.
// One mutable object serves both `import Taro from` and named imports, so jest.spyOn(Taro, 'request') works.
const h5 = require('@tarojs/taro-h5');
const runtime = require('@tarojs/plugin-framework-react/dist/runtime');

const Taro = {};
const base = h5.default || {};
for (const key of Object.keys(base)) Taro[key] = base[key];
for (const key of Object.keys(h5)) {
  if (key !== 'default' && key !== '__esModule') Taro[key] = h5[key];
}
for (const key of Object.keys(runtime)) {
  if (/^use[A-Z]/.test(key)) Taro[key] = runtime[key];
}

Object.defineProperty(Taro, '__esModule', { value: true });
Taro.default = Taro;
module.exports = Taro;
