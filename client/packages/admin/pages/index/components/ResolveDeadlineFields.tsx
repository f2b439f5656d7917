import { Text } from '@tarojs/components';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '@shared/domain/categories';
import { Field } from '@/components/StaffForm';
import type { RoutingForm, RoutingFormErrors } from '@/packages/admin/lib/routing-form';

type Props = {
  value: RoutingForm;
  errors: RoutingFormErrors;
  set: (patch: Partial<RoutingForm>) => void;
};

/** 办结期限: how long an accepted case may take, per urgency and (in working days) per kind of need. */
export default function ResolveDeadlineFields({ value, errors, set }: Props) {
  const setCategory = (c: Category, days: string) =>
    set({ resolveCategoryDays: { ...value.resolveCategoryDays, [c]: days } });
  return (
    <>
      <Text className='routing__group'>办结期限（受理以后多久要办好）</Text>
      <Field
        name='resolve-emergency-hours'
        label='非常紧急：受理后几小时内办好'
        type='number'
        value={value.resolveEmergencyHours}
        error={errors.resolveEmergencyHours}
        onChange={(v) => set({ resolveEmergencyHours: v })}
      />
      <Field
        name='resolve-urgent-days'
        label='比较急：受理后几个工作日内办好'
        type='number'
        hint='下面按类别填的天数，比较急的求助也不会超过这里的天数'
        value={value.resolveUrgentDays}
        error={errors.resolveUrgentDays}
        onChange={(v) => set({ resolveUrgentDays: v })}
      />
      <Field
        name='resolve-normal-days'
        label='一般：受理后几个工作日内办好'
        type='number'
        value={value.resolveNormalDays}
        error={errors.resolveNormalDays}
        onChange={(v) => set({ resolveNormalDays: v })}
      />
      <Text className='routing__summary'>
        有的困难按部门规定需要更长时间（比如低保审核），可以按类别另填工作日；不填就按上面的期限。一份申请有几类困难时，按最长的算。
      </Text>
      {CATEGORIES.map((c) => (
        <Field
          key={c}
          name={`resolve-days-${c}`}
          label={`${CATEGORY_LABELS[c]}：几个工作日内办好（可不填）`}
          type='number'
          value={value.resolveCategoryDays[c] ?? ''}
          error={errors[`resolveCategoryDays.${c}`]}
          onChange={(v) => setCategory(c, v)}
        />
      ))}
    </>
  );
}
