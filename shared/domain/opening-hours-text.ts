/**
 * Opening hours typed in words, as a spreadsheet has them, into a structured schedule (opening-hours.ts):
 * "周一至周五 08:30-12:00、13:30-17:30；周六 09:00-11:30；节假日休息". Groups are split by ；, ; or a new line.
 * Pure; returns a Chinese error naming what could not be read instead of guessing.
 */
import type { PublicHolidayPolicy, TOpeningSchedule } from './opening-hours';

const DAY_CHARS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
// built from word lists so the pattern's ASCII brackets and bars never sit against Chinese text
const DAY_PREFIX = `(?:${['周', '星期', '礼拜'].join('|')})`;
const WEEKDAY_CHARS = '一二三四五六日天';
const DAY = `${DAY_PREFIX}?([${WEEKDAY_CHARS}])`;
const WHOLE_WEEK_WORDS = ['每天', '天天', '工作日', '周末'].join('|');
const DAY_SEPARATORS = ['至', '到', '-', '–', '—', '~', '～', '、', ',', '，'].join('|');
const DAYS_HEAD = new RegExp(
  `^(${WHOLE_WEEK_WORDS}|${DAY_PREFIX}[${WEEKDAY_CHARS}](?:\\s*(?:${DAY_SEPARATORS})\\s*${DAY})*)\\s*(.*)$`,
);
const TIME_RANGE = /(\d{1,2})[:：](\d{2})\s*(?:-|–|—|~|～|至|到)\s*(\d{1,2})[:：](\d{2})/g;
const HOLIDAY =
  /^(?:法定)?节假日\s*(休息|不开门?|关门|闭馆|照常(?:开放|开门)?|正常(?:开放|开门)?|开放|开门|另行通知|待定)$/;

export type ParsedOpening = { ok: true; schedule: TOpeningSchedule } | { ok: false; error: string };

function parseDays(head: string): number[] | null {
  if (head === '每天' || head === '天天') return [1, 2, 3, 4, 5, 6, 7];
  if (head === '工作日') return [1, 2, 3, 4, 5];
  if (head === '周末') return [6, 7];
  const tokens = [...head.matchAll(/([一二三四五六日天])|(至|到|-|–|—|~|～)/g)];
  const days: number[] = [];
  let pendingRange = false;
  for (const [, day, dash] of tokens) {
    if (dash) {
      pendingRange = true;
      continue;
    }
    const n = DAY_CHARS[day!]!;
    if (pendingRange && days.length > 0) {
      const from = days[days.length - 1]!;
      if (n < from) return null;
      for (let d = from + 1; d <= n; d++) days.push(d);
      pendingRange = false;
    } else days.push(n);
  }
  return days.length > 0 ? [...new Set(days)] : null;
}

const clock = (h: string, m: string) => `${h.padStart(2, '0')}:${m}`;

function holidayPolicy(word: string): PublicHolidayPolicy {
  if (/休息|不开|关门|闭馆/.test(word)) return 'closed';
  if (/另行通知|待定/.test(word)) return 'unknown';
  return 'open';
}

/** "周一至周五 08:30-12:00、13:30-17:30；节假日休息" → schedule (confirmed, not sample). */
export function parseOpeningText(text: string): ParsedOpening {
  const groups = text
    .split(/[；;\n]/)
    .map((g) => g.trim())
    .filter(Boolean);
  if (groups.length === 0) return { ok: false, error: '开放时间是空的' };
  const schedule: TOpeningSchedule = { weekly: [], isSample: false };
  for (const group of groups) {
    const holiday = HOLIDAY.exec(group);
    if (holiday) {
      schedule.publicHolidays = holidayPolicy(holiday[1]!);
      continue;
    }
    const head = DAYS_HEAD.exec(group);
    const days = head ? parseDays(head[1]!) : null;
    if (!head || !days) return { ok: false, error: `看不懂“${group}”，应像“周一至周五 08:30-17:30”` };
    const ranges = [...head[3]!.matchAll(TIME_RANGE)];
    if (ranges.length === 0) return { ok: false, error: `“${group}”里没有时间，应像 08:30-17:30` };
    for (const [, h1, m1, h2, m2] of ranges) {
      const open = clock(h1!, m1!);
      const close = clock(h2!, m2!);
      if (Number(h1) > 24 || Number(h2) > 24 || Number(m1) > 59 || Number(m2) > 59 || open >= close)
        return { ok: false, error: `“${open}-${close}”不是一段有效的时间` };
      schedule.weekly.push({ days, open, close });
    }
  }
  if (schedule.weekly.length > 14) return { ok: false, error: '时间段太多了，最多 14 段' };
  return { ok: true, schedule };
}

const DAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** "周一至周五", "周六、周日", "每天". */
export function describeDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (sorted.length === 7) return '每天';
  const consecutive = sorted.length >= 3 && sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  if (consecutive) return `${DAY_NAMES[sorted[0]!]}至${DAY_NAMES[sorted[sorted.length - 1]!]}`;
  return sorted.map((d) => DAY_NAMES[d]).join('、');
}

const HOLIDAY_TEXT: Record<PublicHolidayPolicy, string> = {
  closed: '节假日休息',
  open: '节假日照常开放',
  unknown: '节假日另行通知',
};

/** One line per set of days with its ranges in time order, then the public-holiday rule if any. */
export function describeSchedule(schedule: TOpeningSchedule): string[] {
  const byDays = new Map<string, { days: number[]; ranges: string[] }>();
  for (const r of [...schedule.weekly].sort((a, b) => a.open.localeCompare(b.open))) {
    const key = [...r.days].sort().join(',');
    const entry = byDays.get(key) ?? { days: r.days, ranges: [] };
    entry.ranges.push(`${r.open}–${r.close}`);
    byDays.set(key, entry);
  }
  const lines = [...byDays.values()].map((e) => `${describeDays(e.days)} ${e.ranges.join('、')}`);
  if (schedule.publicHolidays) lines.push(HOLIDAY_TEXT[schedule.publicHolidays]);
  return lines;
}

/** The schedule as one line that parseOpeningText reads back ("周一至周五 08:30-12:00、13:30-17:30；节假日休息"). */
export function describeScheduleText(schedule: TOpeningSchedule): string {
  return describeSchedule(schedule).join('；');
}

/** Upcoming exceptions in words: "10月1日 休息", "10月8日 09:00-12:00". */
export function describeExceptions(schedule: TOpeningSchedule, today: string): string[] {
  return (schedule.exceptions ?? [])
    .filter((e) => e.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, 5)
    .map((e) => {
      const [, m, d] = e.date.split('-').map(Number);
      const when = e.closed || e.ranges.length === 0 ? '休息' : e.ranges.map((r) => `${r.open}–${r.close}`).join('、');
      return `${m}月${d}日 ${when}${e.note ? `（${e.note}）` : ''}`;
    });
}
