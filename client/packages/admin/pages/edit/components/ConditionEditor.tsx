import { Text, View } from '@tarojs/components';
import { FIELD_LABEL, SELF_CHECK_QUESTIONS } from '@shared/domain/self-check';
import type { TStandard } from '@shared/schemas/policies';
import { Choice, Field } from '@/components/StaffForm';
import { tapProps } from '@/components/Tappable';
import { OPS_BY_TYPE, typeOf, type ConditionForm, type RuleErrors } from '@/packages/admin/lib/rule-form';

type Props = {
  /** Error path of this condition ("conditions.0", "anyOf.1.2"), also its field names. */
  path: string;
  title: string;
  value: ConditionForm;
  errors: RuleErrors;
  standards: TStandard[];
  onChange: (next: ConditionForm) => void;
  onRemove: () => void;
};

const FIELDS = SELF_CHECK_QUESTIONS.map((q) => ({ value: q.field, label: FIELD_LABEL[q.field] }));
const TARGETS = [
  { value: 'value', label: '一个数字' },
  { value: 'standard', label: '一项救助标准' },
] as const;
const REQUIRED = [
  { value: 'yes', label: '必须满足' },
  { value: 'no', label: '加分项' },
] as const;

/** One condition of a self-check rule, in words: what is asked, how it compares, to what, and the reason shown. */
export default function ConditionEditor({ path, title, value, errors, standards, onChange, onRemove }: Props) {
  const set = (patch: Partial<ConditionForm>) => onChange({ ...value, ...patch });
  const type = typeOf(value.field);
  const question = SELF_CHECK_QUESTIONS.find((q) => q.field === value.field);
  const name = path.replace(/\./g, '-');
  const err = (key: string) => errors[`${path}.${key}`];
  return (
    <View className='rule-condition'>
      <View className='rule-condition__head'>
        <Text className='rule-condition__title'>{title}</Text>
        <Text className='rule-condition__remove' {...tapProps(onRemove, { label: `删除${title}` })}>
          删除
        </Text>
      </View>
      <Choice
        label='问的是'
        options={FIELDS}
        value={value.field || undefined}
        onChange={(field) => set({ field, op: '', value: '', target: 'value', standard: '', factor: '' })}
        error={err('field')}
      />
      {type ? (
        <Choice
          label='怎么算符合'
          options={OPS_BY_TYPE[type]}
          value={value.op || undefined}
          onChange={(op) => set({ op })}
          error={err('op')}
        />
      ) : null}
      {type === 'choice' ? (
        <Choice
          label='哪一项'
          options={question?.options ?? []}
          value={value.value || undefined}
          onChange={(v) => set({ value: v })}
          error={err('value')}
        />
      ) : null}
      {type === 'integer' || type === 'money' ? (
        <>
          <Choice label='和什么比' options={TARGETS} value={value.target} onChange={(target) => set({ target })} />
          {value.target === 'standard' ? (
            <>
              <Choice
                label='哪项标准'
                stacked
                options={standards.map((s) => ({ value: s.key, label: `${s.label}（${s.value}${s.unit}）` }))}
                value={value.standard || undefined}
                onChange={(standard) => set({ standard })}
                error={err('standard')}
                hint={standards.length ? undefined : '还没有救助标准，请先在“救助标准”里填写'}
              />
              <Field
                name={`${name}-factor`}
                label='是标准的几倍（可不填，默认 1 倍）'
                type='digit'
                value={value.factor}
                error={err('factor')}
                onChange={(factor) => set({ factor })}
                placeholder='例如 1.5'
              />
            </>
          ) : (
            <Field
              name={`${name}-value`}
              label={question?.unit ? `数字（单位：${question.unit}）` : '数字'}
              type='digit'
              value={value.value}
              error={err('value')}
              onChange={(v) => set({ value: v })}
            />
          )}
        </>
      ) : null}
      <Choice
        label='这一条'
        options={REQUIRED}
        value={value.required ? 'yes' : 'no'}
        onChange={(v) => set({ required: v === 'yes' })}
        hint='必须满足的条件决定“很可能符合”还是“暂不符合”；加分项满足时，把“可能符合”提成“很可能符合”'
      />
      <Field
        name={`${name}-reason`}
        label='理由（符合时给居民看）'
        value={value.reason}
        maxlength={80}
        error={err('reason')}
        onChange={(reason) => set({ reason })}
        placeholder='例如：家庭人均收入低于低保标准'
      />
    </View>
  );
}
