/**
 * The eligibility self-check (我能申请什么): the questionnaire and the pure rule evaluator, so the client
 * and the server band a household identically. Thresholds come from stored standards, passed in.
 */
import type { SelfCheckField, TEligibilityRule, TRuleCondition, TSelfCheckAnswers } from '../schemas/content';

export const SELF_CHECK_BANDS = ['likely', 'possibly', 'unlikely'] as const;
export type SelfCheckBand = (typeof SELF_CHECK_BANDS)[number];
export const SELF_CHECK_BAND_LABELS: Record<SelfCheckBand, string> = {
  likely: '很可能符合',
  possibly: '可能符合',
  unlikely: '暂不符合',
};

export type QuestionType = 'integer' | 'money' | 'boolean' | 'choice';
export type SelfCheckQuestion = {
  field: SelfCheckField;
  label: string;
  help: string;
  type: QuestionType;
  unit?: string;
  min?: number;
  max?: number;
  /** For 'choice': the values and how they read. */
  options?: { value: string; label: string }[];
};

/**
 * Short, plain questions; every one may be skipped ("不清楚"). Only those whose answer can still change a result are
 * asked (`questionsThatMatter` in matching/questions.ts): sex only while a programme depends on it, living alone
 * only when the household size does not already tell, the disability grade only for certificate holders.
 */
export const SELF_CHECK_QUESTIONS: SelfCheckQuestion[] = [
  {
    field: 'livesInDistrict',
    label: '您家住在西湖区吗？',
    help: '户口在西湖区，或者办了西湖区的居住证',
    type: 'boolean',
  },
  {
    field: 'householdSize',
    label: '家里一共几口人？',
    help: '一起生活、户口在一起的家人，包括您自己',
    type: 'integer',
    unit: '人',
    min: 1,
    max: 20,
  },
  {
    field: 'monthlyIncomePerPerson',
    label: '家里平均每人每月收入多少钱？',
    help: '全家每月收入加起来，再除以人数。例如 3 口人共 3000 元，就填 1000',
    type: 'money',
    unit: '元',
    min: 0,
    max: 1_000_000,
  },
  {
    field: 'assetsBelowLimit',
    label: '家里存款和财产不多吗？',
    help: '没有第二套房、没有车、存款不多，选“是”',
    type: 'boolean',
  },
  {
    field: 'hasDisability',
    label: '需要帮助的人有残疾人证吗？',
    help: '办过残疾人证（第二代残疾人证）的选“是”',
    type: 'boolean',
  },
  {
    field: 'disabilityGrade',
    label: '残疾人证上写的是几级？',
    help: '一级最重，四级最轻。填 1 到 4 的数字',
    type: 'integer',
    unit: '级',
    min: 1,
    max: 4,
  },
  {
    field: 'age',
    label: '需要帮助的人多大年纪？',
    help: '填周岁，例如 68',
    type: 'integer',
    unit: '岁',
    min: 0,
    max: 130,
  },
  {
    field: 'sex',
    label: '需要帮助的人是男性还是女性？',
    help: '有的帮扶项目只面向妇女',
    type: 'choice',
    options: [
      { value: 'female', label: '女性' },
      { value: 'male', label: '男性' },
    ],
  },
  { field: 'livesAlone', label: '是一个人独自生活吗？', help: '身边没有家人一起住', type: 'boolean' },
  { field: 'heavyMedicalCosts', label: '最近看病花钱很多吗？', help: '自己付的医药费让生活很吃力', type: 'boolean' },
  {
    field: 'studentsInSchool',
    label: '家里有几个孩子在上学？',
    help: '从小学到大学都算，没有就填 0',
    type: 'integer',
    unit: '人',
    min: 0,
    max: 10,
  },
  { field: 'unemployed', label: '家里有人失业、想找工作吗？', help: '能干活但现在没有工作', type: 'boolean' },
  { field: 'suddenEmergency', label: '最近遇到突发困难了吗？', help: '例如火灾、车祸、突发重病', type: 'boolean' },
];

/** What each answer is about, in plain words (rule reasons, the admin rule editor). */
export const FIELD_LABEL: Record<SelfCheckField, string> = {
  householdSize: '家庭人口',
  monthlyIncomePerPerson: '家庭人均月收入',
  assetsBelowLimit: '家庭财产情况',
  hasDisability: '是否有残疾人证',
  disabilityGrade: '残疾等级',
  sex: '性别',
  livesInDistrict: '是否住在西湖区',
  age: '年龄',
  livesAlone: '是否独自生活',
  heavyMedicalCosts: '看病花费',
  studentsInSchool: '上学的孩子',
  unemployed: '是否失业',
  suddenEmergency: '是否遇到突发困难',
};

