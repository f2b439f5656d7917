import { Text, View } from '@tarojs/components';
import { FIELD_LABEL, SELF_CHECK_QUESTIONS, type SelfCheckQuestion } from '@shared/domain/self-check';
import type { SelfCheckField, TSelfCheckAnswers } from '@shared/schemas/content';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';

/** What staff typed or chose per field: numbers stay text until sending, choices are their value. */
export type FactsDraft = Partial<Record<SelfCheckField, string>>;

const YES_NO = [
  { value: 'true', label: '是' },
  { value: 'false', label: '不是' },
];

const optionsOf = (q: SelfCheckQuestion) => (q.type === 'boolean' ? YES_NO : (q.options ?? []));

/** The self-check facts from the draft; empty answers are left out ("不清楚"). */
export function factsFromDraft(draft: FactsDraft): TSelfCheckAnswers {
  const facts: Record<string, unknown> = {};
  for (const q of SELF_CHECK_QUESTIONS) {
    const raw = draft[q.field]?.trim();
    if (!raw) continue;
    facts[q.field] = q.type === 'boolean' ? raw === 'true' : q.type === 'choice' ? raw : Number(raw);
  }
  return facts as TSelfCheckAnswers;
}

type Props = { draft: FactsDraft; onChange: (draft: FactsDraft) => void };

/** The self-check's questions in short form, so 政策找人 can match the household later; every one may stay empty. */
export default function VisitFacts({ draft, onChange }: Props) {
  const set = (field: SelfCheckField, value: string) => onChange({ ...draft, [field]: value });
  return (
    <View className='visit__area'>
      <Text className='visit__area-title'>家庭情况（用于政策找人，可不填）</Text>
      <Text className='visit__note'>本人同意以后联系时才会保存；不清楚的不用填。</Text>
      {SELF_CHECK_QUESTIONS.map((q) => (
        <FormField
          key={q.field}
          name={`fact-${q.field}`}
          label={FIELD_LABEL[q.field]}
          optional
          hint={q.unit ? `单位：${q.unit}` : undefined}
        >
          {q.type === 'boolean' || q.type === 'choice' ? (
            <FormChoice
              name={`fact-${q.field}`}
              columns={2}
              options={optionsOf(q)}
              selected={draft[q.field] ? [draft[q.field]!] : []}
              onToggle={(v) => set(q.field, draft[q.field] === v ? '' : v)}
            />
          ) : (
            <FormInput
              value={draft[q.field] ?? ''}
              onChange={(v) => set(q.field, v)}
              type='number'
              maxlength={q.type === 'money' ? 9 : 3}
            />
          )}
        </FormField>
      ))}
    </View>
  );
}
