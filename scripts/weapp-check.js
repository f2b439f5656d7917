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
  if (sizes.main > MAIN_LIMIT) fail(`main package is ${kb(sizes.main)}, over ${kb(MAIN_LIMIT)}: move pages into subpackages`);
  for (const root of roots) if (sizes[root] > SUBPACKAGE_LIMIT) fail(`subpackage ${root} is ${kb(sizes[root])}, over ${kb(SUBPACKAGE_LIMIT)}`);
}

// Just enough of the mini-program global scope to evaluate Taro's bundle: `wx` (APIs answer with
// harmless defaults), App/Page/Component registration, getApp, getCurrentPages.
const SYSTEM_INFO = {
  brand: 'devtools', model: 'sandbox', pixelRatio: 2, screenWidth: 375, screenHeight: 812, windowWidth: 375,
  windowHeight: 812, statusBarHeight: 20, language: 'zh_CN', version: '8.0.50', system: 'iOS 17.0', platform: 'devtools',
  fontSizeSetting: 16, SDKVersion: '3.5.0', safeArea: { left: 0, right: 375, top: 20, bottom: 812, width: 375, height: 792 },
};

function createWx() {
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
  };
  // Any other API exists and answers with an empty result (registration-time code only probes or wraps them).
  return new Proxy(target, {
    get(obj, key) {
      if (key in obj || typeof key !== 'string' || key === 'webpackJsonp' || !/^[a-z]/.test(key)) return obj[key];
      return () => ({});
    },
  });
}

function createMiniProgramGlobals() {
  const counts = { apps: 0, pages: 0, components: 0 };
  let appInstance = {};
  const sandbox = {
    wx: createWx(),
    App: (config) => {
      counts.apps += 1;
      appInstance = config;
    },
    Page: () => void (counts.pages += 1),
    Component: () => void (counts.components += 1),
    Behavior: (config) => config,
    getApp: () => appInstance,
    getCurrentPages: () => [],
    requirePlugin: () => ({}),
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
  };
  return { sandbox, registered: () => ({ ...counts }) };
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

function checkNoEval(app) {
  const globals = createMiniProgramGlobals();
  const context = vm.createContext(globals.sandbox, { codeGeneration: { strings: false, wasm: false } });
  const attempts = vm.runInContext(BLOCK_CODE_GENERATION, context);
  const cache = new Map();

  const load = (file) => {
    if (cache.has(file)) return cache.get(file).exports;
    const module = { exports: {} };
    cache.set(file, module);
    const source = fs.readFileSync(file, 'utf8');
    const wrapper = new vm.Script(`(function (require, module, exports) {${source}\n})`, { filename: file });
    const localRequire = (request) => load(resolve(path.dirname(file), request));
    wrapper.runInContext(context).call(module.exports, localRequire, module, module.exports);
    return module.exports;
  };
  const resolve = (dir, request) => {
    const full = path.resolve(dir, request);
    return fs.existsSync(full) && fs.statSync(full).isFile() ? full : `${full}.js`;
  };

  const pages = [...app.pages, ...(app.subPackages || app.subpackages || []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
  const entries = ['app', ...pages, 'comp'].filter((entry) => fs.existsSync(path.join(DIST, `${entry}.js`)));
  for (const entry of entries) {
    try {
      load(path.join(DIST, `${entry}.js`));
    } catch (error) {
      fail(`loading ${entry}.js threw: ${error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : error}`);
    }
  }

  const registered = globals.registered();
  console.log(`sandbox: loaded ${entries.length} entry files; App() ×${registered.apps}, Page() ×${registered.pages}, Component() ×${registered.components}`);
  if (registered.apps !== 1) fail(`expected App() once, got ${registered.apps}`);
  if (registered.pages !== pages.length) fail(`expected ${pages.length} Page() registrations, got ${registered.pages}`);
  const zodConfig = vm.runInContext('globalThis.__zod_globalConfig', context);
  if (!zodConfig || zodConfig.jitless !== true) fail('zod is not jitless in the bundle: import client/zod-setup.ts first in app.tsx');
  console.log(`eval/new Function attempts at load: ${attempts.length}`);
  for (const attempt of attempts) fail(`code generation attempted: ${attempt}`);
}

const app = readAppJson();
checkSizes(app);
checkNoEval(app);
if (process.exitCode) {
  console.error('weapp check failed');
} else {
  console.log('✓ weapp check passed');
}
