/**
 * The one-time code that binds the subject of a proxy application to their own account. Staff issue it after
 * reaching the person by phone and read it out; the person types it in the mini-program. Stored only as a keyed
 * hash (the field cipher's blind index, bound to the application), valid for a day, burnt after MAX_TRIES wrong entries.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { FieldCipher } from '../../lib/crypto';

export const SUBJECT_CODE_TTL_MS = 24 * 3600_000;
export const SUBJECT_CODE_MAX_TRIES = 5;

/** Six digits, uniformly drawn (leading zeros kept). */
export const newSubjectCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

export const hashSubjectCode = (cipher: FieldCipher, applicationId: string, code: string): string =>
  cipher.blindIndex(`subject-code:${applicationId}:${code}`);

export function subjectCodeMatches(
  cipher: FieldCipher,
  applicationId: string,
  code: string,
  storedHash: string,
): boolean {
  const a = Buffer.from(hashSubjectCode(cipher, applicationId, code));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
