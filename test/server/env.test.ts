/** Boot configuration: loadEnv refuses a bad deploy in one message naming every problem; secrets load or generate once. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { isDemoMode, isDevLoginEnabled, loadEnv } from '../../server/src/env';
import { loadAuditCheckpointKey, loadSecrets, parseJwtKeys } from '../../server/src/lib/secrets';

const key32 = () => randomBytes(32).toString('base64');
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app@db:5432/zhulian',
  JWT_KEYS: `k1:${key32()}`,
  FIELD_ENCRYPTION_KEY: key32(),
  AUDIT_CHECKPOINT_KEY: key32(),
  WECHAT_APP_ID: 'wx123',
  WECHAT_APP_SECRET: 'secret',
};

function errorOf(source: Record<string, string | undefined>): string {
  try {
    loadEnv(source);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('loadEnv accepted the environment');
}

/** The one field key (`k1`) of a ring loaded from FIELD_ENCRYPTION_KEY or the development file, as base64. */
const fieldKeyOf = (secrets: ReturnType<typeof loadSecrets>) => secrets.fieldKeys.keys[0]!.key.toString('base64');

describe(loadEnv.name, () => {
  it('refuses more than one process or a read replica without DATABASE_URL (PGlite is one process), accepts them with it', () => {
    expect(errorOf({ WEB_CONCURRENCY: '2' })).toContain('WEB_CONCURRENCY: more than one process needs DATABASE_URL');
    expect(errorOf({ DATABASE_READ_URL: 'postgres://r@replica/z' })).toContain(
      'DATABASE_READ_URL: a read replica needs DATABASE_URL too',
    );
    expect(errorOf({ DATABASE_URL: 'postgres://a@db/z', DATABASE_READ_URL: 'mysql://r' })).toContain(
      'DATABASE_READ_URL: must start with postgres://',
    );
    expect(errorOf({ DATABASE_URL: 'postgres://a@db/z', WEB_CONCURRENCY: '0' })).toContain('WEB_CONCURRENCY');
    const env = loadEnv({
      DATABASE_URL: 'postgres://a@db/z',
      DATABASE_READ_URL: 'postgres://r@replica/z',
      WEB_CONCURRENCY: '4',
    });
    expect(env).toMatchObject({
      WEB_CONCURRENCY: 4,
      DATABASE_READ_URL: 'postgres://r@replica/z',
      READ_AFTER_WRITE_MS: 10_000,
    });
    expect(loadEnv({}).WEB_CONCURRENCY).toBe(1);
  });

  it('applies defaults and returns a frozen object', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      LOG_LEVEL: 'info',
      BODY_LIMIT_KB: 256,
      TRUST_PROXY_HOPS: 0,
    });
    expect(Object.isFrozen(env)).toBe(true);
    expect(loadEnv({ PORT: '8080', DATABASE_URL: 'postgresql://x/y' })).toMatchObject({
      PORT: 8080,
      DATABASE_URL: 'postgresql://x/y',
    });
  });

  it('lists every bad variable in one error', () => {
    const message = errorOf({ PORT: 'abc', DATABASE_URL: 'mysql://root:hunter2@db/x', LOG_LEVEL: 'loud' });
    expect(message).toMatch(/^Invalid environment/);
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(message).toContain(`- ${name}:`);
    expect(message.split('\n').filter((l) => l.startsWith('  - '))).toHaveLength(3);
    expect(message).not.toContain('hunter2');
  });

  it.each([
    ['PORT', '70000'],
    ['BODY_LIMIT_KB', '0'],
    ['TRUST_PROXY_HOPS', '9'],
    ['NODE_ENV', 'staging'],
    ['ACCESS_TOKEN_TTL_SECONDS', '10'],
  ])('refuses %s=%s', (name, value) => {
    expect(errorOf({ [name]: value })).toContain(`- ${name}:`);
  });

  it('treats empty strings as unset', () => {
    const env = loadEnv({ PORT: '', DATABASE_URL: '', LOG_LEVEL: '' });
    expect(env.PORT).toBe(3000);
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('accepts a complete production environment', () => {
    expect(loadEnv(PRODUCTION).NODE_ENV).toBe('production');
  });

  it('requires JWT_KEYS, FIELD_ENCRYPTION_KEY, AUDIT_CHECKPOINT_KEY, DATABASE_URL and WECHAT_APP_ID in production', () => {
    const message = errorOf({ NODE_ENV: 'production' });
    for (const name of ['JWT_KEYS', 'FIELD_ENCRYPTION_KEY', 'AUDIT_CHECKPOINT_KEY', 'DATABASE_URL', 'WECHAT_APP_ID'])
      expect(message).toContain(`- ${name}: required in production`);
    for (const name of ['JWT_KEYS', 'FIELD_ENCRYPTION_KEY', 'AUDIT_CHECKPOINT_KEY', 'DATABASE_URL']) {
      expect(errorOf({ ...PRODUCTION, [name]: undefined })).toContain(`- ${name}: required in production`);
    }
  });

  it('seals the audit chain every 5 minutes by default and refuses a short checkpoint key without echoing it', () => {
    const env = loadEnv({});
    expect([env.AUDIT_CHECKPOINT_INTERVAL_MS, env.AUDIT_CHECKPOINT_FILE, env.AUDIT_CHECKPOINT_KEY]).toEqual([
      300_000,
      undefined,
      undefined,
    ]);
    expect(loadEnv({ AUDIT_CHECKPOINT_INTERVAL_MS: '0' }).AUDIT_CHECKPOINT_INTERVAL_MS).toBe(0);
    const short = randomBytes(16).toString('base64');
    const message = errorOf({ AUDIT_CHECKPOINT_KEY: short });
    expect(message).toContain('- AUDIT_CHECKPOINT_KEY: must be base64 of at least 32 bytes');
    expect(message).not.toContain(short);
  });

  it('refuses a WeChat app id without its secret, and the reverse', () => {
    expect(errorOf({ WECHAT_APP_ID: 'wx123' })).toContain('- WECHAT_APP_SECRET:');
    expect(errorOf({ WECHAT_APP_SECRET: 'secret' })).toContain('- WECHAT_APP_SECRET:');
    expect(errorOf({ ...PRODUCTION, WECHAT_APP_SECRET: undefined })).toContain('- WECHAT_APP_SECRET:');
  });
});

