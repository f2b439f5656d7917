import { Text, Video, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TLivestreamDetail } from '@shared/schemas/content';
import ActionButton from '@/components/ActionButton';
import { apiBase } from '@/env';
import { canOpenChannels, openChannelsReplay } from '@/services/channels';
import ReplayError, { classifyFailure, type ReplayFailure } from './ReplayError';

export const VIDEO_ID = 'replay-video';

export type PlayerMode = 'channels' | 'video';

/** weapp with a Channels feed starts in 视频号; everything else plays the replay video. */
export function initialMode(stream: TLivestreamDetail): PlayerMode {
  return canOpenChannels(stream.channels) && stream.channels.feedId ? 'channels' : 'video';
}

/** A video the server ships (`/media/…`) is fetched from the API origin; an https address is used as it is. */
export function videoSrc(url: string, base: string = apiBase): string {
  return url.startsWith('/') ? `${base}${url}` : url;
}

type Props = {
  stream: TLivestreamDetail;
  mode: PlayerMode;
  startSec: number;
  titles: Map<string, string>;
  onFallback: () => void;
};

/**
 * The replay: a button into 视频号 (weapp), or the video; a refused Channels open falls back to the video. A video
 * that fails to load is replaced by what failed and where to go instead.
 */
export default function Player({ stream, mode, startSec, titles, onFallback }: Props) {
  const [message, setMessage] = useState<string>();
  const [failure, setFailure] = useState<ReplayFailure>();
  const [attempt, setAttempt] = useState(0);

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
  if (failure) {
    const retry = () => {
      setFailure(undefined);
      setAttempt((n) => n + 1);
    };
    return <ReplayError stream={stream} failure={failure} titles={titles} onRetry={retry} />;
  }
  return (
    <View className='replay__player'>
      <Video
        key={attempt}
        id={VIDEO_ID}
        className='replay__video'
        src={videoSrc(stream.replayUrl)}
        initialTime={startSec}
        controls
        showFullscreenBtn
        objectFit='contain'
        onError={() => void classifyFailure().then(setFailure)}
      />
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
