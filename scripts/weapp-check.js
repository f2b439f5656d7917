#!/usr/bin/env node
/**
 * `npm run check:weapp` (after `npm run build:weapp`): two checks on dist/weapp.
 * 1. Package sizes: the main package (everything outside subpackage roots) and each subpackage.
 *    Fails when the main package exceeds 1 MB (WeChat's hard limit is 2 MB; we keep half as headroom)
 *    or a subpackage exceeds 2 MB.
 * 2. No eval / new Function: WeChat forbids both. Loads app.js, every page and comp.js in a Node vm
 *    context that refuses code generation from strings, with eval and every Function constructor replaced
 *    by counting stubs; fails on any attempt (caught or not), on a load error, or when zod is not jitless.
 * Deterministic: no network, no timers awaited, no WeChat runtime; only module evaluation.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist/weapp');
const MAIN_LIMIT = 1024 * 1024;
const SUBPACKAGE_LIMIT = 2 * 1024 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function fail(message) {
  console.error(`✗ ${message}`);
  process.exitCode = 1;
}

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function readAppJson() {
  const file = path.join(DIST, 'app.json');
  if (!fs.existsSync(file)) {
    console.error('✗ dist/weapp/app.json not found: run `npm run build:weapp` first');
    process.exit(1);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function checkSizes(app) {
  const roots = (app.subPackages || app.subpackages || []).map((p) => p.root.replace(/\/+$/, ''));
  const sizes = { main: 0, ...Object.fromEntries(roots.map((r) => [r, 0])) };
  for (const file of listFiles(DIST)) {
    const rel = path.relative(DIST, file).split(path.sep).join('/');
    const root = roots.find((r) => rel === r || rel.startsWith(`${r}/`));
    sizes[root || 'main'] += fs.statSync(file).size;
  }
  console.log(`main package: ${kb(sizes.main)} (limit ${kb(MAIN_LIMIT)})`);
  for (const root of roots) console.log(`subpackage ${root}: ${kb(sizes[root])} (limit ${kb(SUBPACKAGE_LIMIT)})`);
  if (sizes.main > MAIN_LIMIT)
    fail(`main package is ${kb(sizes.main)}, over ${kb(MAIN_LIMIT)}: move pages into subpackages`);
  for (const root of roots)
    if (sizes[root] > SUBPACKAGE_LIMIT) fail(`subpackage ${root} is ${kb(sizes[root])}, over ${kb(SUBPACKAGE_LIMIT)}`);
}

// Just enough of the mini-program global scope to evaluate Taro's bundle: `wx` (APIs answer with
// harmless defaults), App/Page/Component registration, getApp, getCurrentPages.
const SYSTEM_INFO = {
  brand: 'devtools',
  model: 'sandbox',
  pixelRatio: 2,
  screenWidth: 375,
  screenHeight: 812,
  windowWidth: 375,
  windowHeight: 812,
  statusBarHeight: 20,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 17.0',
  platform: 'devtools',
  fontSizeSetting: 16,
  SDKVersion: '3.5.0',
  safeArea: { left: 0, right: 375, top: 20, bottom: 812, width: 375, height: 792 },
};

const ASYNC_APIS = [
  'request',
  'login',
  'showToast',
  'hideToast',
  'showModal',
  'showLoading',
  'hideLoading',
  'stopPullDownRefresh',
  'navigateTo',
  'redirectTo',
  'switchTab',
  'navigateBack',
  'reLaunch',
  'setNavigationBarTitle',
  'makePhoneCall',
  'openLocation',
];

function createWx(overrides) {
  const storage = new Map();
  const target = {
    getSystemInfoSync: () => ({ ...SYSTEM_INFO }),
    getWindowInfo: () => ({ ...SYSTEM_INFO }),
    getDeviceInfo: () => ({ ...SYSTEM_INFO }),
    getAppBaseInfo: () => ({ ...SYSTEM_INFO }),
    getSystemSetting: () => ({}),
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 24, right: 365, bottom: 56, left: 278 }),
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, value) => void storage.set(key, value),
    removeStorageSync: (key) => void storage.delete(key),
    canIUse: () => true,
    nextTick: (fn) => Promise.resolve().then(fn),
    env: { USER_DATA_PATH: 'wxfile://usr' },
    ...overrides,
  };
  // Callback-style APIs the app uses: succeed asynchronously. Taro wraps only the keys it finds on wx.
  for (const name of ASYNC_APIS) {
    target[name] ??= (options = {}) => {
      setTimeout(() => {
        options.success?.({ errMsg: `${name}:ok` });
        options.complete?.({ errMsg: `${name}:ok` });
      });
    };
  }
  // Anything else that is probed exists and answers with an empty result.
  const isApi = (obj, key) => !(key in obj) && typeof key === 'string' && key !== 'webpackJsonp' && /^[a-z]/.test(key);
  return new Proxy(target, { get: (obj, key) => (isApi(obj, key) ? () => ({}) : obj[key]) });
}

function createMiniProgramGlobals(wxOverrides = {}, globalOverrides = {}) {
  const registered = { apps: [], pages: [], components: [] };
  const sandbox = {
    wx: createWx(wxOverrides),
    App: (config) => void registered.apps.push(config),
    Page: (config) => void registered.pages.push(config),
    Component: (config) => void registered.components.push(config),
    Behavior: (config) => config,
    getApp: () => registered.apps[0] || {},
    getCurrentPages: () => [],
    requirePlugin: () => ({}),
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    ...globalOverrides,
  };
  return { sandbox, registered };
}

/** Replaces eval and every Function constructor inside the context with stubs that record and throw. */
const BLOCK_CODE_GENERATION = `(() => {
  const attempts = [];
  const block = (kind) => function blocked() {
    attempts.push(kind + '(' + Array.prototype.slice.call(arguments).join(', ').slice(0, 120) + ')');
    throw new EvalError(kind + ' is not allowed in a WeChat mini-program');
  };
  const protos = [
    ['Function', Function.prototype],
    ['AsyncFunction', Object.getPrototypeOf(async function () {})],
    ['GeneratorFunction', Object.getPrototypeOf(function* () {})],
    ['AsyncGeneratorFunction', Object.getPrototypeOf(async function* () {})],
  ];
  for (const [kind, proto] of protos) {
    const stub = block(kind);
    stub.prototype = proto; // keeps instanceof Function working
    Object.defineProperty(proto, 'constructor', { value: stub, writable: true, configurable: true });
    if (kind === 'Function') globalThis.Function = stub;
  }
  globalThis.eval = block('eval');
  return attempts;
})()`;

