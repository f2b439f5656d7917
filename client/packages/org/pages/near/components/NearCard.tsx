import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { POINT_LEVEL_LABELS } from '@shared/domain/roles';
import type { TServicePoint } from '@shared/schemas/org';
import { formatDistance } from '@/components/ContentFormat';
import { pointUrl } from '@/components/ContentLinks';
import { tapProps } from '@/components/Tappable';

type Props = { point: TServicePoint; distanceMetres: number; openNow: boolean | null | undefined };

/** One point near me: distance, "open now" once known, a call button when the number is real. */
export default function NearCard({ point, distanceMetres, openNow }: Props) {
  const canCall = Boolean(point.phone) && !point.isSampleContact;
  const open = () => void Taro.navigateTo({ url: pointUrl(point.id) });
  const dial = (e: { stopPropagation?: () => void }) => {
    e.stopPropagation?.();
    void Taro.makePhoneCall({ phoneNumber: point.phone! }).catch(() => undefined);
  };

  return (
    <View className='near-card' {...tapProps(open, { role: 'link' })}>
      <View className='near-card__top'>
        <Text className='near-card__distance'>{formatDistance(distanceMetres)}</Text>
        {openNow === true ? <Text className='near-card__open near-card__open--yes'>● 现在开门</Text> : null}
        {openNow === false ? <Text className='near-card__open near-card__open--no'>○ 现在不开门</Text> : null}
      </View>
      <Text className='near-card__name'>{point.name}</Text>
      <Text className='near-card__line'>
        {POINT_LEVEL_LABELS[point.level]} · {point.address ?? '地址待补充'}
      </Text>
      <View className='near-card__actions'>
        {canCall ? (
          <Text className='near-card__call' {...tapProps(dial)}>
            打电话
          </Text>
        ) : null}
        <Text className='near-card__more'>看详情 ›</Text>
      </View>
    </View>
  );
}
