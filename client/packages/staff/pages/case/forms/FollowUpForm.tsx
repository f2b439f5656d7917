import { useState } from 'react';
import { FOLLOW_UP_RESULTS, ZCaseFollowUpRequest, type FollowUpResult } from '@shared/schemas/cases';
import { Choice, Field, Sheet } from '@/components/StaffForm';
import { FOLLOW_UP_LABELS } from '@/packages/staff/lib/format';
import { useActionForm, type ActionHost } from './useActionForm';

const DONE: Record<FollowUpResult, string> = {
  solved: '已记录回访，案件已结案',
  not_solved: '已记录回访，案件重新办理',
  unreachable: '已记录回访',
};

/** 回访: after resolution, staff call the applicant: solved closes the case, not solved reopens it. */
export default function FollowUpForm({ host }: { host: ActionHost }) {
  const [result, setResult] = useState<FollowUpResult>();
  const [note, setNote] = useState('');
  const form = useActionForm(host, 'cases.followUp', ZCaseFollowUpRequest);
  return (
    <Sheet
      name='followUp'
      title='记录回访'
      intro='打电话问问申请人：问题解决了吗？'
      error={form.error}
      busy={form.busy}
      submitText='保存回访'
      onSubmit={() => void form.submit({ result, ...(note.trim() ? { note } : {}) }, result ? DONE[result] : '')}
      onCancel={host.onClose}
    >
      <Choice
        label='回访结果'
        stacked
        options={FOLLOW_UP_RESULTS.map((r) => ({ value: r, label: FOLLOW_UP_LABELS[r] ?? r }))}
        value={result}
        onChange={setResult}
        error={form.errors.result ? '请选择回访结果' : undefined}
      />
      <Field
        name='note'
        label='回访情况（可不填）'
        multiline
        maxlength={500}
        value={note}
        onChange={setNote}
        error={form.errors.note}
      />
    </Sheet>
  );
}
