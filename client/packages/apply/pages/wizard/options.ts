/** Choices shown by the wizard, in plain words with examples (DESIGN §12). */
import {
  NEED_TIER_HINTS,
  NEED_TIER_LABELS,
  TARGET_GROUP_HINTS,
  TARGET_GROUP_LABELS,
  type TargetGroup,
} from '@shared/domain/assistance';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  CONSENT_METHODS,
  RELATIONSHIPS,
  RELATIONSHIP_LABELS,
  URGENCY_LABELS,
  type Category,
  type Channel,
  type Urgency,
} from '@shared/domain/categories';
import type { ChoiceOption } from '@/components/FormChoice';
import type { NeedTierChoice } from '@/services/draft';

type ConsentMethod = (typeof CONSENT_METHODS)[number];
type Relationship = (typeof RELATIONSHIPS)[number];

export const WHO_OPTIONS: ChoiceOption<Channel>[] = [
  { value: 'self', label: '为我自己申请', hint: '我本人遇到了困难' },
  { value: 'proxy', label: '为家人申请', hint: '替父母、子女、配偶等家人申请，需要本人同意' },
  { value: 'referral', label: '帮邻居反映', hint: '看到邻居或身边的人有困难，告诉我们，工作人员会去了解' },
];

export const RELATIONSHIP_OPTIONS: ChoiceOption<Relationship>[] = RELATIONSHIPS.map((r) => ({
  value: r,
  label: RELATIONSHIP_LABELS[r],
}));

const CONSENT_METHOD_LABELS: { [M in ConsentMethod]: ChoiceOption<M> } = {
  subject_present: { value: 'subject_present', label: '本人就在身边', hint: '本人同意由我来填写' },
  in_person: { value: 'in_person', label: '当面问过本人', hint: '本人当面说同意' },
  phone: { value: 'phone', label: '打电话问过本人', hint: '本人在电话里说同意' },
  written: { value: 'written', label: '本人写了委托书', hint: '有签字的委托书' },
};
export const CONSENT_METHOD_OPTIONS: ChoiceOption<ConsentMethod>[] = CONSENT_METHODS.map(
  (m) => CONSENT_METHOD_LABELS[m],
);

const TIER_EXAMPLES = {
  survival: '比如：家里没有收入、交不起房租、看病的钱不够',
  care: '比如：独居老人没人照顾、孩子放学没人管、残疾家人需要陪护',
  development: '比如：想找份工作、想学门手艺、孩子上学缺学费',
} as const;

export const TIER_OPTIONS: ChoiceOption<NeedTierChoice>[] = [
  ...(['survival', 'care', 'development'] as const).map((tier) => ({
    value: tier,
    label: `${NEED_TIER_LABELS[tier]}：${NEED_TIER_HINTS[tier]}`,
    hint: TIER_EXAMPLES[tier],
  })),
  { value: 'unsure', label: '不确定', hint: '说不清楚也没关系，工作人员会帮您判断' },
];

export const CATEGORY_OPTIONS: ChoiceOption<Category>[] = CATEGORIES.map((c) => ({
  value: c,
  label: CATEGORY_LABELS[c],
}));

export const URGENCY_OPTIONS: ChoiceOption<Urgency>[] = [
  { value: 'normal', label: URGENCY_LABELS.normal, hint: '这几天内有人联系我就可以' },
  { value: 'urgent', label: URGENCY_LABELS.urgent, hint: '希望尽快有人联系' },
  { value: 'emergency', label: URGENCY_LABELS.emergency, hint: '突发事故、没饭吃、没地方住、生病没人管' },
];

/** "最低生活保障（低保）": the term explained on first use. */
export function targetGroupText(group: TargetGroup | ''): string | null {
  if (group === '') return null;
  return `${TARGET_GROUP_LABELS[group]}(${TARGET_GROUP_HINTS[group]})`;
}

export const labelOf = (options: readonly ChoiceOption[], value: string): string =>
  options.find((o) => o.value === value)?.label ?? '';
