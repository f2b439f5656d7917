import { Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { PROVIDER_KIND_LABELS } from '@shared/domain/assistance';
import ContentSection from '@/components/ContentSection';
import { PAGES, providerUrl, servicesUrl } from '@/components/ContentLinks';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { requireSlug } from '@/packages/content/components/slug';
import ProviderContact from '@/packages/content/components/ProviderContact';
import ServiceCard from '@/packages/content/components/ServiceCard';
import '../service/index.scss';
import { tapProps } from '@/components/Tappable';

/** 服务力量详情: who they are, how to reach them, and the services they offer. */
export default function ProviderPage() {
  const slug = useRouter()?.params?.slug;
  const query = usePageQuery(
    () => call('providers.get', { slug: requireSlug(slug, '没有找到这个服务力量，请回到力量清单重新选择') }),
    [slug],
  );

  useShareAppMessage(() => ({
    title: query.data ? query.data.name : '服务力量',
    path: slug ? providerUrl(slug) : PAGES.providers,
  }));

  return (
    <PageShell className='provider-detail' query={query}>
      {(p) => (
        <>
          <View className='provider-detail__header'>
            <Text className='provider-detail__title'>{p.name}</Text>
            <Text className='provider-detail__subtitle'>{PROVIDER_KIND_LABELS[p.kind]}</Text>
          </View>
          <View className='provider-detail__intro'>
            <Text className='provider-detail__text'>{p.description}</Text>
          </View>
          <ContentSection title='怎么联系'>
            {p.address ? <Text className='provider-detail__line'>地点：{p.address}</Text> : null}
            <ProviderContact provider={p} />
          </ContentSection>
          <ContentSection title={`提供的服务（${p.services.length} 项）`}>
            {p.services.length > 0 ? (
              p.services.map((s) => <ServiceCard key={s.slug} service={s} />)
            ) : (
              <Text className='provider-detail__line'>暂时没有公开的服务。</Text>
            )}
            {p.services.length > 0 ? (
              <Text
                className='provider-detail__link'
                {...tapProps(() => void Taro.navigateTo({ url: servicesUrl({ slug: p.slug, name: p.name }) }))}
              >
                在服务清单里按条件查找这些服务 ›
              </Text>
            ) : null}
          </ContentSection>
        </>
      )}
    </PageShell>
  );
}
