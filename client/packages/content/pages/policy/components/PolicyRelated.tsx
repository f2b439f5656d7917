import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TPolicyDetail } from '@shared/schemas/policies';
import ContentSection from '@/components/ContentSection';
import { formatOffset } from '@/components/ContentFormat';
import { replayUrl, serviceUrl, storyUrl } from '@/components/ContentLinks';
import { tapProps } from '@/components/Tappable';

type Props = { related: TPolicyDetail['related'] };

const go = (url: string) => () => void Taro.navigateTo({ url });

/** Services that deliver this policy, livestream chapters that explain it, and stories of people it helped. */
export default function PolicyRelated({ related }: Props) {
  const { services, livestreams, stories } = related;
  if (services.length + livestreams.length + stories.length === 0) return null;
  return (
    <>
      {services.length > 0 ? (
        <ContentSection title='能提供帮助的服务' hint='点开看在哪里办、怎么办、找谁'>
          {services.map((s) => (
            <Text key={s.slug} className='policy-related__link' {...tapProps(go(serviceUrl(s.slug)), { role: 'link' })}>
              {s.name} ›
            </Text>
          ))}
        </ContentSection>
      ) : null}
      {livestreams.length > 0 ? (
        <ContentSection
          title='直播里讲过'
          hint={livestreams.some((l) => l.chapters.length > 0) ? '点小节，从讲这条政策的地方开始看' : undefined}
        >
          {livestreams.map((l) => (
            <View key={l.slug} className='policy-related__live'>
              <Text className='policy-related__link' {...tapProps(go(replayUrl(l.slug)), { role: 'link' })}>
                {l.title} ›
              </Text>
              {l.chapters.map((c) => (
                <Text
                  key={c.startSec}
                  className='policy-related__chapter'
                  {...tapProps(go(replayUrl(l.slug, c.startSec)), { role: 'link' })}
                >
                  {formatOffset(c.startSec)} {c.title}
                </Text>
              ))}
            </View>
          ))}
        </ContentSection>
      ) : null}
      {stories.length > 0 ? (
        <ContentSection title='身边的故事'>
          {stories.map((s) => (
            <Text
              key={s.slug}
              className='policy-related__link policy-related__story'
              {...tapProps(go(storyUrl(s.slug)), { role: 'link' })}
            >
              {s.title} ›
            </Text>
          ))}
        </ContentSection>
      ) : null}
    </>
  );
}
