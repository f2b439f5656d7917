import { Text, View } from '@tarojs/components';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import { CONSENT_METHOD_OPTIONS, RELATIONSHIP_OPTIONS } from '../options';
import { usesAccountPhone } from '../model';
import type { StepProps } from './step-props';

const ID_HINT = '可以不填；填了能更快核实。18 位，最后一位可能是 X';

/** Step 2: who needs help. A neighbour's lead asks only a name and, if they like, the referrer's phone. */
export default function StepPerson({ draft, errors, update, ctx }: StepProps) {
  if (draft.channel === 'referral') {
    return (
      <View className='apply-step apply-step--person'>
        <FormField
          label='他（她）怎么称呼？'
          hint='不知道全名也可以，例如：3 号楼的王奶奶'
          error={errors.subjectName}
          name='subjectName'
        >
          <FormInput
            value={draft.subjectName}
            maxlength={40}
            invalid={Boolean(errors.subjectName)}
            onChange={(subjectName) => update({ subjectName })}
          />
        </FormField>
        <FormField
          label='您的手机号'
          optional
          hint='方便工作人员向您了解情况，不会告诉对方'
          error={errors.referrerPhone}
          name='referrerPhone'
        >
          <FormInput
            value={draft.referrerPhone}
            type='number'
            maxlength={13}
            invalid={Boolean(errors.referrerPhone)}
            onChange={(referrerPhone) => update({ referrerPhone })}
          />
        </FormField>
        <Text className='apply-step__note'>为保护对方隐私，请不要填写对方的身份证号和病情，工作人员会上门了解。</Text>
      </View>
    );
  }

  const isProxy = draft.channel === 'proxy';
  return (
    <View className='apply-step apply-step--person'>
      <FormField
        label={isProxy ? '家人的姓名' : '您的姓名'}
        hint='请填写身份证上的名字'
        error={errors.subjectName}
        name='subjectName'
      >
        <FormInput
          value={draft.subjectName}
          maxlength={40}
          invalid={Boolean(errors.subjectName)}
          onChange={(subjectName) => update({ subjectName })}
        />
      </FormField>
      {isProxy ? (
        <FormField label='您是他（她）的什么人？' error={errors.relationship} name='relationship'>
          <FormChoice
            name='relationship'
            columns={2}
            options={RELATIONSHIP_OPTIONS}
            selected={[draft.relationship]}
            invalid={Boolean(errors.relationship)}
            onToggle={(relationship) => update({ relationship })}
          />
        </FormField>
      ) : null}
      <FormField
        label={isProxy ? '家人的身份证号' : '身份证号'}
        optional
        hint={ID_HINT}
        error={errors.idNumber}
        name='idNumber'
      >
        <FormInput
          value={draft.idNumber}
          type='idcard'
          maxlength={22}
          invalid={Boolean(errors.idNumber)}
          onChange={(idNumber) => update({ idNumber })}
        />
      </FormField>
      {usesAccountPhone(draft, ctx) ? (
        <Text className='apply-step__note apply-step__phone'>
          工作人员会打您登录用的手机号 {ctx.accountPhone} 联系您。
        </Text>
      ) : (
        <FormField
          label={isProxy ? '家人的手机号' : '您的手机号'}
          optional={isProxy}
          hint={isProxy ? '填了，家人用这个手机号登录后也能看到进度' : '工作人员会打这个电话联系您'}
          error={errors.phone}
          name='phone'
        >
          <FormInput
            value={draft.phone}
            type='number'
            maxlength={13}
            invalid={Boolean(errors.phone)}
            onChange={(phone) => update({ phone })}
          />
        </FormField>
      )}
      {isProxy ? (
        <FormField
          label='您自己的手机号'
          optional
          hint='工作人员会打这个电话联系您；不填就用您登录时验证过的手机号'
          error={errors.applicantPhone}
          name='applicantPhone'
        >
          <FormInput
            value={draft.applicantPhone}
            type='number'
            maxlength={13}
            invalid={Boolean(errors.applicantPhone)}
            onChange={(applicantPhone) => update({ applicantPhone })}
          />
        </FormField>
      ) : null}
      {isProxy ? (
        <FormField
          label='本人同意您替他（她）申请吗？'
          hint='替家人申请，需要家人本人同意'
          error={errors.subjectConsentMethod}
          name='subjectConsentMethod'
        >
          <FormChoice
            name='subjectConsentMethod'
            options={CONSENT_METHOD_OPTIONS}
            selected={[draft.subjectConsentMethod]}
            invalid={Boolean(errors.subjectConsentMethod)}
            onToggle={(subjectConsentMethod) => update({ subjectConsentMethod })}
          />
        </FormField>
      ) : null}
    </View>
  );
}