// scripts/start.js is the plain-JS script `npm start` runs
const { demoModeFor } = require('../../scripts/start.js') as {
  demoModeFor: (env: Record<string, string | undefined>) => string | undefined;
};

/** The environment the server sees after `npm start` (scripts/start.js) prepared it. */
function startedWith(source: Record<string, string | undefined>) {
  const demo = demoModeFor(source);
  return loadEnv(demo ? { ...source, DEMO_MODE: demo } : source);
}

describe('demo mode: the environment matrix', () => {
  const PG = 'postgres://postgres@127.0.0.1:5432/zhulian';

  it('npm start on PGlite (nothing set): demo mode on, so the banner and seed say so', () => {
    expect(demoModeFor({})).toBe('true');
    const env = startedWith({});
    expect([isDemoMode(env), isDevLoginEnabled(env)]).toEqual([true, true]);
  });

  it('npm start on PGlite with DEMO_MODE=false: stays off', () => {
    expect(demoModeFor({ DEMO_MODE: 'false' })).toBeUndefined();
    expect(isDemoMode(startedWith({ DEMO_MODE: 'false' }))).toBe(false);
  });

  it('the README PostgreSQL command (DATABASE_URL, nothing else): demo mode off', () => {
    expect(demoModeFor({ DATABASE_URL: PG })).toBeUndefined();
    const env = startedWith({ DATABASE_URL: PG });
    expect([isDemoMode(env), isDevLoginEnabled(env)]).toEqual([false, false]);
  });

  it('DATABASE_URL with DEMO_MODE=true set by hand: demo mode on', () => {
    expect(isDemoMode(startedWith({ DATABASE_URL: PG, DEMO_MODE: 'true' }))).toBe(true);
    expect(isDemoMode(loadEnv({ DATABASE_URL: PG, DEMO_MODE: '1' }))).toBe(true);
  });

  it('the server alone (no start script) and the test environment: off unless DEMO_MODE=true', () => {
    expect(isDemoMode(loadEnv({}))).toBe(false);
    expect(isDemoMode(loadEnv({ NODE_ENV: 'test' }))).toBe(false);
    expect(isDemoMode(loadEnv({ NODE_ENV: 'test', DEMO_MODE: 'true' }))).toBe(true);
  });

  it('production with DEMO_MODE=true refuses to start, saying why', () => {
    const message = errorOf({ ...PRODUCTION, DEMO_MODE: 'true' });
    expect(message).toContain('- DEMO_MODE: demo accounts and the demo login are never allowed in production');
    expect(message.split('\n').filter((l) => l.startsWith('  - '))).toHaveLength(1);
    // npm start never turns it on in production, even without DATABASE_URL (which production then asks for)
    expect(demoModeFor({ NODE_ENV: 'production' })).toBeUndefined();
  });

  it('production without DEMO_MODE (or with DEMO_MODE=false): starts, demo mode off', () => {
    expect(isDemoMode(startedWith(PRODUCTION))).toBe(false);
    expect(isDemoMode(loadEnv({ ...PRODUCTION, DEMO_MODE: 'false' }))).toBe(false);
  });

  it('refuses a DEMO_MODE that is not a boolean', () => {
    expect(errorOf({ DEMO_MODE: 'yes' })).toContain('- DEMO_MODE:');
  });

  it('demo login stays off while WeChat is configured, even in demo mode', () => {
    expect(isDevLoginEnabled(loadEnv({ DEMO_MODE: 'true', WECHAT_APP_ID: 'wx1', WECHAT_APP_SECRET: 's' }))).toBe(false);
  });
});

