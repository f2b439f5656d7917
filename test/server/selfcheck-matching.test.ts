/** The self-check through the matching rule on the seeded catalog: only questions that change the result, strong matches. */
import { post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const fields = async (answers: Record<string, unknown>) =>
  ((await post(t, 'selfCheck.questions', { answers })).body.data.questions as { field: string }[]).map((q) => q.field);

describe('selfCheck.questions', () => {
  it('400 names the field of a bad answer', async () => {
    const res = await post(t, 'selfCheck.questions', { answers: { sex: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('answers.sex');
  });

  it('asks sex only while a programme depends on it, and living alone only without the household size', async () => {
    expect(await fields({})).toEqual(expect.arrayContaining(['livesInDistrict', 'sex', 'householdSize']));
    expect(await fields({ age: 70, studentsInSchool: 0, heavyMedicalCosts: false, unemployed: false })).not.toContain(
      'sex',
    );
    expect(await fields({ householdSize: 1 })).not.toContain('livesAlone');
    expect(await fields({ hasDisability: true })).toContain('disabilityGrade');
    expect(await fields({ hasDisability: false })).not.toContain('disabilityGrade');
  });
});

describe('selfCheck.run', () => {
  it('a 75-year-old man living alone on a small pension: 低保 in the first three, no women’s programme', async () => {
    const res = await post(t, 'selfCheck.run', {
      answers: {
        livesInDistrict: true,
        age: 75,
        sex: 'male',
        householdSize: 1,
        monthlyIncomePerPerson: 1100,
        assetsBelowLimit: true,
        hasDisability: false,
        heavyMedicalCosts: false,
        studentsInSchool: 0,
        unemployed: false,
        suddenEmergency: false,
      },
    });
    expect(res.status).toBe(200);
    const matches = res.body.data.matches as { policy: { slug: string }; band: string }[];
    const slugs = matches.map((m) => m.policy.slug);
    expect(slugs.slice(0, 3)).toContain('minimum-living-allowance');
    expect(slugs).not.toContain('women-children-care');
    expect(slugs).not.toContain('women-employment-skills');
    expect(matches.filter((m) => m.band === 'likely').length).toBeLessThanOrEqual(10);
  });

  it('someone living outside the district gets nothing', async () => {
    const res = await post(t, 'selfCheck.run', { answers: { livesInDistrict: false, age: 80 } });
    expect(res.body.data.matches).toEqual([]);
  });
});
