import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RESOLVE_OUTCOMES, ZCaseResolveRequest } from '@shared/schemas/cases';
import { Choice, Field, Sheet, fieldError } from '@/components/StaffForm';
import { OUTCOME_LABELS } from '@/packages/staff/lib/format';
import { useActionForm, type ActionHost } from './useActionForm';
import { tapProps } from '@/components/Tappable';

type Outcome = (typeof RESOLVE_OUTCOMES)[number];
const MAX_ALTERNATIVES = 10;

/** 办结: the outcome; "not eligible" needs the reason and at least one other way to get help. */
export default function ResolveForm({ host }: { host: ActionHost }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [note, setNote] = useState('');
  const [alternatives, setAlternatives] = useState<string[]>(['']);
  const form = useActionForm(host, 'cases.resolve', ZCaseResolveRequest);
  const notEligible = outcome === 'not_eligible';

  const submit = () => {
    const alts = alternatives.map((a) => a.trim()).filter(Boolean);
    void form.submit(
      { outcome, ...(note.trim() ? { note } : {}), ...(notEligible || alts.length ? { alternatives: alts } : {}) },
      '已办结',
    );
  };

  return (
    <Sheet
      name='resolve'
      title='办结'
      error={form.error}
      busy={form.busy}
      submitText='确认办结'
      onSubmit={submit}
      onCancel={host.onClose}
    >
      <Choice
        label='办理结果'
        stacked
        options={RESOLVE_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] ?? o }))}
        value={outcome}
        onChange={setOutcome}
        error={form.errors.outcome ? '请选择办理结果' : undefined}
      />
      <Field
        name='note'
        label={notEligible ? '不符合条件的原因' : '办理情况（可不填）'}
        multiline
        maxlength={1000}
        value={note}
        onChange={setNote}
        error={form.errors.note}
        hint={notEligible ? '申请人会看到，请写得简单明白，至少 4 个字' : undefined}
      />
      {notEligible || alternatives.some((a) => a.trim()) ? (
        <View className='resolve-alternatives'>
          <Text className='staff-field__label'>其他帮助途径{notEligible ? '（至少写一条）' : ''}</Text>
          {alternatives.map((alt, i) => (
            <Field
              key={i}
              name={`alternative-${i}`}
              label={`途径 ${i + 1}`}
              value={alt}
              maxlength={200}
              onChange={(v) => setAlternatives(alternatives.map((a, j) => (j === i ? v : a)))}
              error={form.errors[`alternatives.${i}`]}
              placeholder='例如：可申请临时救助，找翠苑街道社会事务办'
            />
          ))}
          {form.errors.alternatives ? (
            <Text className='staff-field__error'>{fieldError(form.errors, 'alternatives')}</Text>
          ) : null}
          {alternatives.length < MAX_ALTERNATIVES ? (
            <Text className='resolve-alternatives__add' {...tapProps(() => setAlternatives([...alternatives, '']))}>
              + 再加一条
            </Text>
          ) : null}
        </View>
      ) : null}
    </Sheet>
  );
}
