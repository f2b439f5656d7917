import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TConferenceList } from '@shared/schemas/conferences';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { CONFERENCE_ROLES, TASKS_PAGE, conferenceUrl, formatTime } from '../../lib/meet';
import '../../meet.scss';

type Item = TConferenceList['items'][number];

/** How a conference stands, in plain words: not held yet, held with its decisions, or held without a record. */
export function conferenceStatus(item: Item, now = Date.now()): string {
  if (new Date(item.startsAt).getTime() > now) return '还没开始';
  return item.decisionCount > 0 ? '已开完，结论已记录' : '已开完，还没记录结论';
}

const where = (item: Item) => item.place ?? (item.online ? '线上' : '');

function Card({ item }: { item: Item }) {
  return (
    <View className='meet__card' {...tapProps(() => void Taro.navigateTo({ url: conferenceUrl(item.id) }))}>
      <View className='meet__row'>
        <Text className='meet__strong'>{item.title}</Text>
        <Text className='meet__muted'>›</Text>
      </View>
      <Text className='meet__line'>时间：{formatTime(item.startsAt)}</Text>
      <Text className='meet__line'>
        地点：{where(item)}
        {item.place && item.online ? '（也可以线上参加）' : ''}
      </Text>
      <Text className='meet__line'>
        商量 {item.caseCount} 件事 · {conferenceStatus(item)}
      </Text>
    </View>
  );
}

/** 会商安排: the conferences I convened or was invited to, upcoming first (soonest on top), then past ones. */
function ConferencesPage() {
  const query = usePageQuery(() => call('conferences.list', {}), []);
  return (
    <PageShell className='meet' query={query}>
      {({ items }) => {
        const now = Date.now();
        const upcoming = items.filter((i) => new Date(i.startsAt).getTime() > now).reverse();
        const past = items.filter((i) => new Date(i.startsAt).getTime() <= now);
        return (
          <View className='meet__body'>
            <View className='meet__row'>
              <Text className='meet__title'>会商安排</Text>
              <Text className='meet__chip' {...tapProps(() => void Taro.navigateTo({ url: TASKS_PAGE }))}>
                我的待办 ›
              </Text>
            </View>
            <Text className='meet__hint'>您召集或被邀请参加的会商，点开可以看详情。</Text>
            <Text className='meet__section'>还没开的会商</Text>
            {upcoming.length === 0 ? <Text className='meet__empty'>现在没有要开的会商</Text> : null}
            {upcoming.map((i) => (
              <Card key={i.id} item={i} />
            ))}
            {past.length > 0 ? <Text className='meet__section'>开过的会商</Text> : null}
            {past.map((i) => (
              <Card key={i.id} item={i} />
            ))}
          </View>
        );
      }}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={CONFERENCE_ROLES}>
      <ConferencesPage />
    </StaffGate>
  );
}
