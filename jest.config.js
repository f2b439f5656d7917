// One jest run, five projects. Always run through `npm test` / `npm run e2e`, which add
// --experimental-vm-modules (PGlite's CJS build uses dynamic import()).
// `npm test` runs client + server + unit (`npm run test:unit`: the pure rules alone, no database, seconds);
// the e2e project (real server + Chromium) runs with `npm run e2e`, the weapp project (dist/weapp through WeChat's
// compilers and exparser) with `npm run check:weapp-runtime`, the fault project (restarts the local PostgreSQL under load) with `npm run test:fault`.

const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];

/**
 * Client: @swc/jest for the app's TS/TSX (React automatic runtime, legacy decorators as in tsconfig) and for the
 * ESM-only packages below that jest must transform (Taro's components and their dependencies).
 * @param {{ syntax: 'typescript', tsx: boolean } | { syntax: 'ecmascript', jsx: true }} parser
 */
const swcClient = (parser) => [
  '@swc/jest',
  {
    jsc: {
      parser: { ...parser, decorators: true },
      target: 'es2022',
      transform: { legacyDecorator: true, react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
const client = {
  displayName: 'client',
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/test/client/**/*.test.{ts,tsx}'],
  transform: {
    '^.+\\.tsx$': swcClient({ syntax: 'typescript', tsx: true }),
    '^.+\\.ts$': swcClient({ syntax: 'typescript', tsx: false }),
    '^.+\\.m?jsx?$': swcClient({ syntax: 'ecmascript', jsx: true }),
  },
  transformIgnorePatterns: [
    '^(?!.*/node_modules/@tarojs/).*/node_modules/(?!(@stencil|swiper|ssr-window|dom7|query-string|decode-uri-component|split-on-first|filter-obj|lodash-es|nanoid)/)',
  ],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/test/client/support/taro-h5-shim.js',
    '\\.(css|less|scss|sass|styl)$': '<rootDir>/test/client/support/style-stub.js',
    '^@/(.*)$': '<rootDir>/client/$1',
    '^@shared/(.*)$': '<rootDir>/shared/$1',
  },
  globals: {
    API_BASE: '',
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_MUTATION_OBSERVER: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
  },
  setupFiles: ['<rootDir>/test/client/support/jest.setup.js'],
  setupFilesAfterEnv: ['@testing-library/jest-dom'],
};

/** @type {import('jest').Config} */
const server = {
  displayName: 'server',
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/server/**/*.test.ts'],
  transform: { '^.+\\.ts$': swc },
  // builds (once, cached by migration hash) a migrated PGlite data dir that each test file loads
  globalSetup: '<rootDir>/test/server/support/global-setup.ts',
  // every fast-check property and seeded pick draws from FC_SEED (fixed default)
  setupFilesAfterEnv: ['<rootDir>/test/support/fc-setup.ts'],
};

/**
 * Pure rules (shared/domain, routing decision and deadlines, case scope): no database, no global setup.
 * @type {import('jest').Config}
 */
const unit = {
  displayName: 'unit',
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
  transform: { '^.+\\.ts$': swc },
  setupFilesAfterEnv: ['<rootDir>/test/support/fc-setup.ts'],
};

/** @type {import('jest').Config} */
const e2e = {
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/weapp-runtime.test.ts'],
  transform: { '^.+\\.ts$': swc },
};

/**
 * The weapp in WeChat's runtime pieces (wcc, wcsc, exparser; test/e2e/weapp-runtime/README.md): its own project so
 * CI runs it right after the weapp build (`npm run check:weapp-runtime`), not inside the H5 e2e step.
 */
/** @type {import('jest').Config} */
const weapp = {
  displayName: 'weapp',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/weapp-runtime.test.ts'],
  transform: { '^.+\\.ts$': swc },
};

/**
 * Fault tests: restart the local PostgreSQL cluster under load, run two server processes on one database, make a
 * streaming replica of the local cluster (issue 15), so they never run beside other tests;
 * only `npm run test:fault` (--selectProjects fault --runInBand) selects them.
 */
/** @type {import('jest').Config} */
const fault = {
  displayName: 'fault',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/fault/**/*.test.ts'],
  transform: { '^.+\\.ts$': swc },
};

const selected = process.argv.includes('--selectProjects');

/** @type {import('jest').Config} */
module.exports = {
  projects: selected ? [client, server, unit, e2e, weapp, fault] : [client, server, unit],
  testTimeout: 60000,
};
