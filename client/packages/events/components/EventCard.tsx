import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TEvent } from '@shared/schemas/events';
import { tapProps } from '@/components/Tappable';
import { distanceText, eventTime, eventUrl, placesText, tagOf } from '../lib/events';
import './EventCard.scss';

/** One event in a list: the tag, theme, time, place and places left; tapping opens the detail. */
export default function EventCard({ event }: { event: TEvent }) {
  const far = distanceText(event.distanceMetres);
  return (
    <View
      className='event-card'
      {...tapProps(() => void Taro.navigateTo({ url: eventUrl(event.id) }), { role: 'link' })}
    >
      <Text className={`event-card__tag${event.springMonth ? ' event-card__tag--spring' : ''}`}>{tagOf(event)}</Text>
      <Text className='event-card__theme'>{event.theme}</Text>
      <Text className='event-card__line'>时间：{eventTime(event)}</Text>
      <Text className='event-card__line'>
        地点：{event.place.name}
        {far ? `（${far}）` : ''}
      </Text>
      <Text className={`event-card__places${event.placesLeft > 0 ? '' : ' event-card__places--full'}`}>
        {placesText(event)}
      </Text>
    </View>
  );
}
