import type { Context, Next } from 'koa';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { Deps } from '../../deps';
import { hit } from './rate-limit.repo';

export type RateRule = { name: string; limit: number; windowMs: number };

/**
 * Counts one hit of `subject` against `rule`, through `options.db` when given (a business transaction, so a refused
 * request leaves nothing behind), with `options.message` as the user's message.
 * @throws AppError RATE_LIMITED (with Retry-After seconds) once `rule.limit` hits happened in the window.
 */
export async function consume(
  deps: Deps,
  rule: RateRule,
  subject: string,
  options: { db?: Db; message?: string } = {},
): Promise<void> {
  const now = deps.clock.now();
  const { count, windowStart } = await hit(options.db ?? deps.db, `${rule.name}:${subject}`, now, rule.windowMs);
  if (count > rule.limit) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000));
    throw new AppError('RATE_LIMITED', { message: options.message, headers: { 'Retry-After': String(retryAfter) } });
  }
}

/**
 * The per-account login limit (LOGIN_ACCOUNT_RATE_PER_MINUTE), counted in addition to the per-IP one: guessing at
 * one account is slowed down from any number of addresses, while a carrier NAT's many users share only the
 * (higher) per-IP limit. The account id is stored as its keyed blind index, never as the openid or user id itself.
 * @throws AppError RATE_LIMITED
 */
export function consumeLoginAccount(deps: Deps, kind: 'wechat' | 'demo' | 'phone', accountId: string): Promise<void> {
  const rule = { name: 'login-account', limit: deps.env.LOGIN_ACCOUNT_RATE_PER_MINUTE, windowMs: 60_000 };
  return consume(deps, rule, `${kind}:${deps.cipher.blindIndex(`${kind}:${accountId}`)}`);
}

/** Middleware form, keyed by client IP (derived only from trusted proxy hops; see app.ts). */
export function rateLimitByIp(deps: Deps, rule: RateRule) {
  return async function rateLimitMiddleware(ctx: Context, next: Next) {
    await consume(deps, rule, ctx.ip || 'unknown');
    await next();
  };
}
