import { Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { DELIVERY_LABELS, NEED_TIER_LABELS, PROVIDER_KIND_LABELS } from '@shared/domain/assistance';
import ActionButton from '@/components/ActionButton';
import ContentSection from '@/components/ContentSection';
import { PAGES, policyUrl, providerUrl, serviceUrl, wizardUrl } from '@/components/ContentLinks';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { requireSlug } from '@/packages/content/components/slug';
import ProviderContact from '@/packages/content/components/ProviderContact';
import './index.scss';
import { tapProps } from '@/components/Tappable';

const CAPACITY_TEXT = { available: '可以申请', full: '名额已满，可以先登记', waitlist: '需要排队等候' } as const;

const go = (url: string) => () => void Taro.navigateTo({ url });

/**
 * 服务详情: what it is and for whom, where and how to get it, what it costs, what to bring, when, and whom to
 * contact (tap to call when the provider has a real number; otherwise whom to ask).
 */
export default function ServicePage() {
  const slug = useRouter()?.params?.slug;
  const query = usePageQuery(
    () => call('services.get', { slug: requireSlug(slug, '没有找到这项服务，请回到服务清单重新选择') }),
    [slug],
  );

  useShareAppMessage(() => ({
    title: query.data ? query.data.name : '服务详情',
    path: slug ? serviceUrl(slug) : PAGES.services,
  }));

  return (
    <PageShell className='service-detail' query={query}>
      {(s) => (
        <>
          <View className='service-detail__header'>
            <Text className='service-detail__title'>{s.name}</Text>
            <Text className='service-detail__subtitle'>提供：{s.provider.name}</Text>
          </View>
          <View className='service-detail__intro'>
            <Text className='service-detail__text'>{s.description}</Text>
            <View className='service-detail__tags'>
              <Text className='service-detail__tag'>{NEED_TIER_LABELS[s.needTier]}</Text>
              <Text className='service-detail__tag'>{DELIVERY_LABELS[s.delivery]}</Text>
              <Text className='service-detail__tag'>{CAPACITY_TEXT[s.capacity]}</Text>
            </View>
          </View>
          <ContentSection title='谁可以申请'>
            <Text className='service-detail__line'>{s.eligibilityDescription}</Text>
          </ContentSection>
          <ContentSection title='怎么办'>
            {s.howToApply.length > 0 ? (
              s.howToApply.map((step, i) => (
                <Text key={step} className='service-detail__step'>
                  {i + 1}. {step}
                </Text>
              ))
            ) : (
              <Text className='service-detail__line'>到所在社区（村）服务点问问，工作人员会告诉您怎么办。</Text>
            )}
          </ContentSection>
          <ContentSection title='在哪里'>
            <Text className='service-detail__line'>服务范围：{s.areas.map((a) => a.name).join('、')}</Text>
            {s.provider.address ? <Text className='service-detail__line'>地点：{s.provider.address}</Text> : null}
            <Text className='service-detail__link' {...tapProps(go(PAGES.near))}>
              找离我最近的服务点 ›
            </Text>
          </ContentSection>
          <ContentSection title='费用'>
            <Text className='service-detail__line'>{s.cost ?? '费用没有写明，办理前请先问清楚'}</Text>
          </ContentSection>
          {s.requiredDocuments.length > 0 ? (
            <ContentSection title='要带的材料'>
              {s.requiredDocuments.map((d) => (
                <Text key={d} className='service-detail__line'>
                  · {d}
                </Text>
              ))}
            </ContentSection>
          ) : null}
          <ContentSection title='服务时间'>
            <Text className='service-detail__line'>{s.schedule ?? '时间没有写明，可以先问问'}</Text>
            {s.accessibility ? <Text className='service-detail__line'>无障碍：{s.accessibility}</Text> : null}
            <Text className='service-detail__line'>语言：{s.languages.join('、')}</Text>
          </ContentSection>
          <ContentSection title='联系谁'>
            <Text className='service-detail__link' {...tapProps(go(providerUrl(s.provider.slug)))}>
              {s.provider.name}（{PROVIDER_KIND_LABELS[s.provider.kind]}）›
            </Text>
            <ProviderContact provider={s.provider} />
          </ContentSection>
          {s.policies.length > 0 ? (
            <ContentSection title='相关政策'>
              {s.policies.map((p) => (
                <Text key={p.slug} className='service-detail__link' {...tapProps(go(policyUrl(p.slug)))}>
                  {p.title} ›
                </Text>
              ))}
            </ContentSection>
          ) : null}
          <Text className='service-detail__verified'>
            信息核实：{s.lastVerifiedAt}，{s.lastVerifiedBy}
          </Text>
          <View className='service-detail__actions'>
            <ActionButton onTap={go(wizardUrl({ from: 'home', needTier: s.needTier }))}>我要求助</ActionButton>
          </View>
        </>
      )}
    </PageShell>
  );
}
