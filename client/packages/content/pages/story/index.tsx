import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { NEED_TIER_LABELS, TARGET_GROUP_LABELS } from '@shared/domain/assistance';
import ActionButton from '@/components/ActionButton';
import { PAGES, storyUrl, suggestCategories, wizardUrl } from '@/components/ContentLinks';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import Paragraphs from '@/packages/content/components/Paragraphs';
import PolicyLinks from '@/packages/content/components/PolicyLinks';
import { requireSlug } from '@/packages/content/components/slug';
import { usePolicyTitles } from '@/packages/content/components/usePolicyTitles';
import './index.scss';
import { altProps } from '@/components/Tappable';

/** Only images on https (or our own relative paths) are shown; anything else is skipped, never fetched. */
const isSafeImage = (src: string) => /^https:\/\//.test(src) || /^\/[\w\-./]+$/.test(src);

/** 身边的故事: one story in plain paragraphs, the policies it used, and an invitation to ask too. */
export default function StoryPage() {
  const slug = useRouter()?.params?.slug;
  const query = usePageQuery(
    () => call('stories.get', { slug: requireSlug(slug, '没有找到这个故事，请返回首页看看别的') }),
    [slug],
  );
  const titles = usePolicyTitles(query.data?.policySlugs);

  useShareAppMessage(() => ({
    title: query.data ? query.data.title : '身边的故事',
    path: slug ? storyUrl(slug) : PAGES.home,
  }));

  return (
    <PageShell className='story' query={query}>
      {(story) => {
        const group = story.targetGroups[0] ?? null;
        const handleAsk = () =>
          void Taro.navigateTo({
            url: wizardUrl({
              from: 'story',
              needTier: story.needTiers[0],
              targetGroup: group,
              categories: suggestCategories(group),
            }),
          });
        return (
          <>
            <View className='story__header'>
              <Text className='story__title'>{story.title}</Text>
              <View className='story__tags'>
                {story.needTiers.map((t) => (
                  <Text key={t} className='story__tag'>
                    {NEED_TIER_LABELS[t]}
                  </Text>
                ))}
                {story.targetGroups.map((g) => (
                  <Text key={g} className='story__tag'>
                    {TARGET_GROUP_LABELS[g]}
                  </Text>
                ))}
              </View>
            </View>
            <Text className='story__summary'>{story.summary}</Text>
            {story.images.filter(isSafeImage).map((src) => (
              <Image key={src} className='story__image' src={src} mode='widthFix' {...altProps('故事配图')} />
            ))}
            <Paragraphs className='story__body' text={story.body} />
            {titles.size > 0 ? (
              <View className='story__policies'>
                <Text className='story__section-title'>故事里用到的政策</Text>
                <PolicyLinks slugs={story.policySlugs} titles={titles} />
              </View>
            ) : null}
            <View className='story__actions'>
              <Text className='story__invite'>遇到难处，您也可以开口问一问。</Text>
              <ActionButton className='story__ask' onTap={handleAsk}>
                我要求助
              </ActionButton>
            </View>
          </>
        );
      }}
    </PageShell>
  );
}
