import { Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { NEED_TIER_LABELS, TARGET_GROUP_HINTS, TARGET_GROUP_LABELS } from '@shared/domain/assistance';
import ActionButton from '@/components/ActionButton';
import { PAGES, policyUrl, suggestCategories, wizardUrl } from '@/components/ContentLinks';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { requireSlug } from '@/packages/content/components/slug';
import PolicyFacts from './components/PolicyFacts';
import PolicyRelated from './components/PolicyRelated';
import './index.scss';

/** 政策详情: eligibility in plain words, materials, steps, contacts, related content, and the two next steps. */
export default function PolicyPage() {
  const slug = useRouter()?.params?.slug;
  const query = usePageQuery(
    () => call('policies.get', { slug: requireSlug(slug, '没有找到这条政策，请回到政策清单重新选择') }),
    [slug],
  );

  useShareAppMessage(() => ({
    title: query.data ? query.data.title : '政策详情',
    path: slug ? policyUrl(slug) : PAGES.policies,
  }));

  return (
    <PageShell className='policy-detail' query={query}>
      {(policy) => {
        const group = policy.targetGroups[0] ?? null;
        const handleApply = () => {
          void Taro.navigateTo({
            url: wizardUrl({
              from: 'policy',
              needTier: policy.needTiers[0],
              targetGroup: group,
              categories: suggestCategories(group),
            }),
          });
        };
        const handleCheck = () => void Taro.navigateTo({ url: PAGES.selfCheck });
        return (
          <>
            <View className='policy-detail__header'>
              <Text className='policy-detail__title'>{policy.title}</Text>
              <Text className='policy-detail__dept'>负责部门：{policy.department.name}</Text>
            </View>
            <View className='policy-detail__intro'>
              <Text className='policy-detail__summary'>{policy.summary}</Text>
              <View className='policy-detail__tags'>
                {policy.needTiers.map((t) => (
                  <Text key={t} className='policy-detail__tag'>
                    {NEED_TIER_LABELS[t]}
                  </Text>
                ))}
              </View>
              {policy.targetGroups.map((g) => (
                <Text key={g} className='policy-detail__term'>
                  {TARGET_GROUP_LABELS[g]}：{TARGET_GROUP_HINTS[g]}
                </Text>
              ))}
            </View>
            <PolicyFacts policy={policy} />
            <PolicyRelated related={policy.related} />
            <View className='policy-detail__actions'>
              <ActionButton className='policy-detail__apply' onTap={handleApply}>
                我要申请
              </ActionButton>
              <ActionButton className='policy-detail__check' kind='plain' onTap={handleCheck}>
                看看我能不能申请
              </ActionButton>
            </View>
          </>
        );
      }}
    </PageShell>
  );
}
