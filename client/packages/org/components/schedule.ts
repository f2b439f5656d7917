/** Opening schedules in plain words: "周一至周五 08:30–12:00、13:30–17:30". Pure. */
import type { TOpeningSchedule } from '@shared/domain/opening-hours';

const DAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** "周一至周五", "周六、周日", "每天". */
export function describeDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (sorted.length === 7) return '每天';
  const consecutive = sorted.length >= 3 && sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  if (consecutive) return `${DAY_NAMES[sorted[0]!]}至${DAY_NAMES[sorted[sorted.length - 1]!]}`;
  return sorted.map((d) => DAY_NAMES[d]).join('、');
}

/** One line per set of days, with that day set's ranges in time order. */
export function describeSchedule(schedule: TOpeningSchedule): string[] {
  const byDays = new Map<string, { days: number[]; ranges: string[] }>();
  for (const r of [...schedule.weekly].sort((a, b) => a.open.localeCompare(b.open))) {
    const key = [...r.days].sort().join(',');
    const entry = byDays.get(key) ?? { days: r.days, ranges: [] };
    entry.ranges.push(`${r.open}–${r.close}`);
    byDays.set(key, entry);
  }
  return [...byDays.values()].map((e) => `${describeDays(e.days)} ${e.ranges.join('、')}`);
}

/** The "open now" badge text; null means the hours are unknown. */
export function openNowText(openNow: boolean | null): string {
  if (openNow === true) return '现在开门';
  if (openNow === false) return '现在不开门';
  return '开放时间待确认，去之前先打电话问问';
}
