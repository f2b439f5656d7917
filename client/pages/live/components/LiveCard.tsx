import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TLivestreamSummary } from '@shared/schemas/content';
import ActionButton from '@/components/ActionButton';
import { LIVE_STATE_LABELS, formatClock, formatDateTime } from '@/components/ContentFormat';
import { PAGES, replayUrl } from '@/components/ContentLinks';
import { tapProps } from '@/components/Tappable';

export type RemindState = { reminded: boolean; busy: boolean; message?: string; needsLogin?: boolean };

type Props = {
  stream: TLivestreamSummary;
  remind: RemindState;
  onRemind: () => void;
  onCancel: () => void;
  onWatchLive: () => void;
};

/** One stream: state badge, time, speaker, and the one action its state allows. */
export default function LiveCard({ stream, remind, onRemind, onCancel, onWatchLive }: Props) {
  const { state } = stream;
  const openReplay = () => void Taro.navigateTo({ url: replayUrl(stream.slug) });

  return (
    <View className={`live-card live-card--${state}`}>
      <Text className={`live-card__badge live-card__badge--${state}`}>{LIVE_STATE_LABELS[state]}</Text>
      <Text className='live-card__title'>{stream.title}</Text>
      <Text className='live-card__time'>
        {formatDateTime(stream.startsAt)} – {formatClock(stream.endsAt)}
      </Text>
      <Text className='live-card__speaker'>主讲：{stream.speaker}</Text>
      <Text className='live-card__summary'>{stream.summary}</Text>
      {state === 'upcoming' ? (
        remind.reminded ? (
          <View className='live-card__reminded'>
            <Text className='live-card__ok'>✓ 已预约，开播前会提醒您</Text>
            <ActionButton className='live-card__action' kind='plain' busy={remind.busy} onTap={onCancel}>
              取消提醒
            </ActionButton>
          </View>
        ) : (
          <ActionButton className='live-card__action live-card__remind' busy={remind.busy} onTap={onRemind}>
            提醒我
          </ActionButton>
        )
      ) : null}
      {state === 'live' ? (
        <ActionButton className='live-card__action' onTap={onWatchLive}>
          去看直播
        </ActionButton>
      ) : null}
      {state === 'replay' ? (
        <ActionButton className='live-card__action' onTap={openReplay}>
          看回放{stream.chapterCount > 0 ? `（${stream.chapterCount} 个小节）` : ''}
        </ActionButton>
      ) : null}
      {state === 'ended' ? <Text className='live-card__note'>回放正在整理，整理好后可以在这里看。</Text> : null}
      {state === 'replay_expired' ? (
        <Text className='live-card__note'>回放已经过了可看的时间。有问题可以到附近服务点问。</Text>
      ) : null}
      {remind.message ? <Text className='live-card__message'>{remind.message}</Text> : null}
      {remind.needsLogin ? (
        <Text
          className='live-card__login'
          {...tapProps(() => void Taro.switchTab({ url: PAGES.mine }), { role: 'link' })}
        >
          去「我的」登录 ›
        </Text>
      ) : null}
    </View>
  );
}
