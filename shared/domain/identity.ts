/**
 * Identifier rules for the mainland: the 18-character resident ID number (GB 11643-1999, ISO 7064 MOD 11-2
 * check character) and mobile numbers (structural check only: 11 digits starting with 1 — operators add
 * prefixes often, so there is deliberately no prefix list).
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

/** Uppercases and removes spaces, so "3301 0619 …x" and "3301…X" compare equal. */
export function normaliseIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** True for a well-formed 18-character ID with a real calendar birth date and the right check character. */
export function isValidIdNumber(raw: string): boolean {
  const id = normaliseIdNumber(raw);
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return false;
  return idCheckCharacter(id.slice(0, 17)) === id[17];
}

/** "330106199001011234" → "3301**********1234". */
export function maskIdNumber(raw: string): string {
  const id = normaliseIdNumber(raw);
  return id.length < 8 ? '****' : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** Strips spaces, dashes and a +86 / 0086 prefix. */
export function normaliseMobile(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^(?:\+86|0086)+/, '');
}

export function isValidMobile(raw: string): boolean {
  return /^1\d{10}$/.test(normaliseMobile(raw));
}

/** "13912345678" → "139****5678". */
export function maskMobile(raw: string): string {
  const phone = normaliseMobile(raw);
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