export type Standard = { key: string; value: number; unit: string; isSample: boolean };
export type ReasonKind = 'met' | 'unmet' | 'unknown';
export type Reason = { kind: ReasonKind; text: string };
export type Evaluation = { band: SelfCheckBand; reasons: Reason[] };

type Outcome = 'met' | 'unmet' | 'unknown';

/** Formats a threshold for residents, e.g. "每月1240元，示例值". */
function describeThreshold(c: TRuleCondition, standards: ReadonlyMap<string, Standard>): string {
  if (!c.standard) return '';
  const s = standards.get(c.standard);
  if (!s) return '';
  const value = Math.round(s.value * (c.factor ?? 1) * 100) / 100;
  const text = s.unit.startsWith('元/月') ? `每月${value}元` : `${value}${s.unit}`;
  return `（${text}${s.isSample ? '，示例值' : ''}）`;
}

type Value = number | boolean | string;

function compare(op: TRuleCondition['op'], answer: Value, target: Value | undefined): boolean {
  if (op === 'isTrue') return answer === true;
  if (op === 'isFalse') return answer === false;
  if (op === 'eq') return answer === target;
  if (typeof answer !== 'number' || typeof target !== 'number') return false;
  return op === 'lt'
    ? answer < target
    : op === 'lte'
      ? answer <= target
      : op === 'gt'
        ? answer > target
        : answer >= target;
}

/** One condition against the answers: unknown when the answer (or the named standard) is missing. */
export function evaluateCondition(
  c: TRuleCondition,
  answers: TSelfCheckAnswers,
  standards: ReadonlyMap<string, Standard>,
): Outcome {
  const answer = answers[c.field];
  if (answer === undefined) return 'unknown';
  let target = c.value;
  if (c.standard) {
    const s = standards.get(c.standard);
    if (!s) return 'unknown';
    target = s.value * (c.factor ?? 1);
  }
  return compare(c.op, answer, target) ? 'met' : 'unmet';
}

function reasonOf(c: TRuleCondition, outcome: Outcome, standards: ReadonlyMap<string, Standard>): Reason {
  const text = c.reason + describeThreshold(c, standards);
  if (outcome === 'met') return { kind: 'met', text };
  if (outcome === 'unmet') return { kind: 'unmet', text: `不符合：${text}` };
  return { kind: 'unknown', text: `还需要了解${FIELD_LABEL[c.field]}：${text}` };
}

/**
 * Bands a household against one policy rule.
 * - a required condition that fails, or an anyOf group whose members all fail → unlikely;
 * - otherwise a required condition (or a whole anyOf group) that cannot be decided for lack of an answer → possibly;
 * - otherwise all required conditions hold and each anyOf group has one member holding → likely;
 * - a rule with no required conditions or groups is "possibly" unless one of its optional conditions holds.
 * Reasons list what held first, then what failed, then what is still unknown.
 */
export function evaluateRule(
  rule: TEligibilityRule,
  answers: TSelfCheckAnswers,
  standards: ReadonlyMap<string, Standard>,
): Evaluation {
  const reasons: Reason[] = [];
  let failed = false;
  let unknown = false;
  let optionalMet = false;
  for (const c of rule.conditions) {
    const outcome = evaluateCondition(c, answers, standards);
    if (c.required === false) {
      if (outcome === 'met') {
        optionalMet = true;
        reasons.push(reasonOf(c, outcome, standards));
      }
      continue;
    }
    failed ||= outcome === 'unmet';
    unknown ||= outcome === 'unknown';
    reasons.push(reasonOf(c, outcome, standards));
  }
  for (const group of rule.anyOf) {
    const outcomes = group.map((c) => evaluateCondition(c, answers, standards));
    const hit = outcomes.indexOf('met');
    if (hit >= 0) reasons.push(reasonOf(group[hit]!, 'met', standards));
    else if (outcomes.includes('unknown')) {
      unknown = true;
      reasons.push(reasonOf(group[outcomes.indexOf('unknown')]!, 'unknown', standards));
    } else {
      failed = true;
      reasons.push(reasonOf(group[0]!, 'unmet', standards));
    }
  }
  const hasRequired = rule.conditions.some((c) => c.required !== false) || rule.anyOf.length > 0;
  const band: SelfCheckBand = failed
    ? 'unlikely'
    : unknown
      ? 'possibly'
      : hasRequired || optionalMet
        ? 'likely'
        : 'possibly';
  const order: Record<ReasonKind, number> = { met: 0, unmet: 1, unknown: 2 };
  return { band, reasons: reasons.sort((a, b) => order[a.kind] - order[b.kind]) };
}

/** likely → possibly → unlikely. */
export const bandOrder = (band: SelfCheckBand): number => SELF_CHECK_BANDS.indexOf(band);
