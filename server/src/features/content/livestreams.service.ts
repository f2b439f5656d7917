/** Livestreams for residents: list by clock-derived state, detail, view counts and "remind me". */
import type { LivestreamState, TLivestreamSummary } from '../../../../shared/schemas/content';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors';
import * as outbox from '../outbox/outbox.repo';
import {
  REMINDER_LEAD_MINUTES,
  TOPIC_LIVE_REMINDER,
  liveReminderKey,
  liveReminderPayload,
} from '../outbox/outbox-messages';
import { presentLivestreamDetail, presentLivestreamSummary } from './livestreams.presenter';
import * as repo from './livestreams.repo';
import { readDb } from '../../db/read-routing';

const NOT_FOUND = () => new AppError('NOT_FOUND', { message: '没有找到这场直播' });
const STATE_ORDER: Record<LivestreamState, number> = { live: 0, upcoming: 1, replay: 2, ended: 3, replay_expired: 4 };

/** Published streams with their state now; live and upcoming soonest first, then replays newest first. */
export async function listLivestreams(
  deps: Deps,
  filter: { state?: LivestreamState; limit: number },
): Promise<{ items: TLivestreamSummary[] }> {
  const now = deps.clock.now();
  const items = (await repo.listPublished(readDb(deps)))
    .map((row) => presentLivestreamSummary(row, now))
    .filter((s) => !filter.state || s.state === filter.state)
    .sort((a, b) => {
      if (a.state !== b.state) return STATE_ORDER[a.state] - STATE_ORDER[b.state];
      const diff = Date.parse(a.startsAt) - Date.parse(b.startsAt);
      return a.state === 'live' || a.state === 'upcoming' ? diff : -diff;
    });
  return { items: items.slice(0, filter.limit) };
}

/** @throws AppError NOT_FOUND when the stream is unknown or not published. */
export async function getLivestream(deps: Deps, slug: string) {
  const row = await repo.findBySlug(readDb(deps), slug, true);
  if (!row) throw NOT_FOUND();
  return presentLivestreamDetail(row, deps.clock.now());
}

/** @throws AppError NOT_FOUND when the stream is unknown or not published. */
export async function countView(deps: Deps, slug: string) {
  const viewCount = await repo.incrementViews(deps.db, slug);
  if (viewCount === null) throw NOT_FOUND();
  return { viewCount };
}

/**
 * Records a reminder and queues one subscribe message due REMINDER_LEAD_MINUTES before the start, in one
 * transaction. Asking twice changes nothing (the reminder and the outbox dedupe key are unique).
 *
 * @throws AppError NOT_FOUND when the stream is unknown; CONFLICT when it is no longer upcoming.
 */
export async function remind(deps: Deps, userId: string, slug: string) {
  const row = await repo.findBySlug(deps.db, slug, true);
  if (!row) throw NOT_FOUND();
  const now = deps.clock.now();
  if (now >= row.startsAt) throw new AppError('CONFLICT', { message: '直播已经开始或结束，不用再预约提醒了' });
  const remindAt = new Date(Math.max(now.getTime(), row.startsAt.getTime() - REMINDER_LEAD_MINUTES * 60_000));
  await inTransaction(deps.db, async (tx) => {
    await repo.addReminder(tx, row.id, userId);
    await outbox.enqueue(tx, {
      topic: TOPIC_LIVE_REMINDER,
      dedupeKey: liveReminderKey(row.id, userId),
      payload: liveReminderPayload(userId, row.startsAt),
      nextAttemptAt: remindAt,
    });
  });
  return { reminded: true, remindAt: remindAt.toISOString() };
}

/** Removes the reminder and its unsent message. @throws AppError NOT_FOUND when the stream is unknown. */
export async function cancelReminder(deps: Deps, userId: string, slug: string) {
  const row = await repo.findBySlug(deps.db, slug, true);
  if (!row) throw NOT_FOUND();
  await inTransaction(deps.db, async (tx) => {
    await repo.removeReminder(tx, row.id, userId);
    await outbox.cancelPending(tx, liveReminderKey(row.id, userId));
  });
  return { reminded: false, remindAt: null };
}
