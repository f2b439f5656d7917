import { Text, View } from '@tarojs/components';
import type { TServicePoint } from '@shared/schemas/org';
import { POINT_LEVEL_LABELS } from '@shared/domain/roles';

type Props = { hub: TServicePoint };

/** The district hub (区级助联体): the top of the three-tier network. */
export default function HubCard({ hub }: Props) {
  return (
    <View className='hub-card'>
      <Text className='hub-card__label'>{POINT_LEVEL_LABELS.district_hub}</Text>
      <Text className='hub-card__name'>{hub.name}</Text>
      <Text className='hub-card__line'>{hub.address ? `地址：${hub.address}` : '地址待补充'}</Text>
      {hub.openingHours ? <Text className='hub-card__line'>开放时间：{hub.openingHours}</Text> : null}
    </View>
  );
}
