/**
 * Field encryption for sensitive personal data: AES-256-GCM with a random 96-bit nonce
 * ("v1.<nonce>.<tag>.<ciphertext>", base64url), plus an HMAC-SHA256 blind index for exact lookups.
 * Separate subkeys are derived from the one configured key so encryption and indexing never share a key.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export type FieldCipher = {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  blindIndex(value: string): string;
};

export function createFieldCipher(base64Key: string): FieldCipher {
  const master = Buffer.from(base64Key, 'base64');
  if (master.length !== 32) throw new Error('FIELD_ENCRYPTION_KEY must be 32 bytes, base64-encoded');
  const encKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'zhulian-field-enc-v1', 32));
  const idxKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'zhulian-blind-index-v1', 32));

  return {
    encrypt(plain) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, nonce);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', nonce, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
    },
    decrypt(sealed) {
      const [version, nonce, tag, body] = sealed.split('.');
      if (version !== 'v1' || !nonce || !tag || body === undefined) throw new Error('Unknown ciphertext format');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(nonce, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
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