/**
 * Evaluates app.js, every page and comp.js of a weapp build in a fresh sandbox.
 * Returns the sandbox, the registered App/Page/Component configs (pages keyed by route), the code-generation
 * attempts and the load errors. Also used by the e2e suites (test/e2e/support/weapp.ts, test/e2e/weapp-runtime/)
 * to drive pages; `globals` replaces sandbox globals such as getCurrentPages.
 */
function loadWeappBundle({ dist = DIST, wx = {}, globals: globalOverrides = {} } = {}) {
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
  const globals = createMiniProgramGlobals(wx, globalOverrides);
  const context = vm.createContext(globals.sandbox, { codeGeneration: { strings: false, wasm: false } });
  const attempts = vm.runInContext(BLOCK_CODE_GENERATION, context);
  const cache = new Map();
  const resolve = (dir, request) => {
    const full = path.resolve(dir, request);
    return fs.existsSync(full) && fs.statSync(full).isFile() ? full : `${full}.js`;
  };
  const load = (file) => {
    if (cache.has(file)) return cache.get(file).exports;
    const module = { exports: {} };
    cache.set(file, module);
    const source = fs.readFileSync(file, 'utf8');
    const wrapper = new vm.Script(`(function (require, module, exports) {${source}\n})`, { filename: file });
    wrapper
      .runInContext(context)
      .call(module.exports, (request) => load(resolve(path.dirname(file), request)), module, module.exports);
    return module.exports;
  };

  const subpackages = app.subPackages || app.subpackages || [];
  const routes = [...app.pages, ...subpackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
  const pages = new Map();
  const components = new Map();
  const errors = [];
  for (const entry of ['app', ...routes, 'comp']) {
    if (!fs.existsSync(path.join(dist, `${entry}.js`))) continue;
    const before = globals.registered.pages.length;
    const componentsBefore = globals.registered.components.length;
    try {
      load(path.join(dist, `${entry}.js`));
    } catch (error) {
      errors.push(
        `loading ${entry}.js threw: ${error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : error}`,
      );
    }
    if (globals.registered.pages.length > before) pages.set(entry, globals.registered.pages[before]);
    if (globals.registered.components.length > componentsBefore)
      components.set(entry, globals.registered.components[componentsBefore]);
  }
  return { app, routes, context, attempts, errors, pages, components, registered: globals.registered };
}

function checkNoEval() {
  const bundle = loadWeappBundle();
  bundle.errors.forEach(fail);
  const { apps, components } = bundle.registered;
  console.log(`sandbox: App() ×${apps.length}, Page() ×${bundle.pages.size}, Component() ×${components.length}`);
  if (apps.length !== 1) fail(`expected App() once, got ${apps.length}`);
  const missing = bundle.routes.filter((route) => !bundle.pages.has(route));
  if (missing.length > 0) fail(`pages that did not register: ${missing.join(', ')}`);
  const zodConfig = vm.runInContext('globalThis.__zod_globalConfig', bundle.context);
  if (!zodConfig || zodConfig.jitless !== true)
    fail('zod is not jitless in the bundle: import client/zod-setup.ts first in app.tsx');
  console.log(`eval/new Function attempts at load: ${bundle.attempts.length}`);
  for (const attempt of bundle.attempts) fail(`code generation attempted: ${attempt}`);
}

function main() {
  checkSizes(readAppJson());
  checkNoEval();
  if (process.exitCode) {
    console.error('weapp check failed');
  } else {
    console.log('✓ weapp check passed');
  }
}

module.exports = { loadWeappBundle };

if (require.main === module) main();
