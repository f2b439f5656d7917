import { Text, Video, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TLivestreamDetail } from '@shared/schemas/content';
import ActionButton from '@/components/ActionButton';
import { canOpenChannels, openChannelsReplay } from '@/services/channels';

export const VIDEO_ID = 'replay-video';

export type PlayerMode = 'channels' | 'video';

/** weapp with a Channels feed starts in 视频号; everything else plays the replay video. */
export function initialMode(stream: TLivestreamDetail): PlayerMode {
  return canOpenChannels(stream.channels) && stream.channels.feedId ? 'channels' : 'video';
}

type Props = { stream: TLivestreamDetail; mode: PlayerMode; startSec: number; onFallback: () => void };

/** The replay: a button into 视频号 (weapp), or the video; a refused Channels open falls back to the video. */
export default function Player({ stream, mode, startSec, onFallback }: Props) {
  const [message, setMessage] = useState<string>();

  const handleChannels = async () => {
    if (await openChannelsReplay(stream.channels)) return;
    if (stream.replayUrl) onFallback();
    else setMessage('视频号暂时打不开，请稍后再试。');
  };

  if (mode === 'channels') {
    return (
      <View className='replay__player'>
        <ActionButton onTap={() => void handleChannels()}>在视频号里看回放</ActionButton>
        {message ? <Text className='replay__message'>{message}</Text> : null}
      </View>
    );
  }
  if (!stream.replayUrl) {
    return <Text className='replay__message'>回放视频还没有准备好，请过一会儿再来。</Text>;
  }
  return (
    <View className='replay__player'>
      <Video
        id={VIDEO_ID}
        className='replay__video'
        src={stream.replayUrl}
        initialTime={startSec}
        controls
        showFullscreenBtn
        objectFit='contain'
        onError={() => setMessage('视频没有加载出来，请检查网络后再试。')}
      />
      {message ? <Text className='replay__message'>{message}</Text> : null}
    </View>
  );
}

/** Jumps the replay video to `startSec` and plays. */
export function seekVideo(startSec: number): void {
  try {
    const ctx = Taro.createVideoContext(VIDEO_ID);
    ctx.seek(startSec);
    void ctx.play();
  } catch {
    // the video element is not ready yet: initialTime covers the first play
  }
}
