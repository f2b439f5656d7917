import { ZSelfCheckResult } from '../../shared/schemas/policies';
import { seedPolicies } from '../../server/src/db/seed/policies.seed';
import { FIXTURE_POLICIES, FIXTURE_STANDARDS } from './policies-fixtures';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();

beforeAll(async () => {
  await seedPolicies(t.deps.db, FIXTURE_POLICIES, FIXTURE_STANDARDS);
});

async function run(answers: Record<string, unknown>, includeUnlikely = false) {
  const res = await post(t, 'selfCheck.run', { answers, includeUnlikely });
  expect(res.status).toBe(200);
  return ZSelfCheckResult.parse(res.body.data);
}
const find = (r: Awaited<ReturnType<typeof run>>, slug: string) => r.matches.find((m) => m.policy.slug === slug);

describe('selfCheck.questions', () => {
  it('lists the short questionnaire in plain Chinese', async () => {
    const res = await post(t, 'selfCheck.questions');
    expect(res.status).toBe(200);
    const fields = res.body.data.questions.map((q: { field: string }) => q.field);
    expect(fields).toEqual(expect.arrayContaining(['householdSize', 'monthlyIncomePerPerson', 'suddenEmergency']));
    expect(res.body.data.questions[0].label).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('selfCheck.run', () => {
  it('bands a 3-person household with 1000 yuan per person as likely for 低保, with the reason and the sample standard', async () => {
    const r = await run({ householdSize: 3, monthlyIncomePerPerson: 1000 });
    const m = find(r, 'fx-dibao')!;
    expect(m.band).toBe('likely');
    expect(m.ruleVersion).toBe(1);
    expect(m.reasons[0]).toEqual({ kind: 'met', text: '家庭人均月收入低于本区低保标准（每月1240元，示例值）' });
    expect(m.apply).toEqual({
      needTier: 'survival',
      targetGroup: 'dibao',
      answers: { householdSize: 3, monthlyIncomePerPerson: 1000 },
    });
  });

  it('says "possibly" when the income is not given', async () => {
    const m = find(await run({ householdSize: 3 }), 'fx-dibao')!;
    expect(m.band).toBe('possibly');
    expect(m.reasons[0]!.kind).toBe('unknown');
    expect(m.reasons[0]!.text).toContain('还需要了解家庭人均月收入');
  });

  it('leaves out unlikely matches unless asked, and explains them', async () => {
    expect(find(await run({ monthlyIncomePerPerson: 5000 }), 'fx-dibao')).toBeUndefined();
    const m = find(await run({ monthlyIncomePerPerson: 5000 }, true), 'fx-dibao')!;
    expect(m.band).toBe('unlikely');
    expect(m.reasons[0]!.text).toBe('不符合：家庭人均月收入低于本区低保标准（每月1240元，示例值）');
  });

  it('sorts likely before possibly before unlikely', async () => {
    const r = await run({ monthlyIncomePerPerson: 1000, suddenEmergency: false }, true);
    const order = r.matches.map((m) => m.band);
    expect(
      [...order].sort(
        (a, b) => ['likely', 'possibly', 'unlikely'].indexOf(a) - ['likely', 'possibly', 'unlikely'].indexOf(b),
      ),
    ).toEqual(order);
    expect(find(r, 'fx-emergency')!.band).toBe('unlikely');
    expect(find(r, 'fx-elderly')!.band).toBe('possibly');
  });

  it('accepts one member of an anyOf group', async () => {
    const m = find(await run({ age: 30, hasDisability: true }), 'fx-elderly')!;
    expect(m.band).toBe('likely');
    expect(m.reasons).toEqual([{ kind: 'met', text: '家中有残疾人' }]);
  });

  it('shows a new rule version and its reason after admin.policies.setRule', async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    const rule = {
      conditions: [
        {
          field: 'monthlyIncomePerPerson',
          op: 'lte',
          standard: 'fx_dibao_monthly',
          factor: 1.5,
          reason: '家庭人均月收入不高于低保标准的1.5倍',
        },
      ],
    };
    const res = await post(t, 'admin.policies.setRule', { slug: 'fx-dibao', rule }, admin.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.data.ruleVersion).toBe(2);
    const m = find(await run({ monthlyIncomePerPerson: 1500 }), 'fx-dibao')!;
    expect(m).toMatchObject({ band: 'likely', ruleVersion: 2 });
    expect(m.reasons[0]!.text).toBe('家庭人均月收入不高于低保标准的1.5倍（每月1860元，示例值）');
    expect((await post(t, 'policies.get', { slug: 'fx-dibao' })).body.data.rule.version).toBe(2);
  });

  it('uses the stored standard, so an admin change of the standard is applied at once', async () => {
    const admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
    await post(
      t,
      'admin.standards.update',
      { key: 'fx_dibao_monthly', value: 1000, isSample: false },
      admin.accessToken,
    );
    const m = find(await run({ monthlyIncomePerPerson: 1400 }), 'fx-dibao')!;
    expect(m.reasons[0]!.text).toBe('家庭人均月收入不高于低保标准的1.5倍（每月1500元）');
  });

  it('refuses invalid answers naming the field, and needs no login', async () => {
    const cases: [unknown, string][] = [
      [{ answers: { age: -1 } }, 'answers.age'],
      [{ answers: { householdSize: 'three' } }, 'answers.householdSize'],
      [{ answers: { income: 1 } }, 'answers.income'],
      [{}, 'answers'],
    ];
    for (const [body, field] of cases) {
      const res = await post(t, 'selfCheck.run', body);
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe(field);
    }
  });
});
