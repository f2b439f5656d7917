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
  const file = path.resolve(env.DATA_DIR, 'secrets.json');
  let stored: { jwtKeys: string; fieldKey: string };
  if (fs.existsSync(file)) {
    stored = JSON.parse(fs.readFileSync(file, 'utf8'));
  } else {
    const fresh = generateSecrets();
    stored = { jwtKeys: fresh.jwtKeys.map((k) => `${k.kid}:${k.secret.toString('base64')}`).join(','), fieldKey: fresh.fieldKey };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return {
    jwtKeys: parseJwtKeys(env.JWT_KEYS ?? stored.jwtKeys),
    fieldKey: env.FIELD_ENCRYPTION_KEY ?? stored.fieldKey,
  };
}
