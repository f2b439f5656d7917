/** The field keyring in the environment: FIELD_ENCRYPTION_KEYS or FIELD_ENCRYPTION_KEY (= k1), and the blind-index key. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadEnv } from '../../server/src/env';
import { createFieldCipher, parseFieldKeys } from '../../server/src/lib/crypto';
import { loadSecrets } from '../../server/src/lib/secrets';

const key32 = () => randomBytes(32).toString('base64');
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app@db:5432/zhulian',
  JWT_KEYS: `k1:${key32()}`,
  AUDIT_CHECKPOINT_KEY: key32(),
  WECHAT_APP_ID: 'wx1',
  WECHAT_APP_SECRET: 's',
};

function errorOf(source: Record<string, string | undefined>): string {
  try {
    loadEnv(source);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  throw new Error('loadEnv accepted the environment');
}

describe('field encryption keys in the environment', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zl-field-keys-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('production takes a keyring instead of the single key, but not both', () => {
    expect(() => loadEnv({ ...PRODUCTION, FIELD_ENCRYPTION_KEYS: `k2:${key32()},k1:${key32()}` })).not.toThrow();
    expect(errorOf(PRODUCTION)).toContain('- FIELD_ENCRYPTION_KEY: required in production');
    expect(errorOf({ ...PRODUCTION, FIELD_ENCRYPTION_KEY: key32(), FIELD_ENCRYPTION_KEYS: `k1:${key32()}` })).toContain(
      '- FIELD_ENCRYPTION_KEYS: set FIELD_ENCRYPTION_KEYS or FIELD_ENCRYPTION_KEY, not both',
    );
  });

  it('refuses malformed rings, short keys and a ring without k1 or a blind-index key, never echoing a key', () => {
    const secret = key32();
    for (const [ring, message] of [
      [`k2=${secret}`, 'must be "kid:base64key'],
      [`k_2:${secret}`, 'key id "k_2"'],
      [`k1:${secret},k1:${key32()}`, 'repeats a key id'],
      [`k1:${randomBytes(16).toString('base64')}`, 'key "k1" must be 32 bytes'],
    ] as const) {
      const error = errorOf({ FIELD_ENCRYPTION_KEYS: ring });
      expect(error).toContain(message);
      expect(error).not.toContain(secret);
    }
    expect(errorOf({ FIELD_ENCRYPTION_KEYS: `k2:${secret}` })).toContain(
      '- FIELD_BLIND_INDEX_KEY: required when FIELD_ENCRYPTION_KEYS has no key "k1"',
    );
    expect(() => loadEnv({ FIELD_ENCRYPTION_KEYS: `k2:${secret}`, FIELD_BLIND_INDEX_KEY: key32() })).not.toThrow();
  });

  it('FIELD_ENCRYPTION_KEY is the ring k1: same ciphertexts and blind index as the keyring k1, and FIELD_BLIND_INDEX_KEY overrides the index', () => {
    const k1 = key32();
    const single = createFieldCipher(
      loadSecrets(loadEnv({ DATA_DIR: dir, JWT_KEYS: `j:${key32()}`, FIELD_ENCRYPTION_KEY: k1 })).fieldKeys,
    );
    const rotated = createFieldCipher(
      loadSecrets(loadEnv({ DATA_DIR: dir, JWT_KEYS: `j:${key32()}`, FIELD_ENCRYPTION_KEYS: `k2:${key32()},k1:${k1}` }))
        .fieldKeys,
    );
    expect(single.currentKid).toBe('k1');
    expect(rotated.currentKid).toBe('k2');
    expect(rotated.decrypt(single.encrypt('张阿姨'))).toBe('张阿姨');
    expect(rotated.kidOf(rotated.encrypt('x'))).toBe('k2');
    expect(rotated.blindIndex('13912345678')).toBe(single.blindIndex('13912345678'));
    const own = createFieldCipher(
      loadSecrets(
        loadEnv({
          DATA_DIR: dir,
          JWT_KEYS: `j:${key32()}`,
          FIELD_ENCRYPTION_KEYS: `k2:${key32()}`,
          FIELD_BLIND_INDEX_KEY: k1,
        }),
      ).fieldKeys,
    );
    expect(own.blindIndex('13912345678')).toBe(single.blindIndex('13912345678'));
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(parseFieldKeys(`a:${k1}, b-2:${key32()}`).map((k) => k.kid)).toEqual(['a', 'b-2']);
  });
});
