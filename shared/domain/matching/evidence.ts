/**
 * Whether the person's situation shows the need a category is about: a rule that only checks income does not make
 * public housing a strong match for someone who never said housing is the problem. Evidence is what the person
 * chose (an application's categories) or an answer that shows it.
 */
import type { Category } from '../categories';
import type { Standard } from '../self-check';
import type { PersonFacts } from './types';

type Check = (p: PersonFacts, standards: ReadonlyMap<string, Standard>) => boolean;

const lowIncome: Check = (p, s) => {
  const limit = s.get('dibian_monthly')?.value;
  const income = p.answers.monthlyIncomePerPerson;
  return limit !== undefined && income !== undefined && income < limit;
};

const EVIDENCE: Record<Category, Check> = {
  basic_living: lowIncome,
  medical: (p) => p.answers.heavyMedicalCosts === true,
  disaster: (p) => p.answers.suddenEmergency === true,
  elderly_care: (p, s) => p.answers.age !== undefined && p.answers.age >= (s.get('senior_age')?.value ?? 60),
  disability: (p) => p.answers.hasDisability === true,
  education: (p) => (p.answers.studentsInSchool ?? 0) >= 1,
  children: (p) => (p.answers.studentsInSchool ?? 0) >= 1 || (p.answers.age !== undefined && p.answers.age < 18),
  employment: (p) => p.answers.unemployed === true,
  housing: () => false,
  legal: () => false,
  other: () => false,
};

/** True when some category of the item is shown by the person's facts (an item without categories needs none). */
export function needShown(
  categories: readonly Category[],
  person: PersonFacts,
  standards: ReadonlyMap<string, Standard>,
): boolean {
  if (categories.length === 0) return true;
  return categories.some((c) => person.categories.includes(c) || EVIDENCE[c](person, standards));
}
