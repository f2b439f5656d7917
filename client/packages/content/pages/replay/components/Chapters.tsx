import { Text, View } from '@tarojs/components';
import type { TLivestreamDetail } from '@shared/schemas/content';
import { formatOffset } from '@/components/ContentFormat';
import PolicyLinks from '@/packages/content/components/PolicyLinks';
import { tapProps } from '@/components/Tappable';

type Props = {
  chapters: TLivestreamDetail['chapters'];
  titles: Map<string, string>;
  current?: number;
  onSeek?: (startSec: number) => void;
};

/** The replay's chapters: tap to jump there; each lists the policies it explains. */
export default function Chapters({ chapters, titles, current, onSeek }: Props) {
  if (chapters.length === 0) return null;
  return (
    <View className='replay__chapters'>
      <Text className='replay__chapters-title'>分段看（点一下跳到这里）</Text>
      {chapters.map((c) => (
        <View key={c.startSec} className={`replay-chapter${current === c.startSec ? ' replay-chapter--on' : ''}`}>
          <View className='replay-chapter__row' {...(onSeek ? tapProps(() => onSeek(c.startSec)) : {})}>
            <Text className='replay-chapter__time'>{formatOffset(c.startSec)}</Text>
            <Text className='replay-chapter__title'>{c.title}</Text>
          </View>
          <PolicyLinks slugs={c.policySlugs} titles={titles} />
        </View>
      ))}
    </View>
  );
}