describe(parseJwtKeys.name, () => {
  it('parses several kid:secret pairs, the first one signing', () => {
    const [a, b] = [randomBytes(32), randomBytes(48)];
    const keys = parseJwtKeys(`new:${a.toString('base64')}, old:${b.toString('base64')}`);
    expect(keys.map((k) => k.kid)).toEqual(['new', 'old']);
    expect(keys[0]!.secret.equals(a)).toBe(true);
    expect(keys[1]!.secret.equals(b)).toBe(true);
  });

  it('refuses a key shorter than 32 bytes, naming its kid', () => {
    expect(() => parseJwtKeys(`weak:${randomBytes(31).toString('base64')}`)).toThrow(
      'JWT key "weak" must be at least 32 bytes',
    );
    expect(() => parseJwtKeys(`ok:${key32()},weak:${randomBytes(16).toString('base64')}`)).toThrow(/"weak"/);
  });

  it.each([[''], ['nokey'], [':abc'], ['kid:']])('refuses the malformed value %j', (value) => {
    expect(() => parseJwtKeys(value)).toThrow();
  });
});

describe(loadSecrets.name, () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zl-secrets-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('generates secrets into DATA_DIR once, owner-readable only, and reuses them', () => {
    const env = loadEnv({ DATA_DIR: path.join(dir, 'data') });
    const first = loadSecrets(env);
    const file = path.join(dir, 'data', 'secrets.json');
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first.jwtKeys[0]!.secret.length).toBeGreaterThanOrEqual(32);
    expect(first.fieldKeys.keys.map((k) => [k.kid, k.key.length])).toEqual([['k1', 32]]);
    const written = fs.readFileSync(file, 'utf8');
    const second = loadSecrets(env);
    expect(fs.readFileSync(file, 'utf8')).toBe(written);
    expect(fieldKeyOf(second)).toBe(fieldKeyOf(first));
    expect(second.jwtKeys.map((k) => [k.kid, k.secret.toString('hex')])).toEqual(
      first.jwtKeys.map((k) => [k.kid, k.secret.toString('hex')]),
    );
    expect(fieldKeyOf(loadSecrets(loadEnv({ DATA_DIR: path.join(dir, 'other') })))).not.toBe(fieldKeyOf(first));
  });

  it('takes both keys from the environment and writes nothing', () => {
    const jwt = key32();
    const field = key32();
    const secrets = loadSecrets(loadEnv({ DATA_DIR: dir, JWT_KEYS: `env:${jwt}`, FIELD_ENCRYPTION_KEY: field }));
    expect(secrets.jwtKeys).toEqual([{ kid: 'env', secret: Buffer.from(jwt, 'base64') }]);
    expect(fieldKeyOf(secrets)).toBe(field);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('lets one key come from the environment and the other from the stored file', () => {
    const stored = loadSecrets(loadEnv({ DATA_DIR: dir }));
    const jwt = key32();
    const mixed = loadSecrets(loadEnv({ DATA_DIR: dir, JWT_KEYS: `env:${jwt}` }));
    expect(mixed.jwtKeys.map((k) => k.kid)).toEqual(['env']);
    expect(fieldKeyOf(mixed)).toBe(fieldKeyOf(stored));
  });
});

describe(loadAuditCheckpointKey.name, () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zl-secrets-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes AUDIT_CHECKPOINT_KEY from the environment and writes nothing', () => {
    const key = key32();
    expect(
      loadAuditCheckpointKey(loadEnv({ DATA_DIR: dir, AUDIT_CHECKPOINT_KEY: key })).equals(Buffer.from(key, 'base64')),
    ).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('generates one into secrets.json with the other development keys, and adds it to an older file that lacks it', () => {
    const env = loadEnv({ DATA_DIR: dir });
    const key = loadAuditCheckpointKey(env);
    expect(key).toHaveLength(32);
    expect(loadAuditCheckpointKey(env).equals(key)).toBe(true);
    const stored = loadSecrets(env);

    const file = path.join(dir, 'secrets.json');
    const { auditCheckpointKey, ...older } = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(Buffer.from(auditCheckpointKey, 'base64').equals(key)).toBe(true);
    fs.writeFileSync(file, JSON.stringify(older), { mode: 0o600 });
    const added = loadAuditCheckpointKey(env);
    expect(added.equals(key)).toBe(false);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
      ...older,
      auditCheckpointKey: added.toString('base64'),
    });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fieldKeyOf(loadSecrets(env))).toBe(fieldKeyOf(stored));
  });
});
