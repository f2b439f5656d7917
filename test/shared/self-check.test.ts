import { evaluateCondition, evaluateRule, SELF_CHECK_QUESTIONS, type Standard } from '../../shared/domain/self-check';
import { ZEligibilityRule, ZSelfCheckAnswers } from '../../shared/schemas/content';

const standards = new Map<string, Standard>([['dibao_monthly', { key: 'dibao_monthly', value: 1240, unit: '元/月', isSample: true }]]);
const income = { field: 'monthlyIncomePerPerson', op: 'lt', standard: 'dibao_monthly', reason: '家庭人均月收入低于本区低保标准' } as const;
const rule = (r: unknown) => ZEligibilityRule.parse(r);

describe('evaluateCondition', () => {
  it('compares answers with literals and stored standards (times a factor)', () => {
    const c = ZEligibilityRule.parse({ conditions: [income] }).conditions[0]!;
    expect(evaluateCondition(c, { monthlyIncomePerPerson: 1239 }, standards)).toBe('met');
    expect(evaluateCondition(c, { monthlyIncomePerPerson: 1240 }, standards)).toBe('unmet');
    expect(evaluateCondition(c, {}, standards)).toBe('unknown');
    expect(evaluateCondition({ ...c, factor: 2 }, { monthlyIncomePerPerson: 2000 }, standards)).toBe('met');
    expect(evaluateCondition({ ...c, standard: 'missing' }, { monthlyIncomePerPerson: 1 }, standards)).toBe('unknown');
    expect(evaluateCondition({ field: 'age', op: 'gte', value: 60, required: true, reason: 'x' }, { age: 60 }, standards)).toBe('met');
    expect(evaluateCondition({ field: 'livesAlone', op: 'isFalse', required: true, reason: 'x' }, { livesAlone: false }, standards)).toBe('met');
    expect(evaluateCondition({ field: 'householdSize', op: 'eq', value: 1, required: true, reason: 'x' }, { householdSize: 2 }, standards)).toBe('unmet');
  });
});

describe('evaluateRule', () => {
  const dibao = rule({ conditions: [income, { field: 'assetsBelowLimit', op: 'isTrue', required: false, reason: '家庭财产在规定范围内' }] });

  it('likely when every required condition holds, with the threshold in the reason', () => {
    expect(evaluateRule(dibao, { householdSize: 3, monthlyIncomePerPerson: 1000 }, standards)).toEqual({
      band: 'likely',
      reasons: [{ kind: 'met', text: '家庭人均月收入低于本区低保标准(每月1240元,示例值)' }],
    });
  });

  it('possibly when a required answer is missing, even if an optional one holds', () => {
    const e = evaluateRule(dibao, { assetsBelowLimit: true }, standards);
    expect(e.band).toBe('possibly');
    expect(e.reasons.map((r) => r.kind)).toEqual(['met', 'unknown']);
  });

  it('unlikely when a required condition fails, whatever else is missing', () => {
    const e = evaluateRule(rule({ conditions: [income, { field: 'age', op: 'gte', value: 60, reason: '年满60岁' }] }), { monthlyIncomePerPerson: 5000 }, standards);
    expect(e.band).toBe('unlikely');
    expect(e.reasons[0]!.text).toBe('不符合:家庭人均月收入低于本区低保标准(每月1240元,示例值)');
  });

  it('needs one member of each anyOf group', () => {
    const r = rule({ anyOf: [[{ field: 'age', op: 'gte', value: 60, reason: '年满60岁' }, { field: 'hasDisability', op: 'isTrue', reason: '家中有残疾人' }]] });
    expect(evaluateRule(r, { age: 70 }, standards).band).toBe('likely');
    expect(evaluateRule(r, { age: 30 }, standards).band).toBe('possibly');
    expect(evaluateRule(r, { age: 30, hasDisability: false }, standards).band).toBe('unlikely');
  });

  it('a rule of optional conditions only is likely when one holds, else possibly', () => {
    const r = rule({ conditions: [{ field: 'suddenEmergency', op: 'isTrue', required: false, reason: '遇到突发困难' }] });
    expect(evaluateRule(r, { suddenEmergency: true }, standards).band).toBe('likely');
    expect(evaluateRule(r, {}, standards).band).toBe('possibly');
    expect(evaluateRule(rule({}), {}, standards).band).toBe('possibly');
  });

  it('shows non-sample thresholds without the sample mark', () => {
    const real = new Map([['dibao_monthly', { key: 'dibao_monthly', value: 1240, unit: '元/月', isSample: false }]]);
    expect(evaluateRule(dibao, { monthlyIncomePerPerson: 1 }, real).reasons[0]!.text).toBe('家庭人均月收入低于本区低保标准(每月1240元)');
  });
});

describe('SELF_CHECK_QUESTIONS', () => {
  it('asks about every answer field, in Chinese', () => {
    expect(SELF_CHECK_QUESTIONS.map((q) => q.field).sort()).toEqual(Object.keys(ZSelfCheckAnswers.shape).sort());
    for (const q of SELF_CHECK_QUESTIONS) expect(q.label).toMatch(/[\u4e00-\u9fa5]/);
  });
});
