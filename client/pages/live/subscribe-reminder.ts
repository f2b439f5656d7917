/**
 * WeChat's one-time subscription for the livestream reminder (outbox topic subscribe.live_reminder). Must be
 * asked straight from the tap, before any other await. H5, or no template configured: 'skipped'. Never throws.
 */
import Taro from '@tarojs/taro';
import { isWeapp } from '../../env';
import { templateIdsFor, type SubscribeOutcome } from '../../services/subscribe';

const LIVE_REMINDER_TOPIC = 'subscribe.live_reminder';

export async function requestLiveReminderSubscription(): Promise<SubscribeOutcome> {
  const tmplIds = templateIdsFor([LIVE_REMINDER_TOPIC]);
  if (!isWeapp || tmplIds.length === 0 || typeof Taro.requestSubscribeMessage !== 'function') return 'skipped';
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) as unknown as Record<string, string>;
    return tmplIds.some((id) => result[id] === 'accept') ? 'accepted' : 'rejected';
  } catch {
    return 'rejected';
  }
}
