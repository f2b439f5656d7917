/** Administrative divisions (NBS 12-digit statistical codes). */
export const DIVISION_LEVELS = ['district', 'street', 'town', 'community', 'village'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

export const XIHU_DISTRICT_CODE = '330106000000';

/** A 12-digit NBS code. */
export const DIVISION_CODE_PATTERN = /^\d{12}$/;

/** The street/town a community/village code belongs to: the first 9 digits, padded. */
export function streetCodeOf(code: string): string {
  return `${code.slice(0, 9)}000`;
}

export function isStreetLevel(level: DivisionLevel): boolean {
  return level === 'street' || level === 'town';
}

export function isCommunityLevel(level: DivisionLevel): boolean {
  return level === 'community' || level === 'village';
}
