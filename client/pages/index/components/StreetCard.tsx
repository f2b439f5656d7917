import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TDistrictOverview } from '@shared/schemas/org';
import { tapProps } from '@/components/Tappable';

type Props = { street: TDistrictOverview['streets'][number] };

export const STREET_PAGE = '/packages/org/pages/street/index';

/** One street/town: its station and how many community/village points it has. Tap to see them all. */
export default function StreetCard({ street }: Props) {
  const handleTap = () => {
    void Taro.navigateTo({
      url: `${STREET_PAGE}?code=${street.code}&name=${encodeURIComponent(street.name)}`,
    });
  };

  return (
    <View className='street-card' {...tapProps(handleTap, { role: 'link' })}>
      <View className='street-card__body'>
        <Text className='street-card__name'>{street.name}</Text>
        <Text className='street-card__station'>{street.station?.name ?? '服务站筹建中'}</Text>
        <Text className='street-card__count'>{street.communityCount} 个村社服务点</Text>
      </View>
      <Text className='street-card__more'>查看 ›</Text>
    </View>
  );
}
