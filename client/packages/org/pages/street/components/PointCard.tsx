import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { POINT_LEVEL_LABELS } from '@shared/domain/roles';
import type { TServicePoint } from '@shared/schemas/org';
import { pointUrl } from '@/components/ContentLinks';
import { isWeapp } from '@/env';
import { tapProps } from '@/components/Tappable';

type Props = { point: TServicePoint };
type Tap = { stopPropagation?: () => void };

/** One service point: name, where it is, when it is open, and how to reach it; tap for the point page. */
export default function PointCard({ point }: Props) {
  const isStation = point.level === 'street_station';
  const canOpenMap = isWeapp && point.lat !== null && point.lng !== null;
  const canCall = Boolean(point.phone) && !point.isSampleContact;

  const handleOpen = () => {
    void Taro.navigateTo({ url: pointUrl(point.id) });
  };
  const handleMap = (e: Tap) => {
    if (!canOpenMap) return;
    e.stopPropagation?.();
    void Taro.openLocation({
      latitude: point.lat!,
      longitude: point.lng!,
      name: point.name,
      address: point.address ?? '',
    });
  };
  const handleCall = (e: Tap) => {
    if (!canCall) return;
    e.stopPropagation?.();
    void Taro.makePhoneCall({ phoneNumber: point.phone! });
  };

  return (
    <View
      className={`point-card${isStation ? ' point-card--station' : ''}`}
      {...tapProps(handleOpen, { role: 'link' })}
    >
      <Text className='point-card__level'>{POINT_LEVEL_LABELS[point.level]}</Text>
      <Text className='point-card__name'>{point.name}</Text>
      {point.divisionName && !point.name.startsWith(point.divisionName) ? (
        <Text className='point-card__line'>所在：{point.divisionName}</Text>
      ) : null}
      <Text className={`point-card__line${canOpenMap ? ' point-card__link' : ''}`} {...tapProps(handleMap)}>
        {point.address ? `地址：${point.address}` : '地址待补充'}
        {canOpenMap ? '（点击看地图）' : ''}
      </Text>
      <Text className='point-card__line'>开放时间：{point.openingHours ?? '待补充'}</Text>
      {point.phone ? (
        <Text className={`point-card__line${canCall ? ' point-card__link' : ''}`} {...tapProps(handleCall)}>
          电话：{point.phone}
          {canCall ? '（点击拨打）' : ''}
        </Text>
      ) : null}
      {point.isSampleContact ? (
        <Text className='point-card__note'>联系方式和开放时间是示例，请以站点现场公布的为准</Text>
      ) : null}
      <Text className='point-card__more'>看详情、能办什么 ›</Text>
    </View>
  );
}
