import { Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { TAttendee } from '@shared/schemas/events';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { eventTime, PUBLISHER_ROLES } from '../../lib/events';
import './index.scss';

/** The attendee list at the venue: tap 签到 beside a name; the wait list below; the event's QR for posters. */
function Attendees() {
  const id = useRouter()?.params?.id ?? '';
  const query = usePageQuery(() => call('events.attendees', { id }), [id]);
  const [failure, setFailure] = useState<string | null>(null);
  const [poster, setPoster] = useState<string | null>(null);

  const checkIn = async (a: TAttendee) => {
    setFailure(null);
    try {
      await call('events.checkIn', { signupId: a.id });
      await query.reload();
    } catch (error) {
      setFailure(toApiError(error).message);
    }
  };
  const showPoster = async () => setPoster((await call('events.qr', { kind: 'event', id })).dataUrl);

  return (
    <PageShell className='attendees' query={query}>
      {({ event, items }) => {
        const confirmed = items.filter((a) => a.status === 'confirmed');
        const waiting = items.filter((a) => a.status === 'waitlisted');
        const arrived = confirmed.filter((a) => a.checkedInAt).length;
        return (
          <>
            <View className='attendees__header'>
              <Text className='attendees__title'>{event.theme}</Text>
              <Text className='attendees__subtitle'>
                {eventTime(event)}，已报上 {confirmed.length}/{event.capacity}，已签到 {arrived}
              </Text>
            </View>
            {failure ? <Text className='attendees__error'>{failure}</Text> : null}
            <Text className='attendees__section'>报上名的（{confirmed.length}）</Text>
            {confirmed.length === 0 ? <Text className='attendees__empty'>还没有人报名。</Text> : null}
            {confirmed.map((a) => (
              <View key={a.id} className='attendees__row'>
                <View className='attendees__who'>
                  <Text className='attendees__name'>{a.name}</Text>
                  <Text className='attendees__meta'>
                    {a.forRelative ? '家人代报' : '本人报名'}
                    {a.phoneMasked ? `，${a.phoneMasked}` : ''}
                  </Text>
                </View>
                {a.checkedInAt ? (
                  <Text className='attendees__done'>已签到</Text>
                ) : (
                  <Text className='attendees__checkin' {...tapProps(() => void checkIn(a))}>
                    签到
                  </Text>
                )}
              </View>
            ))}
            <Text className='attendees__section'>排队候补的（{waiting.length}）</Text>
            {waiting.map((a) => (
              <View key={a.id} className='attendees__row'>
                <Text className='attendees__name'>
                  {a.waitPosition}. {a.name}
                </Text>
              </View>
            ))}
            <Text className='attendees__poster-link' {...tapProps(() => void showPoster())}>
              显示活动二维码（印在海报上，扫码就能报名）
            </Text>
            {poster ? (
              <Image className='attendees__poster' src={poster} mode='aspectFit' ariaLabel='活动二维码' />
            ) : null}
          </>
        );
      }}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={PUBLISHER_ROLES}>
      <Attendees />
    </StaffGate>
  );
}
