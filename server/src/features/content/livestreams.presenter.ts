/** Livestream state from the clock, and the resident/admin shapes of a stream. */
import type {
  LivestreamState,
  TLivestreamDetail,
  TLivestreamInput,
  TLivestreamSummary,
} from '../../../../shared/schemas/content';
import type { ContentStatus } from '../../../../shared/domain/assistance';
import type { LivestreamRow } from './livestreams.repo';

/**
 * upcoming → live → (ended | replay → replay_expired). A replay exists when there is a replay URL or a
 * Channels feed; it expires at replayExpiresAt (never when that is absent).
 */
export function livestreamState(
  row: Pick<LivestreamRow, 'startsAt' | 'endsAt' | 'replayUrl' | 'channelsFeedId' | 'replayExpiresAt'>,
  now: Date,
): LivestreamState {
  const t = now.getTime();
  if (t < row.startsAt.getTime()) return 'upcoming';
  if (t < row.endsAt.getTime()) return 'live';
  if (!row.replayUrl && !row.channelsFeedId) return 'ended';
  return row.replayExpiresAt && t >= row.replayExpiresAt.getTime() ? 'replay_expired' : 'replay';
}

export function presentLivestreamSummary(row: LivestreamRow, now: Date): TLivestreamSummary {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    speaker: row.speaker,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    state: livestreamState(row, now),
    viewCount: row.viewCount,
    chapterCount: row.chapters.length,
  };
}

export function presentLivestreamDetail(row: LivestreamRow, now: Date): TLivestreamDetail {
  const summary = presentLivestreamSummary(row, now);
  const replayValid = summary.state === 'replay';
  return {
    ...summary,
    chapters: [...row.chapters].sort((a, b) => a.startSec - b.startSec),
    policySlugs: row.policySlugs,
    channels: row.channelsFinderUserName
      ? { finderUserName: row.channelsFinderUserName, feedId: row.channelsFeedId }
      : null,
    replayUrl: replayValid ? row.replayUrl : null,
    replayExpiresAt: replayValid ? (row.replayExpiresAt?.toISOString() ?? null) : null,
  };
}

/** The admin form shape: the input fields as stored, plus status. */
export function presentLivestreamAdmin(
  row: LivestreamRow,
): TLivestreamInput & { status: ContentStatus; updatedAt: string } {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    speaker: row.speaker,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    ...(row.channelsFinderUserName ? { channelsFinderUserName: row.channelsFinderUserName } : {}),
    ...(row.channelsFeedId ? { channelsFeedId: row.channelsFeedId } : {}),
    ...(row.replayUrl ? { replayUrl: row.replayUrl } : {}),
    ...(row.replayExpiresAt ? { replayExpiresAt: row.replayExpiresAt.toISOString() } : {}),
    chapters: row.chapters,
    policySlugs: row.policySlugs,
    status: row.status,
    updatedAt: row.updatedAt.toISOString(),
  };
}
