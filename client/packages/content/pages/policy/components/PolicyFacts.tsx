import { Text, View } from '@tarojs/components';
import type { TPolicyDetail } from '@shared/schemas/policies';
import ContentSection from '@/components/ContentSection';
import { formatDate } from '@/components/ContentFormat';
import Paragraphs from '@/packages/content/components/Paragraphs';
import ContentPhone from '@/components/ContentPhone';

type Props = { policy: TPolicyDetail };

/** Who can apply, what to bring, the steps with their time limits, and whom to call. */
export default function PolicyFacts({ policy }: Props) {
  return (
    <>
      <ContentSection title='谁可以申请'>
        <Paragraphs className='policy-detail__text' text={policy.eligibilityText} />
      </ContentSection>
      {policy.materials.length > 0 ? (
        <ContentSection title='要准备的材料' hint='不齐也可以先来问，工作人员会告诉您怎么补'>
          <View className='policy-detail__list'>
            {policy.materials.map((m, i) => (
              <Text key={i} className='policy-detail__item'>
                {i + 1}. {m}
              </Text>
            ))}
          </View>
        </ContentSection>
      ) : null}
      {policy.steps.length > 0 ? (
        <ContentSection title='怎么办理'>
          {policy.steps.map((step, i) => (
            <View key={i} className='policy-step'>
              <Text className='policy-step__no'>第 {i + 1} 步</Text>
              <Text className='policy-step__title'>{step.title}</Text>
              {step.timeLimit ? <Text className='policy-step__limit'>时限：{step.timeLimit}</Text> : null}
            </View>
          ))}
        </ContentSection>
      ) : null}
      {policy.contacts.length > 0 ? (
        <ContentSection title='问谁'>
          {policy.contacts.map((c, i) => (
            <View key={i} className='policy-contact'>
              <Text className='policy-contact__name'>{c.name}</Text>
              {c.phone ? <ContentPhone phone={c.phone} /> : null}
            </View>
          ))}
        </ContentSection>
      ) : null}
      <ContentSection title='政策说明'>
        <Paragraphs className='policy-detail__text' text={policy.body} />
        {policy.effectiveFrom || policy.effectiveTo ? (
          <Text className='policy-detail__dates'>
            有效期：{policy.effectiveFrom ? formatDate(policy.effectiveFrom) : '以前'} 起
            {policy.effectiveTo ? `，到 ${formatDate(policy.effectiveTo)}` : '，长期有效'}
          </Text>
        ) : null}
      </ContentSection>
    </>
  );
}
