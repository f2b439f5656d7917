/**
 * A policy's self-check rule (ZEligibilityRule) as a form: each condition is "what is asked, how it compares, to a
 * number or a stored standard, required or supporting, and the reason shown". Checked with the same limits as the
 * schema, with a Chinese message on the field; server paths ("rule.conditions.0.reason") land on the same fields.
 */
import { SELF_CHECK_QUESTIONS, type QuestionType } from '@shared/domain/self-check';
import {
  ZEligibilityRule,
  type SelfCheckField,
  type TEligibilityRule,
  type TRuleCondition,
} from '@shared/schemas/content';
import { errorsFromIssues } from '@/components/StaffForm';

export type Op = TRuleCondition['op'];
export type ConditionForm = {
  field: SelfCheckField | '';
  op: Op | '';
  /** Compared with a typed number, or with a stored standard (times a factor). */
  target: 'value' | 'standard';
  value: string;
  standard: string;
  factor: string;
  required: boolean;
  reason: string;
};
export type RuleForm = { conditions: ConditionForm[]; anyOf: ConditionForm[][] };
export type RuleErrors = Record<string, string>;

export const RULE_LIMITS = { conditions: 12, groups: 4, perGroup: 8, reason: 80 } as const;

/** How an answer is compared, by the kind of question. */
export const OPS_BY_TYPE: Record<QuestionType, { value: Op; label: string }[]> = {
  integer: [
    { value: 'lt', label: '小于' },
    { value: 'lte', label: '不超过' },
    { value: 'gt', label: '大于' },
    { value: 'gte', label: '不少于' },
    { value: 'eq', label: '等于' },
  ],
  money: [
    { value: 'lt', label: '低于' },
    { value: 'lte', label: '不高于' },
    { value: 'gt', label: '高于' },
    { value: 'gte', label: '不低于' },
  ],
  boolean: [
    { value: 'isTrue', label: '回答“是”' },
    { value: 'isFalse', label: '回答“否”' },
  ],
  choice: [{ value: 'eq', label: '是' }],
};

export const MESSAGES = {
  field: '请选择问的是哪一项',
  op: '请选择怎么比较',
  value: '请填一个数字',
  choice: '请选择',
  standard: '请选择一项标准',
  factor: '倍数要是大于 0 的数字，不填就是 1 倍',
  reason: `请填写理由，不超过 ${RULE_LIMITS.reason} 个字`,
} as const;

export const typeOf = (field: SelfCheckField | ''): QuestionType | null =>
  SELF_CHECK_QUESTIONS.find((q) => q.field === field)?.type ?? null;

export const emptyCondition = (required = true): ConditionForm => ({
  field: '',
  op: '',
  target: 'value',
  value: '',
  standard: '',
  factor: '',
  required,
  reason: '',
});

function toCondition(c: TRuleCondition): ConditionForm {
  return {
    field: c.field,
    op: c.op,
    target: c.standard ? 'standard' : 'value',
    value: c.value === undefined || typeof c.value === 'boolean' ? '' : String(c.value),
    standard: c.standard ?? '',
    factor: c.factor === undefined ? '' : String(c.factor),
    required: c.required,
    reason: c.reason,
  };
}

export function toRuleForm(rule: TEligibilityRule | null | undefined): RuleForm {
  return {
    conditions: (rule?.conditions ?? []).map(toCondition),
    anyOf: (rule?.anyOf ?? []).map((g) => g.map(toCondition)),
  };
}

const NUMBER = /^\d+(\.\d+)?$/;

/** One condition, or its field errors under `path` ("conditions.0"). */
function fromCondition(f: ConditionForm, path: string, errors: RuleErrors): Record<string, unknown> {
  const type = typeOf(f.field);
  if (!type) errors[`${path}.field`] = MESSAGES.field;
  const ops = type ? OPS_BY_TYPE[type].map((o) => o.value) : [];
  if (type && !ops.includes(f.op as Op)) errors[`${path}.op`] = MESSAGES.op;
  const reason = f.reason.trim();
  if (!reason || reason.length > RULE_LIMITS.reason) errors[`${path}.reason`] = MESSAGES.reason;
  const out: Record<string, unknown> = { field: f.field, op: f.op, required: f.required, reason };
  if (type === 'choice') {
    if (!f.value) errors[`${path}.value`] = MESSAGES.choice;
    out.value = f.value;
  } else if (type === 'integer' || type === 'money') {
    if (f.target === 'standard') {
      if (!/^[a-z_]+$/.test(f.standard)) errors[`${path}.standard`] = MESSAGES.standard;
      out.standard = f.standard;
      const factor = f.factor.trim();
      if (factor) {
        if (!NUMBER.test(factor) || Number(factor) <= 0) errors[`${path}.factor`] = MESSAGES.factor;
        out.factor = Number(factor);
      }
    } else {
      if (!NUMBER.test(f.value.trim())) errors[`${path}.value`] = MESSAGES.value;
      out.value = Number(f.value.trim());
    }
  }
  return out;
}

/** The form as a rule, or what is wrong with each field (nothing is sent while anything is). */
export function fromRuleForm(form: RuleForm): { ok: true; rule: TEligibilityRule } | { ok: false; errors: RuleErrors } {
  const errors: RuleErrors = {};
  const conditions = form.conditions.map((c, i) => fromCondition(c, `conditions.${i}`, errors));
  const anyOf = form.anyOf.map((g, gi) => g.map((c, i) => fromCondition(c, `anyOf.${gi}.${i}`, errors)));
  if (Object.keys(errors).length) return { ok: false, errors };
  // the schema the server applies: a limit it has is caught here too
  const checked = ZEligibilityRule.safeParse({ conditions, anyOf });
  return checked.success
    ? { ok: true, rule: checked.data }
    : { ok: false, errors: errorsFromIssues(checked.error.issues) };
}

/** Server field errors ("rule.conditions.0.reason") on the form's paths. */
export function ruleErrorsFrom(details: readonly { field: string; message: string }[]): RuleErrors {
  const errors: RuleErrors = {};
  for (const d of details) {
    const key = d.field.replace(/^rule\./, '');
    errors[key] ??= d.message;
  }
  return errors;
}
