/**
 * Everyday questions against the seeded policy and service lists (issue 11 point 7): OR semantics over query
 * terms, synonyms, stop phrases, ranking by coverage with an exact title term first.
 */
import { ZPolicyPage } from '../../shared/schemas/policies';
import { ZServiceList } from '../../shared/schemas/services';
import { post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();

const policies = async (q: string) => {
  const res = await post(t, 'policies.list', { q, limit: 10 });
  expect(res.status).toBe(200);
  return ZPolicyPage.parse(res.body.data).items.map((i) => i.slug);
};
const services = async (q: string) => {
  const res = await post(t, 'services.list', { q, limit: 10 });
  expect(res.status).toBe(200);
  return ZServiceList.parse(res.body.data).items.map((i) => i.slug);
};

/** [query, expected top policy (null: no policy is about it), expected top service] */
const CASES: [string, string | null, string][] = [
  ['低保', 'minimum-living-allowance', 'dibao-application-intake'],
  ['低保怎么申请', 'minimum-living-allowance', 'dibao-application-intake'],
  ['最低生活保障', 'minimum-living-allowance', 'dibao-application-intake'],
  ['低边', 'low-income-marginal-family', 'dibian-recognition-intake'],
  ['住房补贴', 'rental-housing-subsidy', 'rental-subsidy-intake'],
  ['租房', 'public-rental-housing', 'public-rental-queue'],
  ['公租房怎么申请', 'public-rental-housing', 'public-rental-queue'],
  ['看病', 'high-medical-cost-family-assistance', 'medical-assistance-one-stop'],
  ['看病报销', 'medical-assistance', 'medical-assistance-one-stop'],
  ['我想找工作', 'employment-assistance', 'employment-one-to-one'],
  ['上学', 'student-financial-aid', 'student-aid-guidance'],
  ['孩子上学没钱', 'student-financial-aid', 'student-aid-guidance'],
  ['残疾人补贴', 'disability-two-subsidies', 'disability-subsidy-intake'],
  ['老人吃饭', null, 'cuiyuan-meal-assistance'],
  ['家里着火了怎么办', 'urgent-hardship-first-aid', 'temporary-assistance-fast-track'],
  ['打官司', 'legal-aid', 'legal-aid-application'],
  ['轮椅', 'disability-assistive-devices', 'assistive-device-fitting'],
  ['老人体检', 'elderly-free-health-checkup', 'elderly-annual-checkup'],
  ['台风受灾', 'natural-disaster-relief', 'disaster-relief-supplies'],
  ['零活', 'gig-work-market', 'gig-market-job-matching'],
];

describe('everyday questions find the right policy and service first', () => {
  it.each(CASES)('%s', async (q, policy, service) => {
    if (policy) expect((await policies(q))[0]).toBe(policy);
    expect((await services(q))[0]).toBe(service);
  });
});

describe('ranking', () => {
  it('ranks 最低生活保障 above 低保边缘 for 低保, and the other way round for 低边', async () => {
    const dibao = await policies('低保');
    expect(dibao.indexOf('minimum-living-allowance')).toBeLessThan(dibao.indexOf('low-income-marginal-family'));
    const dibian = await policies('低边');
    expect(dibian[0]).toBe('low-income-marginal-family');
    expect(dibian.indexOf('minimum-living-allowance')).not.toBe(0);
  });

  it('matches any term (OR) and puts the policy covering more of the query first', async () => {
    const found = await policies('住房补贴');
    // 补贴 alone, 住房 alone and both are all found; both first
    expect(found).toEqual(expect.arrayContaining(['rental-housing-subsidy', 'public-rental-housing']));
    expect(found).toContain('disability-two-subsidies');
    expect(found[0]).toBe('rental-housing-subsidy');
  });

  it('treats stop phrases as nothing to search for, and a question as its subject', async () => {
    expect(await policies('怎么申请')).toEqual([]);
    expect(await services('我想问一下怎么办理')).toEqual([]);
    expect(await policies('低保怎么申请')).toEqual(await policies('低保'));
  });
});
