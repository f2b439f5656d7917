import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TLivestreamSummary } from '@shared/schemas/content';
import { LIVE_STATE_LABELS, formatDateTime } from '@/components/ContentFormat';
import { PAGES } from '@/components/ContentLinks';
import { tapProps } from '@/components/Tappable';

type Props = { stream: TLivestreamSummary | null };

/** The stream on now, else the next one; tap for the 直播 tab (remind me / watch). */
export default function NextLive({ stream }: Props) {
  if (!stream) return null;
  return (
    <View className='home-live' {...tapProps(() => void Taro.switchTab({ url: PAGES.live }), { role: 'link' })}>
      <Text className={`home-live__badge home-live__badge--${stream.state}`}>{LIVE_STATE_LABELS[stream.state]}</Text>
      <Text className='home-live__title'>{stream.title}</Text>
      <Text className='home-live__time'>
        {stream.state === 'live' ? '现在正在直播' : `${formatDateTime(stream.startsAt)} 开播`} · {stream.speaker}
      </Text>
      <Text className='home-live__more'>{stream.state === 'live' ? '去看直播 ›' : '预约提醒 ›'}</Text>
    </View>
  );
}

/** Live now first, else the soonest upcoming stream; null when none. */
export function pickNextLive(items: TLivestreamSummary[]): TLivestreamSummary | null {
  const live = items.find((s) => s.state === 'live');
  if (live) return live;
  const upcoming = items
    .filter((s) => s.state === 'upcoming')
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return upcoming[0] ?? null;
}
