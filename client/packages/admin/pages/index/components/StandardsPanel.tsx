import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ZStandardUpdateRequest, type TStandard } from '@shared/schemas/policies';
import { Choice, Field, check, errorsFromIssues, type FieldErrors } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import Section from './Section';
import { tapProps } from '@/components/Tappable';

function StandardRow({ standard, onSaved }: { standard: TStandard; onSaved: () => void }) {
  const [value, setValue] = useState(String(standard.value));
  const [sample, setSample] = useState(standard.isSample);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const number = value.trim() === '' ? Number.NaN : Number(value);
    const checked = check(ZStandardUpdateRequest, { key: standard.key, value: number, isSample: sample });
    if (!checked.ok) return setErrors(checked.errors.value ? checked.errors : { value: '请填写数字' });
    setBusy(true);
    try {
      await call('admin.standards.update', checked.data);
      setErrors({});
      void Taro.showToast({ title: '已保存，自测结果马上按新标准计算', icon: 'none' });
      onSaved();
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors({ value: failure.message, ...errorsFromIssues(failure.details) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='admin-row'>
      <Text className='admin-row__title'>{standard.label}</Text>
      {standard.note ? <Text className='admin-row__meta'>{standard.note}</Text> : null}
      <Field
        name={`standard-${standard.key}`}
        label={`数值（${standard.unit}）`}
        type='digit'
        value={value}
        onChange={setValue}
        error={errors.value}
        maxlength={10}
      />
      <Choice
        options={[
          { value: 'real', label: '已核实' },
          { value: 'sample', label: '示例数值' },
        ]}
        value={sample ? 'sample' : 'real'}
        onChange={(v) => setSample(v === 'sample')}
      />
      <Text className='admin-row__action admin-row__action--save' {...tapProps(() => (busy ? undefined : void save()))}>
        {busy ? '正在保存…' : '保存'}
      </Text>
    </View>
  );
}

/** 救助标准 used by the self-check (e.g. the 低保 standard per person per month). */
export default function StandardsPanel() {
  const query = usePageQuery(() => call('admin.standards.list', {}));
  return (
    <Section title='自测用的救助标准' intro='居民自测“我能申请什么”时按这些数值计算。' query={query}>
      {({ items }) => (
        <>
          {items.map((s) => (
            <StandardRow key={s.key} standard={s} onSaved={() => void query.reload()} />
          ))}
        </>
      )}
    </Section>
  );
}
