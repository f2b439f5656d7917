/**
 * Subscribe messages (WeChat one-time subscriptions): asked on the submit tap so the resident hears about
 * progress. Template ids come from the build (TARO_APP_SUBSCRIBE_TEMPLATES, "topic=id,…" like the server's
 * WECHAT_TEMPLATES, or plain ids); without ids, and in H5, it does nothing. Never throws: a refusal must not
 * stop the application.
 */
import Taro from '@tarojs/taro';
import { isWeapp } from '../env';

/** Topics the applicant can subscribe to (server outbox topics). */
const APPLICANT_TOPICS = ['subscribe.application_progress'];

function configured(): string {
  try {
    // Inlined at build time by Taro from .env.<mode>; absent → the expression may not exist at runtime.
    return process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? '';
  } catch {
    return '';
  }
}

/** Template ids for the given topics, parsed from "topic=id,topic=id" (or bare ids, used for any topic). */
export function templateIdsFor(topics: readonly string[], source: string = configured()): string[] {
  const ids: string[] = [];
  for (const pair of source
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [topic, id] = pair.includes('=') ? pair.split('=', 2) : [null, pair];
    if (id && /^[A-Za-z0-9_-]+$/.test(id) && (topic === null || topics.includes(topic))) ids.push(id);
  }
  return ids.slice(0, 3); // WeChat allows at most 3 templates per request
}

export type SubscribeOutcome = 'accepted' | 'rejected' | 'skipped';

/**
 * Asks WeChat for one-time subscriptions to `topics` (outbox topics). Must be called straight from a tap handler
 * (WeChat refuses it otherwise), before any other await. H5, or no template configured: 'skipped'. Never throws.
 */
export async function requestSubscription(topics: readonly string[]): Promise<SubscribeOutcome> {
  const tmplIds = templateIdsFor(topics);
  if (!isWeapp || tmplIds.length === 0 || typeof Taro.requestSubscribeMessage !== 'function') return 'skipped';
  try {
    const result = await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] });
    // The answer per template is a key named by its id: { "<id>": "accept" | "reject" | "ban", errMsg }.
    const accepted = Object.entries(result).some(([id, answer]) => tmplIds.includes(id) && answer === 'accept');
    return accepted ? 'accepted' : 'rejected';
  } catch {
    return 'rejected';
  }
}

/** The applicant's progress notifications, asked on the submit tap. */
export const requestProgressSubscription = (): Promise<SubscribeOutcome> => requestSubscription(APPLICANT_TOPICS);

/** The livestream reminder (outbox topic subscribe.live_reminder), asked on the 提醒我 tap. */
export const requestLiveReminderSubscription = (): Promise<SubscribeOutcome> =>
  requestSubscription(['subscribe.live_reminder']);
