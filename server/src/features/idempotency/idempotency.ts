/**
 * Idempotency-Key for non-idempotent writes (Stripe semantics, IETF draft): the key is scoped by user and
 * route; the same key and body replay the stored response; the same key with another body is 422; a retry
 * while the first request is still running is 409. The response is stored in the business transaction, so
 * it commits exactly when the effect does; a failed request releases the key so the client can retry.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import * as repo from './idempotency.repo';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
const STALE_MS = 2 * 60 * 1000;

export type IdempotentResult<T> = { data: T; replayed: boolean };

/** Stable hash of a JSON value (object keys sorted). */
export function hashRequest(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex');
}

/**
 * Runs `work(tx)` at most once per (user, route, key).
 * @throws AppError VALIDATION_FAILED (missing/malformed key) | IDEMPOTENCY_MISMATCH (422) | CONFLICT (409, still running)
 */
export async function withIdempotency<T>(
  deps: Deps,
  scope: { userId: string; route: string; key: string | undefined; body: unknown },
  work: (tx: Db) => Promise<T>,
): Promise<IdempotentResult<T>> {
  if (!scope.key) throw validationError([{ field: 'Idempotency-Key', message: '缺少请求编号,请更新小程序后重试' }]);
  if (!KEY_PATTERN.test(scope.key)) throw validationError([{ field: 'Idempotency-Key', message: '请求编号格式不对' }]);
  const k = { userId: scope.userId, route: scope.route, key: scope.key };
  const requestHash = hashRequest(scope.body);
  const now = deps.clock.now();

  if (!(await repo.claim(deps.db, k, requestHash, now))) {
    const existing = await repo.find(deps.db, k);
    if (!existing) throw new AppError('CONFLICT', { headers: { 'Retry-After': '1' } });
    if (existing.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_MISMATCH');
    if (existing.state === 'completed') return { data: existing.responseBody as T, replayed: true };
    const tookOver = await repo.takeOverStale(deps.db, k, requestHash, new Date(now.getTime() - STALE_MS), now);
    if (!tookOver) throw new AppError('CONFLICT', { message: '上一次提交还在处理中,请稍等片刻', headers: { 'Retry-After': '2' } });
  }

  try {
    const data = await deps.db.transaction(async (tx) => {
      const result = await work(tx as unknown as Db);
      await repo.complete(tx as unknown as Db, k, 200, result, deps.clock.now());
      return result;
    });
    return { data, replayed: false };
  } catch (err) {
    await repo.release(deps.db, k).catch(() => undefined);
    throw err;
  }
}
