import { useState } from 'react';
import { ZCaseAskInfoRequest } from '@shared/schemas/cases';
import { Choice, Field, Sheet } from '@/components/StaffForm';
import { useActionForm, type ActionHost } from './useActionForm';

const DAYS = ['3', '7', '14', '30'] as const;

/** 请申请人补充: what is missing and by when; the deadline pauses meanwhile. */
export default function AskInfoForm({ host }: { host: ActionHost }) {
  const [message, setMessage] = useState('');
  const [days, setDays] = useState<(typeof DAYS)[number]>('7');
  const form = useActionForm(host, 'cases.askInfo', ZCaseAskInfoRequest);
  return (
    <Sheet
      name='askInfo'
      title='请申请人补充'
      intro='申请人会收到提醒。等待补充期间，办理期限暂停计时。'
      error={form.error}
      busy={form.busy}
      submitText='发给申请人'
      onSubmit={() => void form.submit({ message, dueDays: Number(days) }, '已请申请人补充')}
      onCancel={host.onClose}
    >
      <Field
        name='message'
        label='需要补充什么'
        multiline
        maxlength={500}
        value={message}
        onChange={setMessage}
        error={form.errors.message}
        hint='申请人会看到这段话，请写得简单明白'
        placeholder='例如：请补充近三个月的收入证明照片'
      />
      <Choice
        label='请在几天内补充'
        options={DAYS.map((d) => ({ value: d, label: `${d} 天` }))}
        value={days}
        onChange={setDays}
        error={form.errors.dueDays}
      />
    </Sheet>
  );
}
