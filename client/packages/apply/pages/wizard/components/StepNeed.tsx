import { Text, View } from '@tarojs/components';
import type { Category } from '@shared/domain/categories';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import { CATEGORY_OPTIONS, TIER_OPTIONS, URGENCY_OPTIONS, targetGroupText } from '../options';
import type { StepProps } from './step-props';

const MAX_CATEGORIES = 6;

/** Step 4: what kind of help (tier cards with examples), about what (categories), and how urgent. */
export default function StepNeed({ draft, errors, update }: StepProps) {
  const group = targetGroupText(draft.targetGroup);

  const toggleCategory = (value: Category) => {
    const has = draft.categories.includes(value);
    if (!has && draft.categories.length >= MAX_CATEGORIES) return;
    update({ categories: has ? draft.categories.filter((c) => c !== value) : [...draft.categories, value] });
  };

  return (
    <View className='apply-step apply-step--need'>
      {group ? <Text className='apply-step__note'>自查结果：可能符合{group}</Text> : null}
      <FormField label='最需要哪一类帮助？' error={errors.needTier} name='needTier'>
        <FormChoice
          name='needTier'
          options={TIER_OPTIONS}
          selected={[draft.needTier]}
          invalid={Boolean(errors.needTier)}
          onToggle={(needTier) => update({ needTier })}
        />
      </FormField>
      <FormField
        label='和哪些事有关？'
        optional
        hint={`可以选几项，最多 ${MAX_CATEGORIES} 项`}
        error={errors.categories}
        name='categories'
      >
        <FormChoice
          name='categories'
          multiple
          columns={2}
          options={CATEGORY_OPTIONS}
          selected={draft.categories}
          onToggle={toggleCategory}
        />
      </FormField>
      <FormField label='有多着急？' error={errors.urgency} name='urgency'>
        <FormChoice
          name='urgency'
          options={URGENCY_OPTIONS}
          selected={[draft.urgency]}
          invalid={Boolean(errors.urgency)}
          onToggle={(urgency) => update({ urgency })}
        />
      </FormField>
      {draft.urgency === 'emergency' ? (
        <Text className='apply-step__note apply-step__note--warning'>如果有生命危险，请马上拨打 120 或 110。</Text>
      ) : null}
    </View>
  );
}
