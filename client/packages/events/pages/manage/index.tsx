import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { attendeesUrl, eventTime, PUBLISHER_ROLES, placesText, tagOf } from '../../lib/events';
import PublishForm from './PublishForm';
import './index.scss';

/** 活动管理: my department's or point's events (tap one for its list and check-in), and publishing a new one. */
function Manage() {
  const query = usePageQuery(() => call('events.manage', {}), []);
  const [publishing, setPublishing] = useState(false);
  return (
    <PageShell className='manage' query={query}>
      {({ items }) => (
        <>
          <View className='manage__header'>
            <Text className='manage__title'>活动管理</Text>
          </View>
          {publishing ? (
            <PublishForm
              onDone={() => {
                setPublishing(false);
                void query.reload();
              }}
              onCancel={() => setPublishing(false)}
            />
          ) : (
            <Text className='manage__new' {...tapProps(() => setPublishing(true))}>
              ＋ 发布新活动
            </Text>
          )}
          {items.length === 0 ? <Text className='manage__empty'>还没有发布过活动。</Text> : null}
          {items.map((e) => (
            <View
              key={e.id}
              className='manage__card'
              {...tapProps(() => void Taro.navigateTo({ url: attendeesUrl(e.id) }), { role: 'link' })}
            >
              <Text className='manage__tag'>{tagOf(e)}</Text>
              <Text className='manage__theme'>{e.theme}</Text>
              <Text className='manage__line'>{eventTime(e)}</Text>
              <Text className='manage__line'>
                已报上 {e.confirmed}/{e.capacity}，候补 {e.waitlisted}。{placesText(e)}
              </Text>
            </View>
          ))}
        </>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={PUBLISHER_ROLES}>
      <Manage />
    </StaffGate>
  );
}
