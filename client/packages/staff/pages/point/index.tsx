import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { PUBLIC_HOLIDAY_POLICIES, type PublicHolidayPolicy } from '@shared/domain/opening-hours';
import { POINT_LEVEL_LABELS } from '@shared/domain/roles';
import type { TServicePointDetail } from '@shared/schemas/org';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { Choice, Field, errorsFromIssues, type FieldErrors } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import LocationField from './components/LocationField';
import { bodyOf, formOf, type PointForm } from './form';
import './index.scss';
import { tapProps } from '@/components/Tappable';

const HOLIDAY_LABELS: Record<PublicHolidayPolicy, string> = {
  closed: '节假日休息',
  open: '节假日照常开放',
  unknown: '另行通知',
};

function EditForm({ point, onSaved }: { point: TServicePointDetail; onSaved: () => void }) {
  const [form, setForm] = useState<PointForm>(() => formOf(point));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<PointForm>) => setForm((f) => ({ ...f, ...patch }));

  const save = async () => {
    setMessage(undefined);
    const body = bodyOf(point.id, form);
    if (!body.ok) return setErrors({ [body.field]: body.message });
    setBusy(true);
    try {
      await call('org.points.update', body.value);
      setErrors({});
      setMessage('已保存，居民马上就能看到');
      onSaved();
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(errorsFromIssues(failure.details));
      setMessage(failure.message);
    } finally {
      setBusy(false);
    }
  };

  const err = (field: string) => errors[field] ?? Object.entries(errors).find(([k]) => k.startsWith(`${field}.`))?.[1];
  return (
    <View className='point-edit__form'>
      <Field
        name='address'
        label='地址'
        value={form.address}
        onChange={(v) => set({ address: v })}
        maxlength={120}
        error={err('address')}
        placeholder='写到门牌号，如 翠苑一区 12 幢 1 楼'
      />
      <Field
        name='phone'
        label='电话'
        value={form.phone}
        onChange={(v) => set({ phone: v })}
        maxlength={20}
        error={err('phone')}
        placeholder='0571-88888888 或手机号'
        hint='居民打这个号码找到你们'
      />
      <Field
        name='hours'
        label='每周开放时间'
        value={form.hours}
        onChange={(v) => set({ hours: v })}
        maxlength={200}
        error={err('openingSchedule')}
        hint={point.openingSchedule?.isSample ? '这是示例时间，请改成你们实际的开放时间再保存' : undefined}
        placeholder='周一至周五 08:30-12:00、13:30-17:30；周六 09:00-11:30'
        multiline
      />
      <Choice
        label='法定节假日'
        options={PUBLIC_HOLIDAY_POLICIES.map((p) => ({ value: p, label: HOLIDAY_LABELS[p] }))}
        value={form.holidays || undefined}
        onChange={(v) => set({ holidays: v })}
      />
      <Field
        name='exceptions'
        label='特别的日子（一行一个）'
        value={form.exceptions}
        onChange={(v) => set({ exceptions: v })}
        maxlength={1000}
        error={err('exceptions')}
        placeholder={'2026-10-08 休息 培训\n2026-10-09 09:00-12:00'}
        multiline
      />
      <Field
        name='note'
        label='开放时间说明（可不填）'
        value={form.note}
        onChange={(v) => set({ note: v })}
        maxlength={120}
        error={err('openingHours')}
        placeholder='如：午休时间可以敲门'
      />
      <LocationField
        lat={form.lat}
        lng={form.lng}
        errors={{ lat: err('lat'), lng: err('lng') }}
        onChange={({ lat, lng, address }) => set({ lat, lng, ...(address && !form.address.trim() ? { address } : {}) })}
      />
      {message ? (
        <Text className={`point-edit__message${Object.keys(errors).length ? ' point-edit__message--error' : ''}`}>
          {message}
        </Text>
      ) : null}
      <ActionButton busy={busy} busyText='正在保存…' onTap={() => void save()}>
        保存
      </ActionButton>
    </View>
  );
}

/** 本服务点信息: staff keep their point's address, phone, hours and location (a station or the hub picks the point). */
function PointEditPage() {
  const [picked, setPicked] = useState<string | undefined>(useRouter()?.params?.id);
  const mine = usePageQuery(() => call('org.points.mine', {}));
  const id = picked ?? (mine.data?.items.length === 1 ? mine.data.items[0]!.id : undefined);
  const detail = usePageQuery(() => (id ? call('servicePoints.get', { id }) : Promise.resolve(null)), [id]);
  return (
    <PageShell className='point-edit' query={mine}>
      {({ items }) => (
        <>
          <View className='point-edit__header'>
            <Text className='point-edit__title'>服务点信息</Text>
            <Text className='point-edit__sub'>改好后居民马上就能看到；每次修改都会留痕</Text>
          </View>
          {items.length > 1 && !id ? (
            <View className='point-edit__list'>
              {items.map((p) => (
                <View key={p.id} className='point-edit__row' {...tapProps(() => setPicked(p.id))}>
                  <Text className='point-edit__row-name'>{p.name}</Text>
                  <Text className='point-edit__row-meta'>
                    {POINT_LEVEL_LABELS[p.level]}
                    {p.phone && !p.isSampleContact ? '' : ' · 缺电话'}
                    {p.address ? '' : ' · 缺地址'}
                    {p.lat === null ? ' · 缺位置' : ''}
                  </Text>
                </View>
              ))}
            </View>
          ) : null}
          {items.length === 0 ? <Text className='point-edit__empty'>您的账号没有要维护的服务点</Text> : null}
          {id && items.length > 1 ? (
            <Text className='point-edit__back' onClick={() => setPicked(undefined)}>
              ‹ 换一个服务点
            </Text>
          ) : null}
          {detail.data ? (
            <>
              <Text className='point-edit__name'>{detail.data.name}</Text>
              <EditForm key={detail.data.id} point={detail.data} onSaved={() => void mine.reload()} />
            </>
          ) : null}
        </>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={['point_staff', 'station_staff', 'hub_staff', 'admin']}>
      <PointEditPage />
    </StaffGate>
  );
}
