import type { Context, Next } from 'koa';
import { AppError } from '../../errors';
import type { Deps } from '../../deps';
import { hit } from './rate-limit.repo';

export type RateRule = { name: string; limit: number; windowMs: number };

/** @throws AppError RATE_LIMITED (with Retry-After seconds) once `rule.limit` hits happened in the window. */
export async function consume(deps: Deps, rule: RateRule, subject: string): Promise<void> {
  const now = deps.clock.now();
  const { count, windowStart } = await hit(deps.db, `${rule.name}:${subject}`, now, rule.windowMs);
  if (count > rule.limit) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000));
    throw new AppError('RATE_LIMITED', { headers: { 'Retry-After': String(retryAfter) } });
  }
}

/** Middleware form, keyed by client IP (derived only from trusted proxy hops; see app.ts). */
export function rateLimitByIp(deps: Deps, rule: RateRule) {
  return async function rateLimitMiddleware(ctx: Context, next: Next) {
    await consume(deps, rule, ctx.ip || 'unknown');
    await next();
  };
}
