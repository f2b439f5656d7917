import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '@/components/ActionButton';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { useSession } from '@/stores/session';

const MONTHS = [
  { value: '0', label: '不是' },
  ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` })),
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{1,2}:\d{2}$/;
const at = (date: string, time: string) => `${date}T${time.padStart(5, '0')}:00+08:00`;

/** Publish an event: at the caller's own service point (or an address in a street), with a capacity. */
export default function PublishForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const session = useSession();
  const point = session?.user.memberships.find((m) => m.servicePoint)?.servicePoint ?? null;
  const [f, setF] = useState({ theme: '', month: '0', date: '', start: '09:00', end: '11:00', capacity: '20' });
  const [audience, setAudience] = useState('');
  const [address, setAddress] = useState('');
  const [street, setStreet] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });

  const submit = async () => {
    const local: Record<string, string> = {};
    if (!DATE.test(f.date)) local.startsAt = '请按“2026-03-08”这样填写日期';
    if (!TIME.test(f.start)) local.startsAt = '请按“09:00”这样填写开始时间';
    if (!TIME.test(f.end)) local.endsAt = '请按“11:00”这样填写结束时间';
    if (Object.keys(local).length) return setErrors(local);
    setBusy(true);
    setErrors({});
    try {
      await call('events.create', {
        theme: f.theme.trim(),
        springMonth: f.month === '0' ? null : Number(f.month),
        place: point
          ? { kind: 'point', pointId: point.id }
          : { kind: 'address', address: address.trim(), streetCode: street.trim() },
        startsAt: at(f.date, f.start),
        endsAt: at(f.date, f.end),
        capacity: Number(f.capacity),
        audience: audience.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
      });
      onDone();
    } catch (error) {
      const e = toApiError(error);
      const byField: Record<string, string> = {};
      for (const d of e.details) byField[d.field.replace(/^place\..*/, 'place')] = d.message;
      setErrors(Object.keys(byField).length ? byField : { form: e.message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='manage__form'>
      <FormField label='活动主题' hint='例如：春风送暖 义诊和政策宣讲' name='theme' error={errors.theme}>
        <FormInput value={f.theme} onChange={set('theme')} maxlength={40} />
      </FormField>
      <FormField label='是不是“十二春风”活动，几月的' name='month' error={errors.springMonth}>
        <FormChoice options={MONTHS} selected={[f.month]} onToggle={set('month')} columns={2} name='month' />
      </FormField>
      {point ? (
        <Text className='manage__place'>地点：{point.name}</Text>
      ) : (
        <>
          <FormField label='活动地址' name='address' error={errors.place}>
            <FormInput value={address} onChange={setAddress} maxlength={100} />
          </FormField>
          <FormField label='所在街道编码' hint='12 位数字，例如 330106005000' name='street'>
            <FormInput value={street} onChange={setStreet} type='number' maxlength={12} />
          </FormField>
        </>
      )}
      <FormField label='日期' hint='例如：2026-03-08' name='date' error={errors.startsAt}>
        <FormInput value={f.date} onChange={set('date')} maxlength={10} />
      </FormField>
      <FormField label='开始和结束时间' hint='例如：09:00 到 11:00' name='time' error={errors.endsAt}>
        <FormInput value={f.start} onChange={set('start')} maxlength={5} />
        <FormInput value={f.end} onChange={set('end')} maxlength={5} />
      </FormField>
      <FormField label='名额' name='capacity' error={errors.capacity}>
        <FormInput value={f.capacity} onChange={set('capacity')} type='number' maxlength={4} />
      </FormField>
      <FormField label='适合哪些人参加' hint='例如：60 岁以上老人和家属' name='audience' error={errors.audience}>
        <FormInput value={audience} onChange={setAudience} maxlength={60} />
      </FormField>
      <FormField label='活动介绍' optional name='description' error={errors.description}>
        <FormInput value={description} onChange={setDescription} multiline maxlength={1000} />
      </FormField>
      {errors.form ? <Text className='manage__error'>{errors.form}</Text> : null}
      <ActionButton busy={busy} busyText='正在发布…' onTap={() => void submit()}>
        发布
      </ActionButton>
      <ActionButton kind='plain' className='manage__cancel' onTap={onCancel}>
        先不发布
      </ActionButton>
    </View>
  );
}
