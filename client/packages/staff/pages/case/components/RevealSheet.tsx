import { useState } from 'react';
import { REVEAL_FIELDS, ZCaseRevealRequest } from '@shared/schemas/cases';
import { Field, Sheet, check, errorsFromIssues, type FieldErrors } from '@/components/StaffForm';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';

export type RevealField = (typeof REVEAL_FIELDS)[number];
export const REVEAL_LABELS: Record<RevealField, string> = { idNumber: '身份证号', phone: '手机号', referrerPhone: '反映人手机号' };

type Props = {
  caseId: string;
  field: RevealField;
  onRevealed: (field: RevealField, value: string | null) => void;
  onClose: () => void;
};

/** 查看完整信息: a reason is required and recorded with the read (audited on the server). */
export default function RevealSheet({ caseId, field, onRevealed, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = check(ZCaseRevealRequest, { id: caseId, field, reason });
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
      intro='查看完整信息会被记录(谁、什么时候、为什么)。请只在办理需要时查看。'
      error={error}
      busy={busy}
      submitText='查看'
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <Field name='reason' label='查看原因(必填)' multiline maxlength={200} value={reason} onChange={setReason} error={errors.reason} placeholder='例如:需要电话联系申请人约上门时间' />
    </Sheet>
  );
}
