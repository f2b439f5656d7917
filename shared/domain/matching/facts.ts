/** Builds the person's facts from self-check answers or from an application's stored facts. */
import type { NeedTier, Sex, TargetGroup } from '../assistance';
import type { Category } from '../categories';
import { streetCodeOf, XIHU_DISTRICT_CODE } from '../divisions';
import { isValidIdNumber, normaliseIdNumber } from '../identity';
import type { TSelfCheckAnswers } from '../../schemas/content';
import type { PersonFacts } from './types';

const DISTRICT_PREFIX = XIHU_DISTRICT_CODE.slice(0, 6);

/**
 * Answers with what follows from other answers: one person in the household lives alone (and more than one do
 * not); no certificate means no grade. An explicit answer always wins.
 */
export function normaliseAnswers(answers: TSelfCheckAnswers): TSelfCheckAnswers {
  const out: TSelfCheckAnswers = { ...answers };
  if (out.livesAlone === undefined && out.householdSize !== undefined) out.livesAlone = out.householdSize === 1;
  if (out.hasDisability === false) delete out.disabilityGrade;
  if (out.disabilityGrade !== undefined && out.hasDisability === undefined) out.hasDisability = true;
  return out;
}

export function personFromAnswers(answers: TSelfCheckAnswers): PersonFacts {
  return {
    answers: normaliseAnswers(answers),
    categories: [],
    targetGroup: null,
    needTier: null,
    streetCode: null,
    communityCode: null,
  };
}

/** Completed years of age on `today` (YYYY-MM-DD in China time) from an 18-character ID number; null if invalid. */
export function ageFromIdNumber(raw: string, today: string): number | null {
  if (!isValidIdNumber(raw)) return null;
  const id = normaliseIdNumber(raw);
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  let age = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  if (today.slice(5) < birth.slice(5)) age -= 1;
  return age >= 0 && age <= 130 ? age : null;
}

/** The 17th character is odd for men and even for women (GB 11643-1999). */
export function sexFromIdNumber(raw: string): Sex | null {
  if (!isValidIdNumber(raw)) return null;
  return Number(normaliseIdNumber(raw)[16]) % 2 === 1 ? 'male' : 'female';
}

export type ApplicationFacts = {
  categories: readonly Category[];
  targetGroup: TargetGroup | 'unknown' | null;
  needTier: NeedTier | null;
  streetCode: string | null;
  divisionCode: string | null;
  /** The subject's ID number in the clear, if given (age and sex are read from it, nothing else). */
  idNumber: string | null;
};

/** The person behind an application: its categories, group, tier, place, and age and sex from the ID number. */
export function personFromApplication(app: ApplicationFacts, today: string): PersonFacts {
  const answers: TSelfCheckAnswers = {};
  if (app.idNumber) {
    const age = ageFromIdNumber(app.idNumber, today);
    const sex = sexFromIdNumber(app.idNumber);
    if (age !== null) answers.age = age;
    if (sex) answers.sex = sex;
  }
  const code = app.divisionCode ?? app.streetCode;
  const street = app.streetCode ?? (code && code !== XIHU_DISTRICT_CODE ? streetCodeOf(code) : null);
  if (code) answers.livesInDistrict = code.startsWith(DISTRICT_PREFIX);
  const isCommunity = code !== null && code !== street && code !== XIHU_DISTRICT_CODE;
  return {
    answers: normaliseAnswers(answers),
    categories: app.categories,
    targetGroup: app.targetGroup && app.targetGroup !== 'unknown' ? app.targetGroup : null,
    needTier: app.needTier,
    streetCode: street && street !== XIHU_DISTRICT_CODE ? street : null,
    communityCode: isCommunity ? code : null,
  };
}
