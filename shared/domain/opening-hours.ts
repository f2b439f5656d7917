/**
 * Structured weekly opening hours (after HSDS `schedule`, simplified to weekly ranges) and "open now" in
 * Asia/Shanghai time. Pure: the caller passes `now`. China has no daylight saving, so local time is UTC+8.
 */
import { z } from 'zod';
import { chinaClock } from './china-time';

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: '时间格式应为 08:30' });

/** One weekly range: ISO weekdays (1 = Monday … 7 = Sunday) open from `open` to `close`, same day. */
export const ZOpeningRange = z
  .strictObject({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    open: ZClock,
    close: ZClock,
  })
  .refine((r) => minutesOf(r.open) < minutesOf(r.close), { message: '关门时间应晚于开门时间', path: ['close'] });

export const ZOpeningSchedule = z.strictObject({
  weekly: z.array(ZOpeningRange).max(14),
  /** Sample hours, not yet confirmed by the point. */
  isSample: z.boolean(),
});
export type TOpeningSchedule = z.infer<typeof ZOpeningSchedule>;

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
}

/** Parses stored JSON into a schedule; null when absent or malformed (hours unknown). */
export function parseOpeningSchedule(value: unknown): TOpeningSchedule | null {
  if (value == null) return null;
  const parsed = ZOpeningSchedule.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** ISO weekday (1–7) and minute of day of an instant in Asia/Shanghai. */
export function shanghaiWeekMinute(now: Date): { weekday: number; minute: number } {
  const c = chinaClock(now)!;
  return { weekday: c.weekday, minute: c.hour * 60 + c.minute };
}

/**
 * Whether the schedule says "open" at `now`; null when the hours are unknown (no schedule, or no ranges),
 * so the UI can say "请先电话确认" instead of a wrong "已关门".
 */
export function isOpenNow(schedule: TOpeningSchedule | null, now: Date): boolean | null {
  if (!schedule || schedule.weekly.length === 0) return null;
  const { weekday, minute } = shanghaiWeekMinute(now);
  return schedule.weekly.some(
    (r) => r.days.includes(weekday) && minute >= minutesOf(r.open) && minute < minutesOf(r.close),
  );
}

/** The sample weekday hours every seeded point starts with (marked sample). */
export const SAMPLE_WEEKDAY_SCHEDULE: TOpeningSchedule = {
  weekly: [
    { days: [1, 2, 3, 4, 5], open: '08:30', close: '12:00' },
    { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:30' },
  ],
  isSample: true,
};
