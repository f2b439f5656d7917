import { useState } from 'react';
import {
  LEAD_CONSENT_METHODS,
  ZCaseRecordConsentRequest,
  type LeadConsentMethod,
  type TStaffCaseDetail,
} from '@shared/schemas/cases';
import { Choice, Field, Sheet, check, errorsFromIssues, type FieldErrors } from '@/components/StaffForm';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';

export const CONSENT_METHOD_TEXT: Record<LeadConsentMethod, string> = {
  in_person: '当面同意',
  phone: '电话里同意',
  written: '书面同意',
};

type Props = { caseId: string; onDone: (detail: TStaffCaseDetail) => void; onClose: () => void };

/** 记录本人同意: for a neighbour's lead, how the person agreed to be helped (recorded with who and when). */
export default function ConsentForm({ caseId, onDone, onClose }: Props) {
  const [method, setMethod] = useState<LeadConsentMethod>();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = check(ZCaseRecordConsentRequest, { id: caseId, method, note });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setError(undefined);
    setBusy(true);
    try {
      onDone(await call('cases.recordConsent', checked.data));
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(errorsFromIssues(failure.details));
      setError(failure.message);
      setBusy(false);
    }
  };

  return (
    <Sheet
      name='consent'
      title='记录本人同意'
      intro='邻居反映的情况，要本人同意后才能办理。记下本人是怎样同意的，会同时记录是谁、什么时候记的。'
      error={error}
      busy={busy}
      submitText='保存'
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <Choice
        label='怎样同意的'
        options={LEAD_CONSENT_METHODS.map((m) => ({ value: m, label: CONSENT_METHOD_TEXT[m] }))}
        value={method}
        onChange={setMethod}
        error={errors.method ? '请选择本人是怎样同意的' : undefined}
      />
      <Field
        name='note'
        label='说明'
        multiline
        maxlength={500}
        value={note}
        onChange={setNote}
        error={errors.note}
        placeholder='例如：上门见到本人，同意接受帮助'
      />
    </Sheet>
  );
}
