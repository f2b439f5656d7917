import { useState } from 'react';
import { CONTACT_OUTCOMES, ZCaseContactRequest } from '@shared/schemas/cases';
import { Choice, Field, Sheet } from '@/components/StaffForm';
import { CONTACT_OUTCOME_LABELS } from '@/packages/staff/lib/format';
import { useActionForm, type ActionHost } from './useActionForm';

type Outcome = (typeof CONTACT_OUTCOMES)[number];

/** 联系记录: one phone call and how it went. */
export default function ContactForm({ host }: { host: ActionHost }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [note, setNote] = useState('');
  const form = useActionForm(host, 'cases.contact', ZCaseContactRequest);
  return (
    <Sheet
      name='contact'
      title='联系记录'
      intro='记下这次电话联系的结果。'
      error={form.error}
      busy={form.busy}
      submitText='保存联系记录'
      onSubmit={() => void form.submit({ outcome, ...(note.trim() ? { note } : {}) }, '联系记录已保存')}
      onCancel={host.onClose}
    >
      <Choice
        label='联系结果'
        options={CONTACT_OUTCOMES.map((o) => ({ value: o, label: CONTACT_OUTCOME_LABELS[o] ?? o }))}
        value={outcome}
        onChange={setOutcome}
        error={form.errors.outcome ? '请选择联系结果' : undefined}
      />
      <Field
        name='note'
        label='情况说明（可不填）'
        multiline
        maxlength={1000}
        value={note}
        onChange={setNote}
        error={form.errors.note}
        placeholder='例如：约好明天上午上门'
      />
    </Sheet>
  );
}
