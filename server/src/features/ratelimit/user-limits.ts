/**
 * Per-user limits on sensitive reads and writes (hour and day windows in `rate_limits`, like the login limits):
 * staff revealing ID numbers or phones, residents submitting applications (every channel, emergencies too) and
 * answering requests for more information. Limits come from the environment (env.ts). Pass the business
 * transaction as `db` to make a refused request leave nothing behind, its own count included.
 */
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import type { Env } from '../../env';
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
