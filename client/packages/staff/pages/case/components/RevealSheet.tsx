import { useState } from 'react';
import {
  type REVEAL_FIELDS,
  REVEAL_REASONS,
  REVEAL_REASON_LABELS,
  ZCaseRevealRequest,
  type RevealReason,
} from '@shared/schemas/cases';
import { Choice, Field, Sheet, check, errorsFromIssues, type FieldErrors } from '@/components/StaffForm';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';

export type RevealField = (typeof REVEAL_FIELDS)[number];
export const REVEAL_LABELS: Record<RevealField, string> = {
  idNumber: '身份证号',
  phone: '手机号',
  referrerPhone: '反映人手机号',
  applicantPhone: '申请人手机号',
};
const REASON_OPTIONS = REVEAL_REASONS.map((value) => ({ value, label: REVEAL_REASON_LABELS[value] }));

type Props = {
  caseId: string;
  field: RevealField;
  onRevealed: (field: RevealField, value: string | null) => void;
  onClose: () => void;
};

/** 查看完整信息: a reason from the list (and a few words for 其他) is recorded with the read (audited, limited per hour). */
export default function RevealSheet({ caseId, field, onRevealed, onClose }: Props) {
  const [reason, setReason] = useState<RevealReason>();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = check(ZCaseRevealRequest, { id: caseId, field, reason, ...(note.trim() ? { note } : {}) });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setError(undefined);
    setBusy(true);
    try {
      const answer = await call('cases.reveal', checked.data);
      onRevealed(answer.field, answer.value);
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(errorsFromIssues(failure.details));
      setError(failure.message);
      setBusy(false);
    }
  };

  return (
    <Sheet
      name='reveal'
      title={`查看完整${REVEAL_LABELS[field]}`}
      intro='查看完整信息会被记录（谁、什么时候、为什么），次数也有限制。请只在办理需要时查看。'
      error={error}
      busy={busy}
      submitText='查看'
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <Choice label='查看原因' options={REASON_OPTIONS} value={reason} onChange={setReason} error={errors.reason} />
      <Field
        name='note'
        label={reason === 'other' ? '具体原因（必填）' : '补充说明（可不填）'}
        multiline
        maxlength={200}
        value={note}
        onChange={setNote}
        error={errors.note}
        placeholder='例如：需要电话联系申请人约上门时间'
      />
    </Sheet>
  );
}
