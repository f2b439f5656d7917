import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { LocationError, getCurrentPosition, type Position } from '@/services/location';
import EventCard from '../../components/EventCard';
import { MY_SIGNUPS_PAGE } from '../../lib/events';
import './index.scss';

async function load(pos: Position | null, streetCode: string | null) {
  const [{ items }, { streets }] = await Promise.all([
    call('events.list', { limit: 50, ...(pos ?? {}), ...(streetCode ? { streetCode } : {}) }),
    call('org.overview', {}),
  ]);
  return { items, streets: streets.map((s) => ({ code: s.code, name: s.name })) };
}

/** 社区活动: upcoming 十二春风 days and community events, near me (asked on tap) or by street. */
export default function EventsPage() {
  const [pos, setPos] = useState<Position | null>(null);
  const [street, setStreet] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  const [failed, setFailed] = useState(false);
  const query = usePageQuery(() => load(pos, street), [pos?.lat, pos?.lng, street]);

  const locate = async () => {
    setLocating(true);
    setFailed(false);
    try {
      setPos(await getCurrentPosition());
      setStreet(null);
    } catch (error) {
      setFailed(error instanceof LocationError);
    } finally {
      setLocating(false);
    }
  };

  return (
    <PageShell className='events' query={query}>
      {({ items, streets }) => (
        <>
          <View className='events__header'>
            <Text className='events__title'>社区活动</Text>
            <Text className='events__subtitle'>十二春风，每月一个主题。看看附近有什么活动，可以给自己或家人报名。</Text>
          </View>
          <View className='events__tools'>
            <ActionButton kind='plain' busy={locating} busyText='正在定位…' onTap={() => void locate()}>
              {pos ? '已按离我远近排好' : '看离我近的活动'}
            </ActionButton>
            {failed ? <Text className='events__notice'>暂时定不到您的位置，可以按街道找。</Text> : null}
            <Text
              className='events__mine'
              {...tapProps(() => void Taro.navigateTo({ url: MY_SIGNUPS_PAGE }), { role: 'link' })}
            >
              我的报名 ›
            </Text>
          </View>
          <View className='events__streets'>
            {[{ code: '', name: '全部' }, ...streets].map((s) => (
              <Text
                key={s.code || 'all'}
                className={`events__street${(street ?? '') === s.code ? ' events__street--on' : ''}`}
                {...tapProps(() => {
                  setStreet(s.code || null);
                  setPos(null);
                })}
              >
                {s.name}
              </Text>
            ))}
          </View>
          {items.length === 0 ? <Text className='events__empty'>近期这里还没有活动，过几天再来看看。</Text> : null}
          {items.map((e) => (
            <EventCard key={e.id} event={e} />
          ))}
        </>
      )}
    </PageShell>
  );
}
