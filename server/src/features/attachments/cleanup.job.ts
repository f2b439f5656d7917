/**
 * Purges staged uploads nobody linked within a day (a resident who gave up half-way, a visit never recorded):
 * rows first (SKIP LOCKED, so a submit linking them right now wins), then their files once the delete committed.
 * Runs in every server process, like the outbox relay and the deadline sweep.
 */
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { describeError } from '../../lib/error-summary';
import { repeatEvery } from '../../lib/repeat';
import * as repo from './attachments.repo';
import type { FileStorage } from './storage';

export const STAGED_TTL_MS = 24 * 3600_000;
export const CLEANUP_INTERVAL_MS = 3600_000;

export async function purgeStagedUploads(
  deps: Pick<Deps, 'db' | 'clock' | 'logger'>,
  storage: FileStorage,
  limit = 500,
): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - STAGED_TTL_MS);
  const keys = await inTransaction(deps.db, (tx) => repo.deleteExpiredStaged(tx, before, limit));
  for (const key of keys) {
    // a file left behind is only disk space: nothing points at it any more
    await storage
      .remove(key)
      .catch((err: Error) => deps.logger.warn({ err: describeError(err) }, 'staged file not removed'));
  }
  return keys.length;
}

export function startAttachmentCleanup(deps: Deps, storage: FileStorage, intervalMs = CLEANUP_INTERVAL_MS) {
  return repeatEvery(intervalMs, () => purgeStagedUploads(deps, storage), deps.logger, 'attachment cleanup');
}
