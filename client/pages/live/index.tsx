import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TLivestreamSummary } from '@shared/schemas/content';
import { formatDateTime } from '@/components/ContentFormat';
import PageShell from '@/components/PageShell';
import Skeleton from '@/components/Skeleton';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { openChannelsLive } from '@/services/channels';
import type { SubscribeOutcome } from '@/services/subscribe';
import { useSession } from '@/stores/session';
import LiveCard, { type RemindState } from './components/LiveCard';
import { readReminders, writeReminders } from './reminders';
import { requestLiveReminderSubscription } from '@/services/subscribe';
import './index.scss';

const SECTIONS: { title: string; states: TLivestreamSummary['state'][] }[] = [
  { title: '正在直播', states: ['live'] },
  { title: '即将开始', states: ['upcoming'] },
  { title: '回放', states: ['replay', 'ended', 'replay_expired'] },
];

const NOT_IN_WECHAT = '直播在微信视频号里播放，请在微信里打开「助联」小程序观看。';

/** What to say after a reminder is booked: only promise a WeChat message when the resident allowed one. */
function remindedText(outcome: SubscribeOutcome, startsAt: string): string {
  if (outcome === 'accepted') return '好的，开播前会给您发微信提醒。';
  if (outcome === 'rejected') return `已预约。您没有允许微信通知，请记住开播时间：${formatDateTime(startsAt)}。`;
  return `已预约，开播时间：${formatDateTime(startsAt)}。`;
}

/** 直播: live now, upcoming (remind me, needs login) and replays, each with a state badge. */
export default function LivePage() {
  const session = useSession();
  const userId = session?.user.id;
  const query = usePageQuery(() => call('livestreams.list', { limit: 50 }));
  const [reminded, setReminded] = useState<{ userId?: string; slugs: Set<string> }>(() => ({
    userId,
    slugs: readReminders(userId),
  }));
  const [states, setStates] = useState<Record<string, Omit<RemindState, 'reminded'>>>({});

  // A different user (or a logout) on the same device: re-read that user's reminders.
  const slugs = reminded.userId === userId ? reminded.slugs : readReminders(userId);
  const patch = (slug: string, next: Omit<RemindState, 'reminded'>) => setStates((prev) => ({ ...prev, [slug]: next }));

  const toggle = async ({ slug, startsAt }: TLivestreamSummary, on: boolean) => {
    if (!session) {
      patch(slug, { busy: false, needsLogin: true, message: '预约开播提醒要先登录。' });
      return;
    }
    // WeChat only shows the subscription prompt when asked straight from the tap, so this comes first.
    const outcome = on ? await requestLiveReminderSubscription() : 'skipped';
    patch(slug, { busy: true });
    try {
      const res = on ? await call('livestreams.remind', { slug }) : await call('livestreams.cancelReminder', { slug });
      const next = new Set(slugs);
      if (res.reminded) next.add(slug);
      else next.delete(slug);
      writeReminders(session.user.id, next);
      setReminded({ userId: session.user.id, slugs: next });
      patch(slug, { busy: false, message: res.reminded ? remindedText(outcome, startsAt) : '已取消提醒。' });
    } catch (error) {
      const e = toApiError(error);
      const needsLogin = e.code === 'UNAUTHENTICATED';
      patch(slug, { busy: false, needsLogin, message: needsLogin ? '登录已过期，请重新登录后再预约。' : e.message });
    }
  };

  const watchLive = async (slug: string) => {
    patch(slug, { busy: false });
    try {
      const detail = await call('livestreams.get', { slug });
      if (!(await openChannelsLive(detail.channels))) patch(slug, { busy: false, message: NOT_IN_WECHAT });
    } catch (error) {
      patch(slug, { busy: false, message: toApiError(error).message });
    }
  };

  return (
    <PageShell className='live' query={query} skeleton={<Skeleton cards={3} />}>
      {({ items }) => (
        <>
          <View className='live__header'>
            <Text className='live__title'>政策直播</Text>
            <Text className='live__subtitle'>工作人员在直播里讲政策、答疑；错过了可以看回放</Text>
          </View>
          {items.length === 0 ? <Text className='live__empty'>最近没有直播安排，过几天再来看看。</Text> : null}
          {SECTIONS.map((section) => {
            const list = items.filter((s) => section.states.includes(s.state));
            if (list.length === 0) return null;
            return (
              <View key={section.title} className='live__section'>
                <Text className='live__section-title'>{section.title}</Text>
                {list.map((stream) => (
                  <LiveCard
                    key={stream.slug}
                    stream={stream}
                    remind={{ ...(states[stream.slug] ?? { busy: false }), reminded: slugs.has(stream.slug) }}
                    onRemind={() => void toggle(stream, true)}
                    onCancel={() => void toggle(stream, false)}
                    onWatchLive={() => void watchLive(stream.slug)}
                  />
                ))}
              </View>
            );
          })}
        </>
      )}
    </PageShell>
  );
}
