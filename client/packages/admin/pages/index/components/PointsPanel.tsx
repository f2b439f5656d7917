import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { POINT_LEVEL_LABELS } from '@shared/domain/roles';
import { ZServicePointUpdate, type TServicePoint } from '@shared/schemas/org';
import { Choice, Field, Sheet, check, errorsFromIssues, type FieldErrors } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import Section from './Section';
import { tapProps } from '@/components/Tappable';

/** The edit sheet of one point: address, phone, opening hours and whether they are still sample values. */
function PointSheet({ point, onSaved, onClose }: { point: TServicePoint; onSaved: () => void; onClose: () => void }) {
  const [address, setAddress] = useState(point.address ?? '');
  const [phone, setPhone] = useState(point.phone ?? '');
  const [hours, setHours] = useState(point.openingHours ?? '');
  const [sample, setSample] = useState(point.isSampleContact);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const blankToNull = (v: string) => (v.trim() ? v.trim() : null);
    const checked = check(ZServicePointUpdate, {
      id: point.id,
      address: blankToNull(address),
      phone: blankToNull(phone),
      openingHours: blankToNull(hours),
      isSampleContact: sample,
    });
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    try {
      await call('admin.servicePoints.update', checked.data);
      onSaved();
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(errorsFromIssues(failure.details));
      setError(failure.message);
      setBusy(false);
    }
  };

  return (
    <Sheet
      name='point'
      title={point.name}
      error={error}
      busy={busy}
      submitText='保存'
      onSubmit={() => void save()}
      onCancel={onClose}
    >
      <Field name='address' label='地址' value={address} onChange={setAddress} maxlength={120} error={errors.address} />
      <Field
        name='phone'
        label='电话'
        value={phone}
        onChange={setPhone}
        maxlength={20}
        error={errors.phone}
        placeholder='0571-12345678'
      />
      <Field
        name='openingHours'
        label='开放时间'
        value={hours}
        onChange={setHours}
        maxlength={120}
        error={errors.openingHours}
        placeholder='周一至周五 8:30-17:30'
      />
      <Choice
        label='电话和开放时间是否已核实'
        options={[
          { value: 'checked', label: '已核实' },
          { value: 'sample', label: '还是示例' },
        ]}
        value={sample ? 'sample' : 'checked'}
        onChange={(v) => setSample(v === 'sample')}
        hint='居民会看到“示例”提示，直到改为已核实'
      />
    </Sheet>
  );
}

/** Service points by street/town: phone, opening hours, address. */
export default function PointsPanel() {
  const overview = usePageQuery(() => call('org.overview', {}));
  const [street, setStreet] = useState<string>();
  const points = usePageQuery(
    () => (street ? call('servicePoints.list', { streetCode: street }) : Promise.resolve(null)),
    [street],
  );
  const [editing, setEditing] = useState<TServicePoint>();

  return (
    <Section title='站点电话和开放时间' intro='先选街道或镇，再点要修改的站点' query={overview}>
      {(o) => {
        const list = street ? (points.data?.items ?? []) : o.hub ? [o.hub] : [];
        return (
          <>
            <Choice
              options={o.streets.map((s) => ({ value: s.code, label: s.name }))}
              value={street}
              onChange={setStreet}
            />
            {points.loading && street ? <Text className='staff-field__hint'>正在读取站点…</Text> : null}
            {list.map((p) => (
              <View key={p.id} className='admin-row' {...tapProps(() => setEditing(p))}>
                <Text className='admin-row__title'>{p.name}</Text>
                <Text className='admin-row__meta'>
                  {POINT_LEVEL_LABELS[p.level]} · 电话：{p.phone ?? '未填'} · {p.openingHours ?? '开放时间未填'}
                  {p.isSampleContact ? ' · 示例' : ''}
                </Text>
                <Text className='admin-row__action'>修改</Text>
              </View>
            ))}
            {editing ? (
              <PointSheet
                point={editing}
                onClose={() => setEditing(undefined)}
                onSaved={() => {
                  setEditing(undefined);
                  void (street ? points.reload() : overview.reload());
                }}
              />
            ) : null}
          </>
        );
      }}
    </Section>
  );
}
