/** The matching rule: reasons in plain Chinese, hard exclusions, the band, ordering by help, facts from an application. */
import {
  ageFromIdNumber,
  forDepartments,
  matchCatalog,
  personFromAnswers,
  personFromApplication,
  questionsThatMatter,
  sexFromIdNumber,
} from '../../shared/domain/matching';
import { seedCatalog } from './support/seed-catalog';

const catalog = seedCatalog();
// 三墩镇 (330106109000), 西湖区 ID numbers built with a valid check character
const SANDUN = '330106109000';

describe('facts from an application', () => {
  test('age and sex come from the ID number; the street from the community code', () => {
    expect(ageFromIdNumber('330106195001010028', '2026-12-05')).toBe(76);
    expect(ageFromIdNumber('330106195012060020', '2026-12-05')).toBe(75);
    expect(sexFromIdNumber('330106195001010028')).toBe('female');
    expect(sexFromIdNumber('330106195001010010')).toBe(null); // bad check character
    const p = personFromApplication(
      {
        categories: ['elderly_care'],
        targetGroup: 'unknown',
        needTier: 'care',
        streetCode: null,
        divisionCode: '330106109001',
        idNumber: null,
      },
      '2026-12-05',
    );
    expect(p).toMatchObject({ streetCode: SANDUN, communityCode: '330106109001', targetGroup: null });
    expect(p.answers.livesInDistrict).toBe(true);
  });
});

describe('suggestions for an application', () => {
  const elderlyInSandun = {
    answers: { age: 78, sex: 'male' as const, livesInDistrict: true },
    categories: ['elderly_care' as const, 'basic_living' as const],
    targetGroup: 'dibao' as const,
    needTier: 'survival' as const,
    streetCode: SANDUN,
    communityCode: null,
  };
  const result = matchCatalog(catalog, elderlyInSandun, { mode: 'application' });

  test('every suggestion says why, in Chinese, and what is still unknown', () => {
    expect(result.policies.length).toBeGreaterThan(0);
    expect(result.services.length).toBeGreaterThan(0);
    for (const s of [...result.policies, ...result.services]) {
      expect(s.reasons.length).toBeGreaterThan(0);
      for (const text of [...s.reasons, ...s.unknowns]) expect(text).not.toMatch(/[,:;?!()]/);
    }
    const dibao = result.policies.find((s) => s.slug === 'minimum-living-allowance')!;
    expect(dibao.reasons).toContain('您是低保对象，这项政策也面向低保家庭');
    expect(dibao.unknowns.some((u) => u.startsWith('还需要了解家庭人均月收入'))).toBe(true);
  });

  test('a service names the area it covers', () => {
    const s = result.services.find((x) => x.slug === 'dibao-application-intake')!;
    expect(s.reasons).toContain('您住在三墩镇，这项服务覆盖全西湖区');
  });

  test('basic living before festival-type help; a programme for children or women never shows', () => {
    const slugs = result.policies.map((s) => s.slug);
    expect(slugs.indexOf('minimum-living-allowance')).toBeLessThan(slugs.indexOf('lonely-elderly-visits'));
    expect(slugs).not.toContain('women-children-care');
    expect(result.services.map((s) => s.slug)).not.toContain('women-two-cancers-aid');
  });

  test('services of another street are out; a full service or a provider with no place is out', () => {
    expect(result.services.map((s) => s.slug)).not.toContain('gudang-elderly-visits');
    expect(result.services.map((s) => s.slug)).not.toContain('student-loan-signing');
    const closed = seedCatalog({ openPlaces: { 'civil-affairs-assistance-office': 0 } });
    const again = matchCatalog(closed, elderlyInSandun, { mode: 'application' });
    expect(again.services.map((s) => s.slug)).not.toContain('dibao-application-intake');
    const open = matchCatalog(seedCatalog({ openPlaces: { 'civil-affairs-assistance-office': 3 } }), elderlyInSandun, {
      mode: 'application',
    });
    expect(open.services.find((s) => s.slug === 'dibao-application-intake')!.reasons).toContain(
      '区民政局社会救助科还有3个名额',
    );
  });

  test('a service that delivers a policy says the need once, as the service’s, never “这项政策” on its card', () => {
    const rentAfterIllness = {
      answers: { age: 64, sex: 'female' as const, livesInDistrict: true },
      categories: ['housing' as const, 'medical' as const],
      targetGroup: null,
      needTier: 'survival' as const,
      streetCode: SANDUN,
      communityCode: null,
    };
    const { services } = matchCatalog(catalog, rentAfterIllness, { mode: 'application' });
    const rent = services.find((s) => s.slug === 'rental-subsidy-intake')!;
    expect(rent.reasons.slice(0, 2)).toEqual(['帮您办理“住房租赁补贴”', '您需要“住房”方面的帮助，这项服务管这件事']);
    for (const s of services) {
      expect(s.reasons.filter((r) => r.endsWith('这项政策管这件事'))).toEqual([]);
      expect(s.reasons.filter((r) => r.startsWith('您需要“住房”')).length).toBeLessThanOrEqual(1);
    }
  });

  test('a department officer sees only the items of their department', () => {
    const own = forDepartments(result, ['dept-civil_affairs']);
    expect(own.policies.length).toBeGreaterThan(0);
    for (const s of [...own.policies, ...own.services]) expect(s.departmentId).toBe('dept-civil_affairs');
  });
});

describe('the self-check asks only what changes the result', () => {
  test('living alone is not asked once the household size is known; the grade only for certificate holders', () => {
    const first = questionsThatMatter(catalog, {}).map((q) => q.field);
    expect(first).toEqual(
      expect.arrayContaining(['livesInDistrict', 'monthlyIncomePerPerson', 'sex', 'householdSize']),
    );
    expect(first).not.toContain('disabilityGrade');
    const later = questionsThatMatter(catalog, { householdSize: 1, hasDisability: true }).map((q) => q.field);
    expect(later).not.toContain('livesAlone');
    expect(later).toContain('disabilityGrade');
  });

  test('sex is not asked when no programme that depends on it is still open', () => {
    const answers = { age: 70, studentsInSchool: 0, heavyMedicalCosts: false, unemployed: false };
    expect(questionsThatMatter(catalog, answers).map((q) => q.field)).not.toContain('sex');
  });

  test('nothing is suggested to someone living outside the district', () => {
    const r = matchCatalog(catalog, personFromAnswers({ livesInDistrict: false, age: 80 }), { mode: 'selfCheck' });
    expect(r).toEqual({ policies: [], services: [] });
  });
});
