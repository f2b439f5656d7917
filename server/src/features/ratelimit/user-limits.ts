/**
 * Per-user limits on sensitive reads and writes (hour and day windows in `rate_limits`, like the login limits):
 * staff revealing ID numbers or phones, residents submitting applications (every channel, emergencies too) and
 * answering requests for more information. Limits come from the environment (env.ts). Pass the business
 * transaction as `db` to make a refused request leave nothing behind, its own count included.
 */
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import type { Env } from '../../env';
import { AppError } from '../../errors';
import { consume, type RateRule } from './rate-limit';

export type LimitedAction = 'reveal' | 'submit' | 'provideInfo';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

function rulesOf(env: Env, action: LimitedAction): RateRule[] {
  switch (action) {
    case 'reveal':
      return [
        { name: 'reveal-hour', limit: env.REVEAL_RATE_PER_HOUR, windowMs: HOUR },
        { name: 'reveal-day', limit: env.REVEAL_RATE_PER_DAY, windowMs: DAY },
      ];
    case 'submit':
      return [
        { name: 'submit-hour', limit: env.SUBMIT_RATE_PER_HOUR, windowMs: HOUR },
        { name: 'submit-day', limit: env.SUBMIT_RATE_PER_DAY, windowMs: DAY },
      ];
    case 'provideInfo':
      return [{ name: 'provide-info-hour', limit: env.PROVIDE_INFO_RATE_PER_HOUR, windowMs: HOUR }];
  }
}

const MESSAGES: Record<LimitedAction, string> = {
  reveal: '查看完整号码的次数太多了，请稍后再试。',
  submit: '短时间内提交的申请太多了，请稍后再试；情况紧急请直接拨打 110 或 120。',
  provideInfo: '补充材料的次数太多了，请稍后再试，或直接联系服务点。',
};

/** @throws AppError RATE_LIMITED (429, Retry-After in seconds) once the user used up one of the action's windows. */
export async function consumeUserLimit(deps: Deps, db: Db, action: LimitedAction, userId: string): Promise<void> {
  for (const rule of rulesOf(deps.env, action)) await consume(deps, rule, userId, { db, message: MESSAGES[action] });
}

/** The windows `action` counts for `userId` at `now`: each counter's key and the time before which it has expired. */
export function userLimitWindows(deps: Deps, action: LimitedAction, userId: string, now: Date) {
  return rulesOf(deps.env, action).map((rule) => ({
    rule,
    key: `${rule.name}:${userId}`,
    cutoff: new Date(now.getTime() - rule.windowMs),
  }));
}

/**
 * The check of consume(), for windows counted elsewhere (the submit's claim statement counts them in SQL).
 * @throws AppError RATE_LIMITED (429, Retry-After in seconds) when a count is over its window's limit.
 */
export function refuseOverLimit(
  action: LimitedAction,
  windows: ReturnType<typeof userLimitWindows>,
  hits: Array<{ key: string; count: number; windowStart: Date }>,
  now: Date,
): void {
  for (const { rule, key } of windows) {
    const hit = hits.find((h) => h.key === key);
    if (!hit || hit.count <= rule.limit) continue;
    const retryAfter = Math.max(1, Math.ceil((hit.windowStart.getTime() + rule.windowMs - now.getTime()) / 1000));
    throw new AppError('RATE_LIMITED', { message: MESSAGES[action], headers: { 'Retry-After': String(retryAfter) } });
  }
}
