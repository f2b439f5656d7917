import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  NEED_TIERS,
  NEED_TIER_HINTS,
  NEED_TIER_LABELS,
  TARGET_GROUPS,
  TARGET_GROUP_LABELS,
  type NeedTier,
  type TargetGroup,
} from '@shared/domain/assistance';
import { tapProps } from '@/components/Tappable';

export type PolicyFilterValue = { needTier?: NeedTier; targetGroup?: TargetGroup; departmentCode?: string };

type Props = {
  value: PolicyFilterValue;
  departments: { code: string; name: string }[];
  onChange: (next: PolicyFilterValue) => void;
};

type Option = { key: string; label: string };

function ChipRow({
  name,
  options,
  selected,
  onPick,
}: {
  name: string;
  options: Option[];
  selected?: string;
  onPick: (key?: string) => void;
}) {
  return (
    <View className='policy-filters__row'>
      <Text className='policy-filters__label'>{name}</Text>
      <View className='policy-filters__chips'>
        <Text
          className={`policy-filters__chip${selected ? '' : ' policy-filters__chip--on'}`}
          {...tapProps(() => onPick(undefined), { role: 'radio', checked: !selected })}
        >
          全部
        </Text>
        {options.map((o) => (
          <Text
            key={o.key}
            className={`policy-filters__chip${selected === o.key ? ' policy-filters__chip--on' : ''}`}
            {...tapProps(() => onPick(o.key), { role: 'radio', checked: selected === o.key })}
          >
            {selected === o.key ? `✓ ${o.label}` : o.label}
          </Text>
        ))}
      </View>
    </View>
  );
}

/** Need tier always shown; target group and department behind one toggle, so the list stays near the top. */
export default function PolicyFilters({ value, departments, onChange }: Props) {
  const moreCount = (value.targetGroup ? 1 : 0) + (value.departmentCode ? 1 : 0);
  const [open, setOpen] = useState(moreCount > 0);

  return (
    <View className='policy-filters'>
      <ChipRow
        name='需求类型'
        options={NEED_TIERS.map((t) => ({ key: t, label: NEED_TIER_LABELS[t] }))}
        selected={value.needTier}
        onPick={(key) => onChange({ ...value, needTier: key as NeedTier | undefined })}
      />
      {value.needTier ? <Text className='policy-filters__hint'>{NEED_TIER_HINTS[value.needTier]}</Text> : null}
      <Text className='policy-filters__toggle' {...tapProps(() => setOpen(!open))}>
        {open ? '收起对象和部门 ▲' : `按对象、部门筛选${moreCount > 0 ? `（已选 ${moreCount} 项）` : ''} ▼`}
      </Text>
      {open ? (
        <>
          <ChipRow
            name='适用对象'
            options={TARGET_GROUPS.map((g) => ({ key: g, label: TARGET_GROUP_LABELS[g] }))}
            selected={value.targetGroup}
            onPick={(key) => onChange({ ...value, targetGroup: key as TargetGroup | undefined })}
          />
          <ChipRow
            name='负责部门'
            options={departments.map((d) => ({ key: d.code, label: d.name }))}
            selected={value.departmentCode}
            onPick={(key) => onChange({ ...value, departmentCode: key })}
          />
        </>
      ) : null}
    </View>
  );
}
