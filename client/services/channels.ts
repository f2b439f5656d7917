/**
 * WeChat Channels (视频号) for livestreams and replays. Only the mini-program can open Channels; everywhere
 * else (H5, or an older WeChat without the API, or a refused call) the caller falls back to the replay video.
 */
import Taro from '@tarojs/taro';
import { isWeapp } from '../env';

export type ChannelsRef = { finderUserName: string; feedId: string | null };

/** True when this platform can open Channels at all (the caller still handles a failed open). */
export function canOpenChannels(ref: ChannelsRef | null): ref is ChannelsRef {
  return isWeapp && ref !== null && ref.finderUserName.length > 0;
}

/** Opens the live room of a Channels account. Resolves false when it could not (the caller shows a fallback). */
export async function openChannelsLive(ref: ChannelsRef | null): Promise<boolean> {
  if (!canOpenChannels(ref) || typeof Taro.openChannelsLive !== 'function') return false;
  try {
    await Taro.openChannelsLive({ finderUserName: ref.finderUserName, ...(ref.feedId ? { feedId: ref.feedId } : {}) });
    return true;
  } catch {
    return false;
  }
}

/** Opens one Channels video (a replay). Resolves false without a feed id or when WeChat refuses. */
export async function openChannelsReplay(ref: ChannelsRef | null): Promise<boolean> {
  if (!canOpenChannels(ref) || !ref.feedId || typeof Taro.openChannelsActivity !== 'function') return false;
  try {
    await Taro.openChannelsActivity({ finderUserName: ref.finderUserName, feedId: ref.feedId });
    return true;
  } catch {
    return false;
  }
}
