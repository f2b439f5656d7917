/**
 * Signing and encryption keys. Production takes them from the environment (required there);
 * development generates them once into DATA_DIR/secrets.json (never committed) so restarts keep sessions and data readable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Env } from '../env';
import { parseFieldKeys, type FieldKeyring } from './crypto';

export type JwtKey = { kid: string; secret: Buffer };
/** `fieldKeys`: the field-encryption ring (first encrypts) and, when configured, the dedicated blind-index key. */
export type Secrets = { jwtKeys: JwtKey[]; fieldKeys: FieldKeyring };

export function parseJwtKeys(value: string): JwtKey[] {
  const keys = value.split(',').map((pair) => {
    const [kid, b64] = pair.trim().split(':');
    if (!kid || !b64) throw new Error('JWT_KEYS must be "kid:base64secret[,kid:base64secret]"');
    const secret = Buffer.from(b64, 'base64');
    if (secret.length < 32) throw new Error(`JWT key "${kid}" must be at least 32 bytes`);
    return { kid, secret };
  });
  if (keys.length === 0) throw new Error('JWT_KEYS is empty');
  return keys;
}

export function generateSecrets(): { jwtKeys: JwtKey[]; fieldKey: string } {
  return {
    jwtKeys: [{ kid: `k${Date.now().toString(36)}`, secret: randomBytes(32) }],
    fieldKey: randomBytes(32).toString('base64'),
  };
}

/**
 * The field keyring: FIELD_ENCRYPTION_KEYS, else FIELD_ENCRYPTION_KEY (or the development key) as the one key `k1`.
 * The blind index keeps FIELD_BLIND_INDEX_KEY when set, else the master of `k1` (lib/crypto).
 */
function fieldKeyring(env: Env, storedFieldKey: () => string): FieldKeyring {
  const spec = env.FIELD_ENCRYPTION_KEYS ?? `k1:${env.FIELD_ENCRYPTION_KEY ?? storedFieldKey()}`;
  const blindIndexKey = env.FIELD_BLIND_INDEX_KEY ? Buffer.from(env.FIELD_BLIND_INDEX_KEY, 'base64') : undefined;
  return { keys: parseFieldKeys(spec), blindIndexKey };
}

export function loadSecrets(env: Env): Secrets {
  const fieldFromEnv = Boolean(env.FIELD_ENCRYPTION_KEYS ?? env.FIELD_ENCRYPTION_KEY);
  if (env.JWT_KEYS && fieldFromEnv) {
    return { jwtKeys: parseJwtKeys(env.JWT_KEYS), fieldKeys: fieldKeyring(env, () => '') };
  }
  const stored = readOrCreateStored(secretsFile(env));
  return {
    jwtKeys: parseJwtKeys(env.JWT_KEYS ?? stored.jwtKeys),
    fieldKeys: fieldKeyring(env, () => stored.fieldKey),
  };
}

/**
 * The key that signs audit checkpoints: AUDIT_CHECKPOINT_KEY, or (outside production) one generated into
 * DATA_DIR/secrets.json beside the other development keys, added to an existing file if it predates this key.
 */
export function loadAuditCheckpointKey(env: Env): Buffer {
  if (env.AUDIT_CHECKPOINT_KEY) return Buffer.from(env.AUDIT_CHECKPOINT_KEY, 'base64');
  const file = secretsFile(env);
  const stored = readOrCreateStored(file);
  if (!stored.auditCheckpointKey) {
    stored.auditCheckpointKey = randomBytes(32).toString('base64');
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return Buffer.from(stored.auditCheckpointKey, 'base64');
}

type StoredSecrets = { jwtKeys: string; fieldKey: string; auditCheckpointKey?: string };

const secretsFile = (env: Env) => path.resolve(env.DATA_DIR, 'secrets.json');

function readOrCreateStored(file: string): StoredSecrets {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as StoredSecrets;
  const fresh = generateSecrets();
  const stored: StoredSecrets = {
    jwtKeys: fresh.jwtKeys.map((k) => `${k.kid}:${k.secret.toString('base64')}`).join(','),
    fieldKey: fresh.fieldKey,
    auditCheckpointKey: randomBytes(32).toString('base64'),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  return stored;
}
