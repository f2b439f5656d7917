import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { RESOLVE_OUTCOMES, ZCaseResolveRequest, type TAlternativeRef } from '@shared/schemas/cases';
import { Choice, Field, Sheet, fieldError } from '@/components/StaffForm';
import { OUTCOME_LABELS } from '@/packages/staff/lib/format';
import { call } from '@/services/api';
import { useActionForm, type ActionHost } from './useActionForm';

type Outcome = (typeof RESOLVE_OUTCOMES)[number];
type Option = { value: string; label: string };
const MAX_ALTERNATIVES = 5;
const parse = (k: string): TAlternativeRef => {
  const [kind, slug] = k.split(':');
  return { kind: kind === 'service' ? 'service' : 'policy', slug: slug ?? '' };
};

/** Published policies and services to offer as other help, picked from the lists the residents browse. */
function useAlternativeOptions(): Option[] {
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all([
      call('policies.list', { limit: 50 }).catch(() => ({ items: [] })),
      call('services.list', { limit: 50 }).catch(() => ({ items: [] })),
    ]).then(([p, s]) => {
      if (!live) return;
      setOptions([
        ...p.items.map((i) => ({ value: `policy:${i.slug}`, label: `政策：${i.title}` })),
        ...s.items.map((i) => ({ value: `service:${i.slug}`, label: `服务：${i.name}` })),
      ]);
    });
    return () => {
      live = false;
    };
  }, []);
  return options;
}

/** 办结: what was decided, in words the applicant reads; a refusal needs the reason and at least one other way to get help. */
export default function ResolveForm({ host }: { host: ActionHost }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [decidedText, setDecidedText] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const options = useAlternativeOptions();
  const form = useActionForm(host, 'cases.resolve', ZCaseResolveRequest);
  const refused = outcome === 'refused';

  const toggle = (k: string) =>
    setPicked(
      picked.includes(k) ? picked.filter((p) => p !== k) : picked.length < MAX_ALTERNATIVES ? [...picked, k] : picked,
    );

  const submit = () => {
    void form.submit(
      {
        outcome,
        decidedText,
        ...(reason.trim() ? { reason } : {}),
        ...(note.trim() ? { note } : {}),
        ...(refused || picked.length ? { alternatives: picked.map(parse) } : {}),
      },
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
        name='decidedText'
        label='办了什么（申请人会看到）'
        multiline
        maxlength={500}
        value={decidedText}
        onChange={setDecidedText}
        error={form.errors.decidedText}
        placeholder='例如：已批准临时救助 2000 元，月底前发到社保卡'
      />
      {refused ? (
        <Field
          name='reason'
          label='不符合条件的原因（申请人会看到）'
          multiline
          maxlength={500}
          value={reason}
          onChange={setReason}
          error={form.errors.reason}
          hint='请写得简单明白，至少 4 个字'
        />
      ) : null}
      <View className='resolve-alternatives'>
        <Text className='staff-field__label'>其他政策或服务{refused ? '（至少选一项）' : '（可不选）'}</Text>
        {options.length ? (
          <Choice stacked options={options} value={picked} onChange={toggle} />
        ) : (
          <Text className='staff-field__hint'>正在读取政策和服务清单…</Text>
        )}
        {form.errors.alternatives ? (
          <Text className='staff-field__error'>{fieldError(form.errors, 'alternatives')}</Text>
        ) : null}
      </View>
      <Field
        name='note'
        label='内部备注（申请人看不到，可不填）'
        multiline
        maxlength={1000}
        value={note}
        onChange={setNote}
        error={form.errors.note}
      />
    </Sheet>
  );
}
