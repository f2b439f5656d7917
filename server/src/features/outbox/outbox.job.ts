/**
 * The outbox relay (security.md REL-04): claims due rows (FOR UPDATE SKIP LOCKED, leased), sends them,
 * and records the outcome. Transient failures back off exponentially with jitter; permanent ones
 * (WeChat 43101 …) become failed_permanent after one attempt; after maxAttempts a row is `dead`.
 * Safe to run in every replica at once. With no WeChat configured (dev/test) a message is only recorded.
 */
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { describeError } from '../../lib/error-summary';
import type { Logger } from '../../lib/logger';
import { repeatEvery } from '../../lib/repeat';
import type { WechatClient } from '../../lib/wechat';
import { WechatSendError } from '../../lib/wechat/subscribe';
import * as repo from './outbox.repo';
import type { SubscribePayload } from './outbox-messages';

/** Thrown by a sender when retrying cannot help. */
export class PermanentSendError extends Error {
  override readonly name = 'PermanentSendError';
}

/** Delivers one message; resolves with how it left ('wechat' or 'recorded'). */
export type OutboxSend = (row: repo.OutboxRow) => Promise<string>;

export type OutboxOptions = {
  batchSize: number;
  /** How long a claimed row stays invisible to other workers while it is being sent. */
  leaseMs: number;
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injectable randomness for the jitter (tests pass a constant). */
  random: () => number;
};

export const DEFAULT_OUTBOX_OPTIONS: OutboxOptions = {
  batchSize: 20,
  leaseMs: 60_000,
  maxAttempts: 8,
  baseDelayMs: 30_000,
  maxDelayMs: 6 * 3600_000,
  random: Math.random,
};

export type OutboxContext = { db: Db; clock: Clock; logger: Logger };

/** Exponential backoff with "equal jitter": half fixed, half random, capped. attempts counts tries so far (≥ 1). */
export function backoffMs(attempts: number, o: Pick<OutboxOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const exp = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp / 2 + (exp / 2) * o.random());
}

/** Claims and processes one batch of due messages; returns what happened to them. */
export async function runOutboxOnce(ctx: OutboxContext, send: OutboxSend, options: Partial<OutboxOptions> = {}) {
  const o = { ...DEFAULT_OUTBOX_OPTIONS, ...options };
  const counts = { sent: 0, retried: 0, failedPermanent: 0, dead: 0 };
  const rows = await repo.claimDue(ctx.db, ctx.clock.now(), o.batchSize, o.leaseMs);
  for (const row of rows) {
    try {
      const via = await send(row);
      await repo.markSent(ctx.db, row.id, via, ctx.clock.now());
      counts.sent++;
    } catch (err) {
      const reason = errorText(err);
      const permanent = err instanceof PermanentSendError || (err instanceof WechatSendError && err.permanent);
      if (permanent || row.attempts >= o.maxAttempts) {
        await repo.markFinal(ctx.db, row.id, permanent ? 'failed_permanent' : 'dead', reason);
        counts[permanent ? 'failedPermanent' : 'dead']++;
        // never log the payload: it is kept free of personal data, but logs are not the place for it
        ctx.logger.warn(
          { outboxId: row.id, topic: row.topic, attempts: row.attempts, reason },
          permanent ? 'outbox message failed permanently' : 'outbox message dead',
        );
      } else {
        await repo.markRetry(ctx.db, row.id, reason, new Date(ctx.clock.now().getTime() + backoffMs(row.attempts, o)));
        counts.retried++;
      }
    }
  }
  return counts;
}

function errorText(err: unknown): string {
  if (err instanceof WechatSendError) return `wechat ${err.errcode}`;
  // our own PermanentSendError messages name a topic; any other message may quote a failed query's values
  if (err instanceof PermanentSendError) return `${err.name}: ${err.message}`.slice(0, 300);
  const e = describeError(err);
  return [e.classes.join(' < '), e.sqlstate ?? e.code].filter(Boolean).join(' ').slice(0, 300);
}

/**
 * The production sender: subscribe.* topics go to WeChat with the user's openid looked up now.
 * With no WeChat client (dev/test) the message is recorded on its row (sent_via = 'recorded') instead.
 */
export function createOutboxSender(
  deps: { db: Db; wechat: WechatClient | null },
  templates: Record<string, string>,
): OutboxSend {
  return async (row) => {
    if (!row.topic.startsWith('subscribe.')) throw new PermanentSendError(`unknown topic ${row.topic}`);
    if (!deps.wechat) return 'recorded';
    const payload = row.payload as SubscribePayload;
    const templateId = templates[row.topic];
    if (!templateId) throw new PermanentSendError(`no template configured for ${row.topic}`);
    const openid = await repo.findOpenid(deps.db, payload.userId);
    if (!openid) throw new PermanentSendError('user has no openid');
    await deps.wechat.sendSubscribeMessage({ touser: openid, templateId, page: payload.page, data: payload.data });
    return 'wechat';
  };
}

/**
 * Polls the outbox every `intervalMs` until stopped (one batch at a time, never overlapping).
 * Call from main.ts; stop() resolves once the current batch is done.
 */
export function startOutboxWorker(
  ctx: OutboxContext,
  send: OutboxSend,
  intervalMs = 5000,
  options: Partial<OutboxOptions> = {},
) {
  return repeatEvery(intervalMs, () => runOutboxOnce(ctx, send, options), ctx.logger, 'outbox batch');
}
