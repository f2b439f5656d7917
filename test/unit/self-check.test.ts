import {
  bandOrder,
  evaluateCondition,
  evaluateRule,
  SELF_CHECK_QUESTIONS,
  type SelfCheckBand,
  type Standard,
} from '../../shared/domain/self-check';
import {
  ZEligibilityRule,
  ZRuleCondition,
  ZSelfCheckAnswers,
  type TSelfCheckAnswers,
} from '../../shared/schemas/content';

const standards = new Map<string, Standard>([
  ['dibao_monthly', { key: 'dibao_monthly', value: 1240, unit: '元/月', isSample: true }],
]);
const income = {
  field: 'monthlyIncomePerPerson',
  op: 'lt',
  standard: 'dibao_monthly',
  reason: '家庭人均月收入低于本区低保标准',
} as const;
const rule = (r: unknown) => ZEligibilityRule.parse(r);

describe('evaluateCondition', () => {
  it('compares answers with literals and stored standards (times a factor)', () => {
    const c = ZEligibilityRule.parse({ conditions: [income] }).conditions[0]!;
    expect(evaluateCondition(c, { monthlyIncomePerPerson: 1239 }, standards)).toBe('met');
    expect(evaluateCondition(c, { monthlyIncomePerPerson: 1240 }, standards)).toBe('unmet');
    expect(evaluateCondition(c, {}, standards)).toBe('unknown');
    expect(evaluateCondition({ ...c, factor: 2 }, { monthlyIncomePerPerson: 2000 }, standards)).toBe('met');
    expect(evaluateCondition({ ...c, standard: 'missing' }, { monthlyIncomePerPerson: 1 }, standards)).toBe('unknown');
    expect(
      evaluateCondition({ field: 'age', op: 'gte', value: 60, required: true, reason: 'x' }, { age: 60 }, standards),
    ).toBe('met');
    expect(
      evaluateCondition(
        { field: 'livesAlone', op: 'isFalse', required: true, reason: 'x' },
        { livesAlone: false },
        standards,
      ),
    ).toBe('met');
    expect(
      evaluateCondition(
        { field: 'householdSize', op: 'eq', value: 1, required: true, reason: 'x' },
        { householdSize: 2 },
        standards,
      ),
    ).toBe('unmet');
  });
});

describe('evaluateRule', () => {
  const dibao = rule({
    conditions: [income, { field: 'assetsBelowLimit', op: 'isTrue', required: false, reason: '家庭财产在规定范围内' }],
  });

  it('likely when every required condition holds, with the threshold in the reason', () => {
    expect(evaluateRule(dibao, { householdSize: 3, monthlyIncomePerPerson: 1000 }, standards)).toEqual({
      band: 'likely',
      reasons: [{ kind: 'met', text: '家庭人均月收入低于本区低保标准（每月1240元，示例值）' }],
    });
  });

  it('possibly when a required answer is missing, even if an optional one holds', () => {
    const e = evaluateRule(dibao, { assetsBelowLimit: true }, standards);
    expect(e.band).toBe('possibly');
    expect(e.reasons.map((r) => r.kind)).toEqual(['met', 'unknown']);
  });

  it('unlikely when a required condition fails, whatever else is missing', () => {
    const e = evaluateRule(
      rule({ conditions: [income, { field: 'age', op: 'gte', value: 60, reason: '年满60岁' }] }),
      { monthlyIncomePerPerson: 5000 },
      standards,
    );
    expect(e.band).toBe('unlikely');
    expect(e.reasons[0]!.text).toBe('不符合：家庭人均月收入低于本区低保标准（每月1240元，示例值）');
  });

  it('needs one member of each anyOf group', () => {
    const r = rule({
      anyOf: [
        [
          { field: 'age', op: 'gte', value: 60, reason: '年满60岁' },
          { field: 'hasDisability', op: 'isTrue', reason: '家中有残疾人' },
        ],
      ],
    });
    expect(evaluateRule(r, { age: 70 }, standards).band).toBe('likely');
    expect(evaluateRule(r, { age: 30 }, standards).band).toBe('possibly');
    expect(evaluateRule(r, { age: 30, hasDisability: false }, standards).band).toBe('unlikely');
  });

  it('a rule of optional conditions only is likely when one holds, else possibly', () => {
    const r = rule({
      conditions: [{ field: 'suddenEmergency', op: 'isTrue', required: false, reason: '遇到突发困难' }],
    });
    expect(evaluateRule(r, { suddenEmergency: true }, standards).band).toBe('likely');
    expect(evaluateRule(r, {}, standards).band).toBe('possibly');
    expect(evaluateRule(rule({}), {}, standards).band).toBe('possibly');
  });

  it('shows non-sample thresholds without the sample mark', () => {
    const real = new Map([['dibao_monthly', { key: 'dibao_monthly', value: 1240, unit: '元/月', isSample: false }]]);
    expect(evaluateRule(dibao, { monthlyIncomePerPerson: 1 }, real).reasons[0]!.text).toBe(
      '家庭人均月收入低于本区低保标准（每月1240元）',
    );
  });
});

