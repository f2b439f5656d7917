/**
 * Structured weekly opening hours (after HSDS `schedule`, simplified to weekly ranges) and "open now" in
 * Asia/Shanghai time. Pure: the caller passes `now`. China has no daylight saving, so local time is UTC+8.
 */
import { z } from 'zod';
import { chinaClock, chinaDay } from './china-time';

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: '时间格式应为 08:30' });

/** One weekly range: ISO weekdays (1 = Monday … 7 = Sunday) open from `open` to `close`, same day. */
export const ZOpeningRange = z
  .strictObject({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    open: ZClock,
    close: ZClock,
  })
  .refine((r) => minutesOf(r.open) < minutesOf(r.close), { message: '关门时间应晚于开门时间', path: ['close'] });

const ZDayRange = z
  .strictObject({ open: ZClock, close: ZClock })
  .refine((r) => minutesOf(r.open) < minutesOf(r.close), { message: '关门时间应晚于开门时间', path: ['close'] });

/** One dated exception: closed all day, or open only during `ranges` (a special day, a move, a training day). */
export const ZOpeningException = z.strictObject({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 2026-10-01' })
    .refine((d) => isCalendarDay(d), { message: '没有这一天' }),
  closed: z.boolean(),
  ranges: z.array(ZDayRange).max(4).default([]),
  note: z.string().trim().max(40).optional(),
});
export type TOpeningException = z.infer<typeof ZOpeningException>;

/**
 * What a point does on statutory public holidays (法定节假日): `closed` follows the national calendar (closed on
 * holidays, open on the make-up working days 调休 with its Monday hours), `open` keeps the weekly hours, `unknown`
 * says "please call first".
 */
export const PUBLIC_HOLIDAY_POLICIES = ['closed', 'open', 'unknown'] as const;
export type PublicHolidayPolicy = (typeof PUBLIC_HOLIDAY_POLICIES)[number];

export const ZOpeningSchedule = z.strictObject({
  weekly: z.array(ZOpeningRange).max(14),
  /** Sample hours, not yet confirmed by the point. */
  isSample: z.boolean(),
  exceptions: z
    .array(ZOpeningException)
    .max(60)
    .refine((list) => new Set(list.map((e) => e.date)).size === list.length, { message: '同一天只能写一条' })
    .optional(),
  publicHolidays: z.enum(PUBLIC_HOLIDAY_POLICIES, { message: '请选择节假日是否开门' }).optional(),
});
export type TOpeningSchedule = z.infer<typeof ZOpeningSchedule>;

/** How the national calendar marks a China calendar day ("2026-10-01"): a statutory holiday, a make-up working day, or normal. */
export type DayKind = 'holiday' | 'workday' | 'normal';
export type HolidayCalendar = (day: string) => DayKind;
const NO_CALENDAR: HolidayCalendar = () => 'normal';

/** "2026-02-30" is not a day (Date.parse would roll it over to March). */
function isCalendarDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

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
export function isOpenNow(
  schedule: TOpeningSchedule | null,
  now: Date,
  calendar: HolidayCalendar = NO_CALENDAR,
): boolean | null {
  if (!schedule || schedule.weekly.length === 0) return null;
  const { weekday, minute } = shanghaiWeekMinute(now);
  const day = chinaDay(now);
  const inRange = (r: { open: string; close: string }) => minute >= minutesOf(r.open) && minute < minutesOf(r.close);
  const exception = schedule.exceptions?.find((e) => e.date === day);
  if (exception) return !exception.closed && exception.ranges.some(inRange);
  const kind = calendar(day);
  const policy = schedule.publicHolidays;
  if (kind === 'holiday' && policy === 'closed') return false;
  if (kind === 'holiday' && policy === 'unknown') return null;
  const effectiveDay = kind === 'workday' && policy === 'closed' ? 1 : weekday;
  return schedule.weekly.some((r) => r.days.includes(effectiveDay) && inRange(r));
}

/** True when the schedule is confirmed and says something (weekly ranges, not sample hours). */
export function hasConfirmedHours(schedule: TOpeningSchedule | null): boolean {
  return !!schedule && !schedule.isSample && schedule.weekly.length > 0;
}

/** The sample weekday hours every seeded point starts with (marked sample). */
export const SAMPLE_WEEKDAY_SCHEDULE: TOpeningSchedule = {
  weekly: [
    { days: [1, 2, 3, 4, 5], open: '08:30', close: '12:00' },
    { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:30' },
  ],
  isSample: true,
};
