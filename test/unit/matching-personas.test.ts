/**
 * Realistic Xihu households through the self-check (the seed catalog, the one matching rule): each one's top three
 * policies, what is strong (很可能符合) and what must never show.
 */
import { matchCatalog, personFromAnswers } from '../../shared/domain/matching';
import type { TSelfCheckAnswers } from '../../shared/schemas/content';
import { seedCatalog } from './support/seed-catalog';

const catalog = seedCatalog();
const base: TSelfCheckAnswers = { livesInDistrict: true, suddenEmergency: false, heavyMedicalCosts: false };
const run = (answers: TSelfCheckAnswers) =>
  matchCatalog(catalog, personFromAnswers({ ...base, ...answers }), { mode: 'selfCheck' });
const top3 = (answers: TSelfCheckAnswers) =>
  run(answers)
    .policies.slice(0, 3)
    .map((s) => s.slug);
const likely = (answers: TSelfCheckAnswers) =>
  run(answers)
    .policies.filter((s) => s.band === 'likely')
    .map((s) => s.slug);

type Persona = { name: string; answers: TSelfCheckAnswers; top: string[]; never?: string[] };

const PERSONAS: Persona[] = [
  {
    name: '75-year-old living alone on a small pension',
    answers: {
      age: 75,
      householdSize: 1,
      monthlyIncomePerPerson: 1100,
      assetsBelowLimit: true,
      hasDisability: false,
      studentsInSchool: 0,
      unemployed: false,
      sex: 'male',
    },
    top: ['extreme-hardship-support', 'minimum-living-allowance', 'low-income-marginal-family'],
    never: ['women-children-care', 'employment-assistance', 'student-financial-aid'],
  },
  {
    name: 'laid-off parent with a child in school',
    answers: {
      age: 42,
      householdSize: 3,
      monthlyIncomePerPerson: 1100,
      assetsBelowLimit: true,
      unemployed: true,
      studentsInSchool: 1,
      hasDisability: false,
      sex: 'male',
    },
    top: ['minimum-living-allowance', 'low-income-marginal-family', 'worker-hardship-support'],
    never: ['high-age-allowance', 'elderly-free-health-checkup'],
  },
  {
    name: 'family after a serious illness with big medical bills',
    answers: {
      age: 52,
      householdSize: 3,
      monthlyIncomePerPerson: 2000,
      assetsBelowLimit: true,
      heavyMedicalCosts: true,
      unemployed: false,
      studentsInSchool: 0,
      hasDisability: false,
    },
    top: ['low-income-marginal-family', 'worker-hardship-support', 'charity-assistance'],
    never: ['minimum-living-allowance'],
  },
  {
    name: 'grade-2 disability, low income',
    answers: {
      age: 38,
      householdSize: 2,
      monthlyIncomePerPerson: 1500,
      assetsBelowLimit: true,
      hasDisability: true,
      disabilityGrade: 2,
      unemployed: true,
      studentsInSchool: 0,
    },
    top: ['low-income-marginal-family', 'disability-two-subsidies', 'worker-hardship-support'],
    never: ['minimum-living-allowance'],
  },
  {
    name: '83-year-old couple with a modest pension',
    answers: {
      age: 83,
      householdSize: 2,
      monthlyIncomePerPerson: 3500,
      assetsBelowLimit: true,
      hasDisability: false,
      studentsInSchool: 0,
      unemployed: false,
    },
    top: ['elderly-free-health-checkup', 'family-doctor-home-visits', 'high-age-allowance'],
    never: ['minimum-living-allowance', 'lonely-elderly-visits'],
  },
  {
    name: 'family whose home burned down',
    answers: {
      age: 45,
      householdSize: 4,
      monthlyIncomePerPerson: 3000,
      suddenEmergency: true,
      studentsInSchool: 2,
      unemployed: false,
      hasDisability: false,
    },
    top: ['temporary-assistance', 'natural-disaster-relief', 'urgent-hardship-first-aid'],
  },
  {
    name: 'single mother, unemployed, child at school',
    answers: {
      age: 35,
      sex: 'female',
      householdSize: 2,
      monthlyIncomePerPerson: 900,
      assetsBelowLimit: true,
      unemployed: true,
      studentsInSchool: 1,
      hasDisability: false,
    },
    top: ['minimum-living-allowance', 'low-income-marginal-family', 'worker-hardship-support'],
  },
  {
    name: 'young man out of work, ordinary income',
    answers: {
      age: 28,
      sex: 'male',
      householdSize: 3,
      monthlyIncomePerPerson: 4000,
      unemployed: true,
      studentsInSchool: 0,
      hasDisability: false,
      assetsBelowLimit: false,
    },
    top: ['employment-assistance', 'vocational-training-subsidy', 'gig-work-market'],
    never: ['women-employment-skills', 'minimum-living-allowance'],
  },
  {
    name: 'someone who lives outside the district',
    answers: { livesInDistrict: false, age: 70, householdSize: 1, monthlyIncomePerPerson: 800, assetsBelowLimit: true },
    top: [],
  },
  {
    name: 'college student from a low-income family',
    answers: {
      age: 19,
      householdSize: 4,
      monthlyIncomePerPerson: 2000,
      studentsInSchool: 1,
      unemployed: false,
      hasDisability: false,
    },
    top: ['worker-hardship-support', 'charity-assistance', 'women-children-care'],
  },
  {
    name: '66-year-old woman living alone, heavy medical bills, low income',
    answers: {
      age: 66,
      sex: 'female',
      householdSize: 1,
      monthlyIncomePerPerson: 1800,
      assetsBelowLimit: true,
      heavyMedicalCosts: true,
      hasDisability: false,
      studentsInSchool: 0,
    },
    top: ['low-income-marginal-family', 'charity-assistance', 'critical-illness-insurance-tilt'],
    never: ['minimum-living-allowance', 'employment-assistance'],
  },
  {
    name: 'grade-4 disability, working, ordinary income',
    answers: {
      age: 45,
      householdSize: 3,
      monthlyIncomePerPerson: 4500,
      hasDisability: true,
      disabilityGrade: 4,
      unemployed: false,
      studentsInSchool: 0,
    },
    top: ['disability-assistive-devices', 'household-safety-check-for-vulnerable', 'public-rental-housing'],
    never: ['disability-two-subsidies'],
  },
];

describe('persona households (self-check, seed catalog)', () => {
  test.each(PERSONAS)('$name', ({ answers, top, never }) => {
    expect(top3(answers)).toEqual(top);
    const shown = run(answers).policies.map((s) => s.slug);
    for (const slug of never ?? []) expect(shown).not.toContain(slug);
  });

  test('the 75-year-old living alone: 低保 among the first three and far fewer strong matches than before', () => {
    const a = PERSONAS[0]!.answers;
    expect(top3(a)).toContain('minimum-living-allowance');
    expect(likely(a).length).toBeLessThanOrEqual(10);
    // a women's programme is never 很可能符合 without knowing the sex
    const { sex: _sex, ...withoutSex } = a;
    expect(likely(withoutSex)).not.toContain('women-children-care');
  });
});