describe('evaluateCondition at the boundaries', () => {
  const age = (op: string) => ZRuleCondition.parse({ field: 'age', op, value: 60, reason: '年龄' });
  it.each([
    ['lt', 59, 'met'],
    ['lt', 60, 'unmet'],
    ['lte', 60, 'met'],
    ['lte', 61, 'unmet'],
    ['gt', 60, 'unmet'],
    ['gt', 61, 'met'],
    ['gte', 59, 'unmet'],
    ['gte', 60, 'met'],
    ['eq', 60, 'met'],
    ['eq', 59, 'unmet'],
  ])('age %s 60 with %i → %s', (op, answer, outcome) => {
    expect(evaluateCondition(age(op), { age: answer }, standards)).toBe(outcome);
  });

  it.each([
    ['isTrue', true, 'met'],
    ['isTrue', false, 'unmet'],
    ['isFalse', false, 'met'],
    ['isFalse', true, 'unmet'],
    ['isTrue', undefined, 'unknown'],
    ['isFalse', undefined, 'unknown'],
  ])('livesAlone %s with %s → %s', (op, answer, outcome) => {
    const c = ZRuleCondition.parse({ field: 'livesAlone', op, reason: '独自生活' });
    expect(evaluateCondition(c, answer === undefined ? {} : { livesAlone: answer }, standards)).toBe(outcome);
  });

  it.each([
    [1.5, 1859.99, 'met'],
    [1.5, 1860, 'unmet'],
    [0.5, 619, 'met'],
    [0.5, 620, 'unmet'],
  ])('income below the standard × %s: %s → %s', (factor, answer, outcome) => {
    expect(
      evaluateCondition({ ...ZRuleCondition.parse(income), factor }, { monthlyIncomePerPerson: answer }, standards),
    ).toBe(outcome);
  });

  it('treats 0 and false as answers, not as missing', () => {
    expect(
      evaluateCondition(
        ZRuleCondition.parse({ field: 'studentsInSchool', op: 'eq', value: 0, reason: '没有上学的孩子' }),
        { studentsInSchool: 0 },
        standards,
      ),
    ).toBe('met');
    expect(
      evaluateCondition(
        ZRuleCondition.parse({ field: 'monthlyIncomePerPerson', op: 'lt', standard: 'dibao_monthly', reason: '收入' }),
        { monthlyIncomePerPerson: 0 },
        standards,
      ),
    ).toBe('met');
  });
});

describe('evaluateRule: bands', () => {
  const old = { field: 'age', op: 'gte', value: 60, reason: '年满60岁' };
  const alone = { field: 'livesAlone', op: 'isTrue', reason: '独自生活' };
  const disabled = { field: 'hasDisability', op: 'isTrue', reason: '家中有残疾人' };
  const emergency = { field: 'suddenEmergency', op: 'isTrue', required: false, reason: '遇到突发困难' };
  const r = rule({ conditions: [income, emergency], anyOf: [[old, disabled], [alone]] });

  it.each<[string, SelfCheckBand, TSelfCheckAnswers]>([
    ['everything holds', 'likely', { monthlyIncomePerPerson: 800, age: 70, livesAlone: true }],
    [
      'one group member fails, the other holds',
      'likely',
      { monthlyIncomePerPerson: 800, age: 40, hasDisability: true, livesAlone: true },
    ],
    [
      'a group member is unknown, the other holds',
      'likely',
      { monthlyIncomePerPerson: 800, hasDisability: true, livesAlone: true },
    ],
    [
      'a group has one member failing and one unknown',
      'possibly',
      { monthlyIncomePerPerson: 800, age: 40, livesAlone: true },
    ],
    ['a required answer is missing', 'possibly', { age: 70, livesAlone: true }],
    [
      'a required condition fails although all else holds',
      'unlikely',
      { monthlyIncomePerPerson: 5000, age: 70, livesAlone: true, suddenEmergency: true },
    ],
    ['a whole group fails, even with the rest unknown', 'unlikely', { age: 40, hasDisability: false }],
    [
      'an optional condition failing changes nothing',
      'likely',
      { monthlyIncomePerPerson: 800, age: 70, livesAlone: true, suddenEmergency: false },
    ],
    ['nothing answered', 'possibly', {}],
  ])('%s → %s', (_what, band, answers) => {
    expect(evaluateRule(r, answers, standards).band).toBe(band);
  });

  it('lists what held, then what failed, then what is unknown, and never a failed optional condition', () => {
    const e = evaluateRule(
      r,
      { monthlyIncomePerPerson: 800, age: 40, livesAlone: false, suddenEmergency: false },
      standards,
    );
    expect(e.band).toBe('unlikely');
    expect(e.reasons).toEqual([
      { kind: 'met', text: '家庭人均月收入低于本区低保标准（每月1240元，示例值）' },
      { kind: 'unmet', text: '不符合：独自生活' },
      { kind: 'unknown', text: '还需要了解是否有残疾人证：家中有残疾人' },
    ]);
  });

  it('names the scaled threshold and other units plainly', () => {
    const withUnits = new Map<string, Standard>([
      ...standards,
      ['old_age', { key: 'old_age', value: 60, unit: '岁', isSample: false }],
    ]);
    const scaled = rule({
      conditions: [
        { ...income, factor: 1.5 },
        { field: 'age', op: 'gte', standard: 'old_age', reason: '达到老年年龄' },
      ],
    });
    expect(
      evaluateRule(scaled, { monthlyIncomePerPerson: 1000, age: 61 }, withUnits).reasons.map((x) => x.text),
    ).toEqual(['家庭人均月收入低于本区低保标准（每月1860元，示例值）', '达到老年年龄（60岁）']);
  });

  it('orders bands likely → possibly → unlikely', () => {
    expect((['unlikely', 'likely', 'possibly'] as SelfCheckBand[]).sort((a, b) => bandOrder(a) - bandOrder(b))).toEqual(
      ['likely', 'possibly', 'unlikely'],
    );
  });
});

describe('SELF_CHECK_QUESTIONS', () => {
  it('asks about every answer field, in Chinese', () => {
    expect(SELF_CHECK_QUESTIONS.map((q) => q.field).sort()).toEqual(Object.keys(ZSelfCheckAnswers.shape).sort());
    for (const q of SELF_CHECK_QUESTIONS) expect(q.label).toMatch(/[\u4e00-\u9fa5]/);
  });
});
