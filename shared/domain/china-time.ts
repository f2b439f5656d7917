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
