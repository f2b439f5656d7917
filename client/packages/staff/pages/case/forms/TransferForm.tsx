import { Text } from '@tarojs/components';
import { useState } from 'react';
import { POINT_LEVEL_LABELS } from '@shared/domain/roles';
import { ZCaseTransferRequest } from '@shared/schemas/cases';
import { Choice, Field, Sheet } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { useActionForm, type ActionHost } from './useActionForm';

type Props = { host: ActionHost; divisionCode: string | null; currentPointId: string | null };

/** The street/town a community/village code belongs to ("330106005055" → "330106005000"). */
const streetOf = (code: string | null) => (code && /^\d{12}$/.test(code) ? `${code.slice(0, 9)}000` : undefined);

/** 转给其他站点: another point of the same street/town (hub staff may pick another street). */
export default function TransferForm({ host, divisionCode, currentPointId }: Props) {
  const [street, setStreet] = useState(streetOf(divisionCode));
  const [pointId, setPointId] = useState<string>();
  const [reason, setReason] = useState('');
  const overview = usePageQuery(() => call('org.overview', {}));
  const points = usePageQuery(
    () => (street ? call('servicePoints.list', { streetCode: street }) : Promise.resolve({ items: [] })),
    [street],
  );
  const form = useActionForm(host, 'cases.transfer', ZCaseTransferRequest);
  const options = (points.data?.items ?? []).filter((p) => p.id !== currentPointId);

  return (
    <Sheet
      name='transfer'
      title='转给其他站点'
      intro='转出后由对方站点接收办理，您将不再负责。'
      error={form.error ?? points.error?.message}
      busy={form.busy}
      submitText='确认转出'
      onSubmit={() => void form.submit({ toServicePointId: pointId ?? '', reason }, '已转给其他站点')}
      onCancel={host.onClose}
    >
      <Choice
        label='街道/镇'
        options={(overview.data?.streets ?? []).map((s) => ({ value: s.code, label: s.name }))}
        value={street}
        onChange={(s) => {
          setStreet(s);
          setPointId(undefined);
        }}
      />
      {points.loading ? <Text className='staff-field__hint'>正在读取站点…</Text> : null}
      <Choice
        label='转给哪个站点'
        stacked
        options={options.map((p) => ({ value: p.id, label: p.name, note: POINT_LEVEL_LABELS[p.level] }))}
        value={pointId}
        onChange={setPointId}
        error={
          form.errors.toServicePointId
            ? form.errors.toServicePointId.includes('编号')
              ? '请选择一个站点'
              : form.errors.toServicePointId
            : undefined
        }
        hint={street ? undefined : '请先选街道或镇'}
      />
      <Field
        name='reason'
        label='转出原因'
        multiline
        maxlength={500}
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
        placeholder='例如：申请人实际住在翠苑二区'
      />
    </Sheet>
  );
}
