/** The actions that need at most one sentence: 接收、上报、归档、重新办理. */
import { useState } from 'react';
import { ZCaseAcceptRequest, ZCaseCloseRequest, ZCaseEscalateRequest, ZCaseReopenRequest } from '@shared/schemas/cases';
import { Field, Sheet } from '@/components/StaffForm';
import { useActionForm, type ActionHost } from './useActionForm';

type Props = { host: ActionHost };

export function AcceptForm({ host }: Props) {
  const form = useActionForm(host, 'cases.accept', ZCaseAcceptRequest);
  return (
    <Sheet
      name='accept'
      title='接收这个案件'
      intro='接收后由您负责办理，办结期限从现在开始计算。请尽快联系申请人，电话在“基本情况”里。'
      error={form.error}
      busy={form.busy}
      submitText='确认接收'
      onSubmit={() => void form.submit({}, '已受理，由您负责')}
      onCancel={host.onClose}
    />
  );
}

export function EscalateForm({ host }: Props) {
  const [reason, setReason] = useState('');
  const form = useActionForm(host, 'cases.escalate', ZCaseEscalateRequest);
  return (
    <Sheet
      name='escalate'
      title='上报上级'
      intro='村社服务点上报到镇街服务站，镇街服务站上报到区级助联体。上报后由上级接收办理。'
      error={form.error}
      busy={form.busy}
      submitText='确认上报'
      onSubmit={() => void form.submit({ reason }, '已上报')}
      onCancel={host.onClose}
    >
      <Field
        name='reason'
        label='上报原因'
        multiline
        maxlength={500}
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
        placeholder='例如：需要多个部门一起商量'
      />
    </Sheet>
  );
}

/** On a withdrawn case, 归档 is the one thing left: a closing note, written once. */
export function CloseForm({ host, withdrawn = false }: Props & { withdrawn?: boolean }) {
  const [note, setNote] = useState('');
  const form = useActionForm(host, 'cases.close', ZCaseCloseRequest);
  return (
    <Sheet
      name='close'
      title='归档'
      intro={
        withdrawn
          ? '申请已撤回，案件停止办理。请写一句归档说明，只能写一次。'
          : '归档后案件不再出现在待办里。办结 30 天内仍可重新办理。'
      }
      error={form.error}
      busy={form.busy}
      submitText='确认归档'
      onSubmit={() => void form.submit(note.trim() ? { note } : {}, '已归档')}
      onCancel={host.onClose}
    >
      <Field
        name='note'
        label={withdrawn ? '归档说明（可不填）' : '备注（可不填）'}
        multiline
        maxlength={500}
        value={note}
        onChange={setNote}
        error={form.errors.note}
      />
    </Sheet>
  );
}

export function ReopenForm({ host }: Props) {
  const [reason, setReason] = useState('');
  const form = useActionForm(host, 'cases.reopen', ZCaseReopenRequest);
  return (
    <Sheet
      name='reopen'
      title='重新办理'
      intro='办结 30 天内可以重新办理，案件回到“办理中”。'
      error={form.error}
      busy={form.busy}
      submitText='确认重新办理'
      onSubmit={() => void form.submit({ reason }, '已重新办理')}
      onCancel={host.onClose}
    >
      <Field
        name='reason'
        label='重新办理的原因'
        multiline
        maxlength={500}
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
        placeholder='例如：回访发现补助还没有到账'
      />
    </Sheet>
  );
}
