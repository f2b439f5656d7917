/** The actions that need at most one sentence: 接收、上报、归档、重新办理. */
import { useState } from 'react';
import { ZCaseAcceptRequest, ZCaseCloseRequest, ZCaseEscalateRequest, ZCaseReopenRequest } from '@shared/schemas/cases';
import {
  NEED_TIER_LABELS,
  NEED_TIERS,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
  type NeedTier,
  type TargetGroup,
} from '@shared/domain/assistance';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '@shared/domain/categories';
import { Choice, Field, Sheet } from '@/components/StaffForm';
import { useActionForm, type ActionHost } from './useActionForm';

type Props = { host: ActionHost };

/**
 * 接收. A case without a category (every neighbour lead) is classified here (issue 12.2): categories that fit, the need
 * tier, the target group if known. Choosing no category means nothing fits; the case stays in 未归类需求.
 */
export function AcceptForm({ host, unclassified = false }: Props & { unclassified?: boolean }) {
  const [categories, setCategories] = useState<Category[]>([]);
  const [needTier, setNeedTier] = useState<NeedTier>();
  const [targetGroup, setTargetGroup] = useState<TargetGroup | null>(null);
  const form = useActionForm(host, 'cases.accept', ZCaseAcceptRequest);
  const toggle = (c: Category) =>
    setCategories(categories.includes(c) ? categories.filter((x) => x !== c) : [...categories, c]);
  const submit = () =>
    void form.submit(
      unclassified ? { classification: { categories, needTier, targetGroup } } : {},
      '已受理，由您负责',
      (): Record<string, string> => (unclassified && !needTier ? { 'classification.needTier': '请选择需求层次' } : {}),
    );
  return (
    <Sheet
      name='accept'
      title='接收这个案件'
      intro={
        unclassified
          ? '这份求助还没有归类。请先选好类别和层次再接收，都不合适就不选类别。'
          : '接收后由您负责办理，办结期限从现在开始计算。请尽快联系申请人，电话在“基本情况”里。'
      }
      error={form.error}
      busy={form.busy}
      submitText='确认接收'
      onSubmit={submit}
      onCancel={host.onClose}
    >
      {unclassified ? (
        <>
          <Choice
            label='需求类别（可多选）'
            options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
            value={categories}
            onChange={toggle}
            error={form.errors['classification.categories']}
            hint='都不合适就不选，这份求助会留在“未归类需求”里。'
          />
          <Choice
            label='需求层次'
            options={NEED_TIERS.map((t) => ({ value: t, label: NEED_TIER_LABELS[t] }))}
            value={needTier}
            onChange={setNeedTier}
            error={form.errors['classification.needTier']}
          />
          <Choice
            label='救助对象类别（知道再选）'
            options={TARGET_GROUPS.map((g) => ({ value: g, label: TARGET_GROUP_LABELS[g] }))}
            value={targetGroup ?? undefined}
            onChange={(g) => setTargetGroup(g === targetGroup ? null : g)}
          />
        </>
      ) : null}
    </Sheet>
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
