/**
 * Xihu runs on China Standard Time: UTC+8 all year, no daylight saving. Every wall-clock reading (dates on
 * screens, reference numbers, opening hours, working days) goes through here, whatever the device's zone.
 */
export const CHINA_OFFSET_MS = 8 * 3600_000;

/** weekday: 1 = Monday … 7 = Sunday. */
export type ChinaClock = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

/** The wall clock in China at `at`; null when `at` is not a valid time. */
export function chinaClock(at: Date | string): ChinaClock | null {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(t)) return null;
  const d = new Date(t + CHINA_OFFSET_MS);
  const day = d.getUTCDay();
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: day === 0 ? 7 : day,
  };
}

/** "2026-11-29": the calendar day in China at `at`. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

const DAY_MS = 86_400_000;

/** Part of the day as people say it before the hour: 凌晨 0–5, 早上 6–8, 上午 9–11, 中午 12, 下午 13–17, 晚上 18–23. */
function dayPeriod(hour: number): string {
  if (hour < 6) return '凌晨';
  if (hour < 9) return '早上';
  if (hour < 12) return '上午';
  if (hour === 12) return '中午';
  if (hour < 18) return '下午';
  return '晚上';
}

/** "今天", "明天", "后天", "12 月 8 日", or "2027 年 1 月 3 日" in another year, all by the China calendar. */
function dayWords(c: ChinaClock, now: ChinaClock): string {
  const days = Math.round((Date.UTC(c.year, c.month - 1, c.day) - Date.UTC(now.year, now.month - 1, now.day)) / DAY_MS);
  if (days === 0) return '今天';
  if (days === 1) return '明天';
  if (days === 2) return '后天';
  return c.year === now.year ? `${c.month} 月 ${c.day} 日` : `${c.year} 年 ${c.month} 月 ${c.day} 日`;
}

export type SpokenTimeOptions = {
  /**
   * Round up to the next half hour (a deadline: "before 22:03" is told as "晚上 10 点半前", never earlier than the
   * real time, so nobody is promised more than is kept). Off: round to the nearest half hour.
   */
  roundUp?: boolean;
};

/**
 * A time as people say it, in China time: "12 月 8 日下午 5 点", "今天下午 5 点半", "明天上午 9 点". Minutes are
 * rounded to the half hour; midnight reads as the evening before ("晚上 12 点"). Empty for an invalid time.
 */
export function spokenTime(at: Date | string, now: Date = new Date(), options: SpokenTimeOptions = {}): string {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(t)) return '';
  const HALF = 30 * 60_000;
  const minuteMs = t - (t % 60_000); // whole minutes: seconds never push a promise over the next half hour
  const rounded = options.roundUp ? Math.ceil(minuteMs / HALF) * HALF : Math.round(minuteMs / HALF) * HALF;
  const c = chinaClock(new Date(rounded))!;
  const today = chinaClock(now)!;
  if (c.hour === 0 && c.minute === 0) {
    // midnight belongs to the day that ends there
    const eve = chinaClock(new Date(rounded - 60_000))!;
    return `${dayWords(eve, today)}晚上 12 点`;
  }
  const hour12 = c.hour > 12 ? c.hour - 12 : c.hour;
  return `${dayWords(c, today)}${dayPeriod(c.hour)} ${hour12} 点${c.minute === 30 ? '半' : ''}`;
}

/** A promise to act by `at`: "12 月 8 日下午 5 点前" (rounded up, so the promise is kept). */
export function promisedBy(at: Date | string, now: Date = new Date()): string {
  const spoken = spokenTime(at, now, { roundUp: true });
  return spoken ? `${spoken}前` : '';
}
