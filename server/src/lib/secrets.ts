/**
 * Signing and encryption keys. Production takes them from the environment (required there);
 * development generates them once into DATA_DIR/secrets.json (never committed) so restarts keep sessions and data readable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Env } from '../env';

export type JwtKey = { kid: string; secret: Buffer };
export type Secrets = { jwtKeys: JwtKey[]; fieldKey: string };

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

export function generateSecrets(): Secrets {
  return { jwtKeys: [{ kid: `k${Date.now().toString(36)}`, secret: randomBytes(32) }], fieldKey: randomBytes(32).toString('base64') };
}

export function loadSecrets(env: Env): Secrets {
  if (env.JWT_KEYS && env.FIELD_ENCRYPTION_KEY) {
    return { jwtKeys: parseJwtKeys(env.JWT_KEYS), fieldKey: env.FIELD_ENCRYPTION_KEY };
  }
  const stored = readOrCreateStored(secretsFile(env));
  return {
    jwtKeys: parseJwtKeys(env.JWT_KEYS ?? stored.jwtKeys),
    fieldKey: env.FIELD_ENCRYPTION_KEY ?? stored.fieldKey,
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
