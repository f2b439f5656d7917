/**
 * Personal-data sentinels: unmistakable values for every personal field of a request (names, addresses,
 * descriptions, notes, file names), so a test can prove that none of them reached a log line — and, over every
 * file CI writes to test-output/, scripts/scan-log-sentinels.js can prove it for the whole run.
 * SENTINEL_PREFIX is defined here and nowhere else: the scan script reads it from this file.
 */
import { idCheckCharacter } from '../../../shared/domain/identity';

export const SENTINEL_PREFIX = 'ZLSENTINEL';

let counter = 0;

/** A text sentinel naming its field, unique within the test file: "ZLSENTINEL-address-3". */
export function sentinel(field: string): string {
  counter += 1;
  return `${SENTINEL_PREFIX}-${field}-${counter}`;
}

/** Digits-only fields cannot carry the prefix: numbers no fixture uses, looked for by value. */
export const SENTINEL_PHONE = '19957310246';
export const SENTINEL_REFERRER_PHONE = '19957310357';
const ID17 = '33010619571031246';
export const SENTINEL_ID_NUMBER = ID17 + idCheckCharacter(ID17);
/** The proxy applicant's own phone (issue 11.8). */
export const SENTINEL_APPLICANT_PHONE = '19957310468';
const DIGIT_SENTINELS = [SENTINEL_PHONE, SENTINEL_REFERRER_PHONE, SENTINEL_ID_NUMBER, SENTINEL_APPLICANT_PHONE];

/** Every sentinel found in `text` (text sentinels by their prefix, digit sentinels by value). */
export function sentinelsIn(text: string): string[] {
  const found = text.match(new RegExp(`${SENTINEL_PREFIX}[\\w-]*`, 'g')) ?? [];
  return [...found, ...DIGIT_SENTINELS.filter((digits) => text.includes(digits))];
}
