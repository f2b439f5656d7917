import { Text, View } from '@tarojs/components';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import type { StepProps } from './step-props';
import { WHO_OPTIONS } from '../options';

/** Step 1: for myself, for a relative, or telling about a neighbour. */
export default function StepWho({ draft, errors, update }: StepProps) {
  return (
    <View className='apply-step apply-step--who'>
      {draft.from === 'self-check' ? (
        <Text className='apply-step__note'>已按照您刚才的自查结果，帮您选好了需要的帮助，后面可以修改。</Text>
      ) : null}
      <FormField label='这次是为谁申请帮助？' error={errors.channel} name='channel'>
        <FormChoice
          name='channel'
          options={WHO_OPTIONS}
          selected={draft.channel ? [draft.channel] : []}
          invalid={Boolean(errors.channel)}
          onToggle={(channel) => update({ channel })}
        />
      </FormField>
    </View>
  );
}
