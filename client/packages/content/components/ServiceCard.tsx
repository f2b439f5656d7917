import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DELIVERY_LABELS, NEED_TIER_LABELS } from '@shared/domain/assistance';
import type { TServiceSummary } from '@shared/schemas/services';
import { serviceUrl } from '@/components/ContentLinks';
import './ListSearch.scss';
import { tapProps } from '@/components/Tappable';

const CAPACITY_NOTE = { available: '', full: '名额已满', waitlist: '需要排队' } as const;

/** One service in a list: name, what it is, need tier and kind of help, who provides it. */
export default function ServiceCard({ service }: { service: TServiceSummary }) {
  const note = CAPACITY_NOTE[service.capacity];
  return (
    <View className='list-card' {...tapProps(() => void Taro.navigateTo({ url: serviceUrl(service.slug) }))}>
      <Text className='list-card__title'>{service.name}</Text>
      <Text className='list-card__text'>{service.description}</Text>
      <View className='list-card__tags'>
        <Text className='list-card__tag'>{NEED_TIER_LABELS[service.needTier]}</Text>
        <Text className='list-card__tag'>{DELIVERY_LABELS[service.delivery]}</Text>
        {note ? <Text className='list-card__tag'>{note}</Text> : null}
      </View>
      <View className='list-card__footer'>
        <Text className='list-card__meta'>提供：{service.provider.name}</Text>
        <Text className='list-card__more'>看详情 ›</Text>
      </View>
    </View>
  );
}
