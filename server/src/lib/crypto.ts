/**
 * Field encryption for personal data: AES-256-GCM with a random 96-bit nonce under a keyring, plus an HMAC-SHA256
 * blind index for exact lookups (docs/decisions.md 23).
 *
 * Ciphertext: "v2:<kid>:<nonce>:<tag>:<ciphertext>" (base64url parts; "v2:<kid>" is the GCM associated data, so a
 * changed key id fails authentication). The first key of the ring encrypts; every key decrypts. Legacy
 * "v1.<nonce>.<tag>.<ciphertext>" values (no key id) still decrypt: they were sealed with the key now called `k1`.
 * Each ring key is a 32-byte master from which the encryption subkey is derived (HKDF, the same info as v1).
 * The blind index has one dedicated key for its whole life: FIELD_BLIND_INDEX_KEY, else the master of `k1`
 * (what v1 used); changing it needs `npm run crypto:reencrypt -- --reindex`.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export type FieldKey = { kid: string; key: Buffer };

export type FieldCipher = {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  blindIndex(value: string): string;
  /** The key id new ciphertexts carry. */
  readonly currentKid: string;
  /** The key id of a ciphertext; null for a legacy v1 value (no key id). */
  kidOf(sealed: string): string | null;
};

/** Thrown when a value cannot be decrypted; the message names the key id at most, never the data. */
export class FieldDecryptError extends Error {
  override name = 'FieldDecryptError';
}

const KID = /^[A-Za-z0-9-]{1,32}$/;
const ENC_INFO = 'zhulian-field-enc-v1';
const INDEX_INFO = 'zhulian-blind-index-v1';

function masterKey(base64: string, label: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error(`${label} must be 32 bytes, base64-encoded`);
  return key;
}

/** "kid:base64key[,kid:base64key]" → the ring (first encrypts). */
export function parseFieldKeys(value: string): FieldKey[] {
  const keys = value.split(',').map((pair) => {
    const [kid, b64, extra] = pair.trim().split(':');
    if (!kid || !b64 || extra !== undefined)
      throw new Error('FIELD_ENCRYPTION_KEYS must be "kid:base64key[,kid:base64key]"');
    if (!KID.test(kid))
      throw new Error(`FIELD_ENCRYPTION_KEYS: key id "${kid}" may hold only letters, digits and "-" (at most 32)`);
    return { kid, key: masterKey(b64, `FIELD_ENCRYPTION_KEYS key "${kid}"`) };
  });
  if (new Set(keys.map((k) => k.kid)).size !== keys.length) throw new Error('FIELD_ENCRYPTION_KEYS repeats a key id');
  return keys;
}

export type FieldKeyring = { keys: FieldKey[]; blindIndexKey?: Buffer };

/**
 * A cipher from a keyring, or from one base64 key (the old FIELD_ENCRYPTION_KEY: kid `k1`, also the blind-index key).
 * Without `blindIndexKey` the ring must hold `k1`, whose master then keys the blind index.
 */
export function createFieldCipher(ring: string | FieldKeyring): FieldCipher {
  const keys = typeof ring === 'string' ? [{ kid: 'k1', key: masterKey(ring, 'FIELD_ENCRYPTION_KEY') }] : ring.keys;
  const first = keys[0];
  if (!first) throw new Error('FIELD_ENCRYPTION_KEYS is empty');
  const indexMaster =
    (typeof ring === 'string' ? undefined : ring.blindIndexKey) ?? keys.find((k) => k.kid === 'k1')?.key;
  if (!indexMaster) throw new Error('FIELD_BLIND_INDEX_KEY is required when FIELD_ENCRYPTION_KEYS has no key "k1"');
  const derive = (master: Buffer, info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  const encKeys = new Map(keys.map((k) => [k.kid, derive(k.key, ENC_INFO)]));
  if (indexMaster.length !== 32) throw new Error('FIELD_BLIND_INDEX_KEY must be 32 bytes, base64-encoded');
  const idxKey = derive(indexMaster, INDEX_INFO);
  const current = first.kid;
  const currentKey = encKeys.get(current)!;

  function open(key: Buffer, nonce: string, tag: string, body: string, aad: string | null): string {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
    if (aad !== null) decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  return {
    currentKid: current,
    encrypt(plain) {
      const nonce = randomBytes(12);
      const aad = `v2:${current}`;
      const cipher = createCipheriv('aes-256-gcm', currentKey, nonce);
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        aad,
        nonce.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join(':');
    },
    decrypt(sealed) {
      if (sealed.startsWith('v2:')) {
        const [, kid, nonce, tag, body, extra] = sealed.split(':');
        if (!kid || !nonce || !tag || body === undefined || extra !== undefined)
          throw new FieldDecryptError('Unknown field ciphertext format');
        const key = encKeys.get(kid);
        if (!key) throw new FieldDecryptError(`Field ciphertext uses key "${kid}", which is not in the keyring`);
        try {
          return open(key, nonce, tag, body, `v2:${kid}`);
        } catch {
          throw new FieldDecryptError(
            `Field ciphertext under key "${kid}" failed authentication (wrong key material or altered data)`,
          );
        }
      }
      const [version, nonce, tag, body, extra] = sealed.split('.');
      if (version !== 'v1' || !nonce || !tag || body === undefined || extra !== undefined)
        throw new FieldDecryptError('Unknown field ciphertext format');
      // v1 carried no key id: sealed with today's k1; any other key of the ring is tried too (GCM tells them apart)
      const legacy = encKeys.get('k1');
      for (const key of new Set(legacy ? [legacy, ...encKeys.values()] : encKeys.values())) {
        try {
          return open(key, nonce, tag, body, null);
        } catch {
          // try the next key
        }
      }
      throw new FieldDecryptError('Legacy v1 field ciphertext failed authentication under every key of the ring');
    },
    kidOf(sealed) {
      if (!sealed.startsWith('v2:')) return null;
      return sealed.split(':')[1] ?? null;
    },
    blindIndex(value) {
      return createHmac('sha256', idxKey).update(value.trim().toUpperCase()).digest('base64url');
    },
  };
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
