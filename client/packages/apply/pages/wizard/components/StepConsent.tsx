import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import { isWeapp } from '@/env';
import { ensurePrivacyAuthorized, openPrivacyContract } from '@/services/privacy';
import { needsSensitiveConsent, SENSITIVE_CONSENT_NEEDED } from '@shared/domain/sensitive-data';
import { submitBody } from '@/packages/apply/pages/wizard/model';
import { PRIVACY_NOTICE, PRIVACY_NOTICE_TITLE, SENSITIVE_NOTICE } from '../privacy-notice';
import type { StepProps } from './step-props';
import { tapProps } from '@/components/Tappable';

/**
 * Step 6: the privacy notice (must agree) and, separately, sensitive data: required when the application carries any
 * (shared rule; in practice always, since the description is required), with one sentence saying why.
 */
export default function StepConsent({ draft, errors, update }: StepProps) {
  const [blocked, setBlocked] = useState(false);
  const privacyError = errors['consents.privacyNotice'] ?? errors.consents;
  const sensitiveError = errors['consents.sensitiveData'];
  const body = submitBody(draft);
  const sensitiveNeeded = body.channel !== 'referral' && needsSensitiveConsent(body).length > 0;

  const togglePrivacy = async () => {
    if (draft.privacyNotice) {
      update({ privacyNotice: false });
      return;
    }
    // In the mini-program, agreeing here also settles WeChat's own privacy gate.
    const granted = await ensurePrivacyAuthorized();
    setBlocked(!granted);
    if (granted) update({ privacyNotice: true });
  };

  return (
    <View className='apply-step apply-step--consent'>
      <View className='apply-notice'>
        <Text className='apply-notice__title'>{PRIVACY_NOTICE_TITLE}</Text>
        {PRIVACY_NOTICE.map((line) => (
          <Text key={line} className='apply-notice__line'>
            {line}
          </Text>
        ))}
        {isWeapp ? (
          <Text className='apply-notice__link' {...tapProps(() => void openPrivacyContract(), { role: 'link' })}>
            查看小程序完整的隐私保护指引 ›
          </Text>
        ) : null}
      </View>
      <FormField label='您同意吗？' error={privacyError} name='privacyNotice'>
        <FormChoice
          name='privacyNotice'
          multiple
          options={[{ value: 'yes', label: '我已阅读并同意上面的说明' }]}
          selected={draft.privacyNotice ? ['yes'] : []}
          invalid={Boolean(privacyError)}
          onToggle={() => void togglePrivacy()}
        />
      </FormField>
      {blocked ? (
        <Text className='apply-step__note apply-step__note--warning'>
          需要在微信弹出的提示里点「同意」，才能提交申请
        </Text>
      ) : null}
      {draft.channel !== 'referral' ? (
        <FormField
          label='敏感信息'
          optional={!sensitiveNeeded}
          hint={sensitiveNeeded ? SENSITIVE_CONSENT_NEEDED : SENSITIVE_NOTICE}
          error={sensitiveError}
          name='sensitiveData'
        >
          <FormChoice
            name='sensitiveData'
            multiple
            options={[{ value: 'yes', label: '同意工作人员使用健康、残疾、收入等信息' }]}
            selected={draft.sensitiveData ? ['yes'] : []}
            invalid={Boolean(sensitiveError)}
            onToggle={() => update({ sensitiveData: !draft.sensitiveData })}
          />
        </FormField>
      ) : null}
    </View>
  );
}
