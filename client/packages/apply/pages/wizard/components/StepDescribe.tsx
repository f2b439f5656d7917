import { Text, View } from '@tarojs/components';
import { MAX_DESCRIPTION } from '@shared/schemas/applications';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import { URGENCY_OPTIONS } from '../options';
import ApplyPhotoList from '@/components/ApplyPhotoList';
import type { StepProps } from './step-props';

const MAX_OBSERVED = 500;

/** Step 5: the situation in the resident's words, and photos; a neighbour's lead says what they saw and how urgent. */
export default function StepDescribe({ draft, errors, update }: StepProps) {
  if (draft.channel === 'referral') {
    return (
      <View className='apply-step apply-step--describe'>
        <FormField
          label='您看到了什么情况？'
          hint='例如：老人一个人住，这几天没见出门，家里好像没人照顾'
          error={errors.observed}
          name='observed'
        >
          <FormInput
            multiline
            value={draft.observed}
            maxlength={MAX_OBSERVED}
            invalid={Boolean(errors.observed)}
            onChange={(observed) => update({ observed })}
          />
          <Text className='apply-step__count'>
            {draft.observed.length}/{MAX_OBSERVED}
          </Text>
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

  return (
    <View className='apply-step apply-step--describe'>
      <FormField
        label='说说遇到的困难'
        hint='用自己的话说就行，例如：老伴去年生病走了，我一个人住，腿脚不好，买菜做饭都难'
        error={errors.description}
        name='description'
      >
        <FormInput
          multiline
          value={draft.description}
          maxlength={MAX_DESCRIPTION}
          invalid={Boolean(errors.description)}
          onChange={(description) => update({ description })}
        />
        <Text className='apply-step__count'>
          {draft.description.length}/{MAX_DESCRIPTION}
        </Text>
      </FormField>
      <FormField
        label='照片或材料'
        optional
        hint='例如：病历、房屋照片、收入证明，最多 9 张'
        error={errors.attachmentIds}
        name='photos'
      >
        <ApplyPhotoList
          attachments={draft.attachments}
          onAdd={(attachment) => update((d) => ({ attachments: [...d.attachments, attachment] }))}
          onRemove={(id) => update((d) => ({ attachments: d.attachments.filter((a) => a.id !== id) }))}
        />
      </FormField>
    </View>
  );
}
