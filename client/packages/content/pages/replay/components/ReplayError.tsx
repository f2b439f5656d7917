import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { TLivestreamDetail, TLivestreamSummary } from '@shared/schemas/content';
import ActionButton from '@/components/ActionButton';
import { PAGES, policyUrl, replayUrl } from '@/components/ContentLinks';
import { call } from '@/services/api';
import { tapProps } from '@/components/Tappable';

/** Why a replay video did not play: the phone is offline, or the video file itself could not be loaded. */
export type ReplayFailure = 'offline' | 'source';

export const FAILURE_TEXT: Record<ReplayFailure, string> = {
  offline: '手机现在没有连上网络，所以回放放不出来。连上 Wi-Fi 或打开移动数据后，点“再试一次”。',
  source: '回放视频文件打不开（视频地址失效或文件损坏），不是您手机的问题，我们会尽快处理。',
};

/** Offline when the platform says there is no network; otherwise the video file is to blame. */
export async function classifyFailure(): Promise<ReplayFailure> {
  try {
    const { networkType } = await Taro.getNetworkType();
    return networkType === 'none' ? 'offline' : 'source';
  } catch {
    return typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'source';
  }
}

type Props = {
  stream: TLivestreamDetail;
  failure: ReplayFailure;
  titles: Map<string, string>;
  onRetry: () => void;
};

/** A replay that failed: what failed, a retry, the policy text it was about, and another replay to watch. */
export default function ReplayError({ stream, failure, titles, onRetry }: Props) {
  const [other, setOther] = useState<TLivestreamSummary | null>();
  useEffect(() => {
    let live = true;
    call('livestreams.list', {})
      .then((list) => live && setOther(list.items.find((i) => i.state === 'replay' && i.slug !== stream.slug) ?? null))
      .catch(() => live && setOther(null));
    return () => {
      live = false;
    };
  }, [stream.slug]);
  const policy = stream.policySlugs[0];

  return (
    <View className='replay__error' role='alert'>
      <Text className='replay__error-title'>回放没有放出来</Text>
      <Text className='replay__error-reason'>{FAILURE_TEXT[failure]}</Text>
      <ActionButton onTap={onRetry}>再试一次</ActionButton>
      {policy ? (
        <Text className='replay__link' {...tapProps(() => void Taro.navigateTo({ url: policyUrl(policy) }))}>
          {`先看文字说明：${titles.get(policy) ?? '这场直播讲的政策'} ›`}
        </Text>
      ) : null}
      {other ? (
        <Text className='replay__link' {...tapProps(() => void Taro.redirectTo({ url: replayUrl(other.slug) }))}>
          {`看另一场回放：${other.title} ›`}
        </Text>
      ) : null}
      {other === null ? (
        <Text className='replay__link' {...tapProps(() => void Taro.switchTab({ url: PAGES.live }))}>
          去「直播」页看看别的 ›
        </Text>
      ) : null}
    </View>
  );
}
