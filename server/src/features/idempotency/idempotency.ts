/**
 * Idempotency-Key for non-idempotent writes (Stripe semantics, IETF draft): the key is scoped by user and
 * route; the same key and body replay the stored response; the same key with another body is 422. The key
 * is claimed and its response stored inside the business transaction, so all three commit together or not
 * at all, and a request cut off by a database outage leaves no claim behind that would block the phone's
 * retry. A retry while the first request is still running gets 409 at once (a transaction-scoped advisory
 * lock per key, released by commit, rollback or a dropped connection); its next retry replays the answer.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import * as repo from './idempotency.repo';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

export type IdempotentResult<T> = { data: T; replayed: boolean };

/** Stable hash of a JSON value (object keys sorted). */
export function hashRequest(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex');
}

/**
 * Runs `work(tx)` at most once per (user, route, key).
 * @throws AppError VALIDATION_FAILED (missing/malformed key) | IDEMPOTENCY_MISMATCH (422) | CONFLICT (409, lost a race it cannot replay)
 */
export async function withIdempotency<T>(
  deps: Deps,
  scope: { userId: string; route: string; key: string | undefined; body: unknown },
  work: (tx: Db) => Promise<T>,
): Promise<IdempotentResult<T>> {
  const k = { userId: scope.userId, route: scope.route, key: requireKey(scope.key) };
  const requestHash = hashRequest(scope.body);

  // a completed key answers without opening a write transaction
  const found = await repo.find(deps.db, k);
  if (found?.state === 'completed') return replay(found, requestHash);

  return inTransaction(deps.db, async (tx) => {
    // the same key still running elsewhere → 409 at once (the phone retries with the same key and gets the replay)
    if (!(await repo.tryLock(tx, lockIdOf(k)))) {
      throw new AppError('CONFLICT', { message: '上一次提交还在处理中，请稍等片刻', headers: { 'Retry-After': '1' } });
    }
    // a committed unfinished claim can only be left by an older server version that died mid-request
    if (found) await repo.removeUnfinished(tx, k);
    if (!(await repo.claim(tx, k, requestHash, deps.clock.now()))) {
      // another request held the key and committed while this one waited on the insert
      const existing = await repo.find(tx, k);
      if (existing?.state !== 'completed') throw new AppError('CONFLICT', { headers: { 'Retry-After': '1' } });
      return replay(existing, requestHash);
    }
    const data = await work(tx);
    await repo.complete(tx, k, 200, data, deps.clock.now());
    return { data, replayed: false };
  });
}

/**
 * The Idempotency-Key header's value, checked.
 * @throws AppError VALIDATION_FAILED naming Idempotency-Key when it is missing or malformed
 */
export function requireKey(key: string | undefined): string {
  if (!key) throw validationError([{ field: 'Idempotency-Key', message: '缺少请求编号，请更新小程序后重试' }]);
  if (!KEY_PATTERN.test(key)) throw validationError([{ field: 'Idempotency-Key', message: '请求编号格式不对' }]);
  return key;
}

/** The advisory-lock id of a key: the first 8 bytes of its SHA-256, as a signed 64-bit decimal. */
export function lockIdOf(k: { userId: string; route: string; key: string }): string {
  return createHash('sha256')
    .update(`idempotency\n${k.userId}\n${k.route}\n${k.key}`)
    .digest()
    .readBigInt64BE(0)
    .toString();
}

/** The stored answer of a completed key. @throws AppError IDEMPOTENCY_MISMATCH when the body differs */
export function replay<T>(
  row: { requestHash: string; responseBody: unknown },
  requestHash: string,
): IdempotentResult<T> {
  if (row.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_MISMATCH');
  return { data: row.responseBody as T, replayed: true };
}
