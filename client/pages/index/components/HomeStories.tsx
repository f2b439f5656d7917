import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { storyUrl } from '@/components/ContentLinks';
import { tapProps } from '@/components/Tappable';

type Story = { slug: string; title: string; summary: string };

/** A few stories of neighbours who asked for help, so asking feels normal. */
export default function HomeStories({ stories }: { stories: Story[] }) {
  if (stories.length === 0) return null;
  return (
    <View className='home__block'>
      <Text className='home__section-title'>身边的故事</Text>
      {stories.map((s) => (
        <View
          key={s.slug}
          className='story-card'
          {...tapProps(() => void Taro.navigateTo({ url: storyUrl(s.slug) }), { role: 'link' })}
        >
          <Text className='story-card__title'>{s.title}</Text>
          <Text className='story-card__summary'>{s.summary}</Text>
        </View>
      ))}
    </View>
  );
}
