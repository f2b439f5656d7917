import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { SIGNUP_STATUS_LABELS } from '@shared/domain/events';
import type { TSignup } from '@shared/schemas/events';
import Dialog from '@/components/Dialog';
import PageShell from '@/components/PageShell';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { useSession } from '@/stores/session';
import { codeUrl, eventTime, eventUrl, startsWithinADay } from '../../lib/events';
import './index.scss';

const statusText = (s: TSignup) =>
  s.checkedIn
    ? '已签到'
    : s.status === 'waitlisted'
      ? `排队候补，第 ${s.waitPosition} 位`
      : s.event.status === 'cancelled'
        ? '活动已取消'
        : SIGNUP_STATUS_LABELS[s.status];

/** 我的报名: each sign-up with its state, the code to show at the venue, cancel; tomorrow's events on top. */
function MySignups() {
  const query = usePageQuery(() => call('events.mine', {}), []);
  const [cancelling, setCancelling] = useState<TSignup | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const cancel = async (s: TSignup) => {
    setCancelling(null);
    try {
      await call('events.cancelSignup', { id: s.id });
      await query.reload();
    } catch (error) {
      setFailure(toApiError(error).message);
    }
  };

  return (
    <PageShell className='my-signups' query={query}>
      {({ items }) => {
        const live = items.filter((s) => s.status !== 'cancelled' && s.event.status === 'published');
        const soon = live.filter((s) => s.status === 'confirmed' && startsWithinADay(s.event.startsAt));
        return (
          <>
            <View className='my-signups__header'>
              <Text className='my-signups__title'>我的报名</Text>
            </View>
            {soon.map((s) => (
              <Text key={`soon-${s.id}`} className='my-signups__reminder'>
                提醒：{eventTime(s.event)}有活动“{s.event.theme}”，别忘了去。
              </Text>
            ))}
            {failure ? <Text className='my-signups__error'>{failure}</Text> : null}
            {items.length === 0 ? (
              <Text className='my-signups__empty'>还没有报名。可以到“社区活动”里看看。</Text>
            ) : null}
            {items.map((s) => (
              <View key={s.id} className='my-signups__card'>
                <Text
                  className='my-signups__theme'
                  {...tapProps(() => void Taro.navigateTo({ url: eventUrl(s.event.id) }), { role: 'link' })}
                >
                  {s.event.theme}
                </Text>
                <Text className='my-signups__line'>{eventTime(s.event)}</Text>
                <Text className='my-signups__line'>地点：{s.event.place.name}</Text>
                {s.relativeName ? <Text className='my-signups__line'>参加的人：{s.relativeName}</Text> : null}
                <Text className={`my-signups__status my-signups__status--${s.status}`}>{statusText(s)}</Text>
                {s.status === 'confirmed' && !s.checkedIn && s.event.status === 'published' ? (
                  <Text
                    className='my-signups__action'
                    {...tapProps(() => void Taro.navigateTo({ url: codeUrl(s.id) }), { role: 'link' })}
                  >
                    出示报名码（到现场给工作人员扫）
                  </Text>
                ) : null}
                {s.status !== 'cancelled' && !s.checkedIn && s.event.status === 'published' ? (
                  <Text className='my-signups__cancel' {...tapProps(() => setCancelling(s))}>
                    不去了，取消报名
                  </Text>
                ) : null}
              </View>
            ))}
            <Dialog
              open={cancelling !== null}
              title='取消报名？'
              content='取消后名额会让给排队的人。想再去的话要重新报名。'
              actions={[
                { label: '确定取消', kind: 'danger', onTap: () => cancelling && void cancel(cancelling) },
                { label: '再想想', onTap: () => setCancelling(null) },
              ]}
            />
          </>
        );
      }}
    </PageShell>
  );
}

export default function Page() {
  const session = useSession();
  if (session) return <MySignups />;
  return (
    <PageShell className='my-signups'>
      <Text className='my-signups__empty'>请先到「我的」登录，再来看报名。</Text>
    </PageShell>
  );
}
