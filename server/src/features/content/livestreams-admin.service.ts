/** Admin writes for livestreams: validated beyond the schema (time order), audited, all-or-nothing. */
import type { ContentStatus } from '../../../../shared/domain/assistance';
import type { TLivestreamInput } from '../../../../shared/schemas/content';
import type { TFieldIssue } from '../../../../shared/errors';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import * as outbox from '../outbox/outbox.repo';
import { REMINDER_LEAD_MINUTES, shanghaiShortTime } from '../outbox/outbox-messages';
import { assertNoIssues, auditedWrite } from './content.service';
import { presentLivestreamAdmin } from './livestreams.presenter';
import * as repo from './livestreams.repo';

function check(input: TLivestreamInput): void {
  const issues: TFieldIssue[] = [];
  const starts = Date.parse(input.startsAt);
  const ends = Date.parse(input.endsAt);
  if (ends <= starts) issues.push({ field: 'endsAt', message: '结束时间应晚于开始时间' });
  if (input.replayExpiresAt && Date.parse(input.replayExpiresAt) <= ends)
    issues.push({ field: 'replayExpiresAt', message: '回放截止时间应晚于直播结束时间' });
  input.chapters.forEach((c, i) => {
    if (c.startSec > (ends - starts) / 1000)
      issues.push({ field: `chapters.${i}.startSec`, message: '章节开始时间超出了直播时长' });
  });
  assertNoIssues(issues);
}

function valuesOf(input: TLivestreamInput) {
  return {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    speaker: input.speaker,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    channelsFinderUserName: input.channelsFinderUserName ?? null,
    channelsFeedId: input.channelsFeedId ?? null,
    replayUrl: input.replayUrl ?? null,
    replayExpiresAt: input.replayExpiresAt ? new Date(input.replayExpiresAt) : null,
    chapters: [...input.chapters].sort((a, b) => a.startSec - b.startSec),
    policySlugs: input.policySlugs,
  };
}

/** Lists every stream for the admin UI, newest start first. */
export async function listAllLivestreams(deps: Deps, status?: ContentStatus) {
  return { items: (await repo.listAll(deps.db, status)).map(presentLivestreamAdmin) };
}

/** Creates a draft stream. @throws AppError VALIDATION_FAILED naming the field; CONFLICT on a taken slug. */
export async function createLivestream(deps: Deps, actorUserId: string, input: TLivestreamInput) {
  check(input);
  const row = await auditedWrite(
    deps,
    actorUserId,
    { table: 'livestreams', action: 'create', slug: input.slug },
    (tx) => repo.insert(tx, { ...valuesOf(input), status: 'draft' }),
  );
  return presentLivestreamAdmin(row);
}

/**
 * Replaces a stream's fields (the slug identifies it). Pending reminders follow a new start time.
 *
 * @throws AppError VALIDATION_FAILED naming the field; NOT_FOUND for an unknown slug.
 */
export async function updateLivestream(deps: Deps, actorUserId: string, input: TLivestreamInput) {
  check(input);
  const row = await auditedWrite(
    deps,
    actorUserId,
    { table: 'livestreams', action: 'update', slug: input.slug },
    async (tx) => {
      const updated = await repo.update(tx, input.slug, { ...valuesOf(input), updatedAt: deps.clock.now() });
      if (!updated) throw new AppError('NOT_FOUND', { message: '没有找到这场直播' });
      const due = new Date(
        Math.max(deps.clock.now().getTime(), updated.startsAt.getTime() - REMINDER_LEAD_MINUTES * 60_000),
      );
      await outbox.reschedulePending(tx, `live-remind:${updated.id}:`, due, shanghaiShortTime(updated.startsAt));
      return updated;
    },
  );
  return presentLivestreamAdmin(row);
}
