/**
 * China's official working-day calendar: public holidays and 调休 (weekend days worked in exchange), from the
 * maintained `chinese-days` package (data per year from the State Council notices). Every working-day deadline goes
 * through here. Years the package does not cover yet fall back to Monday–Friday.
 */
import chineseDays from 'chinese-days';
import { CHINA_OFFSET_MS, pad2 } from './china-time';

const DAY_MS = 24 * 3600_000;

/**
 * Whether the China calendar day `day` ("2026-02-14") is a working day. The package reads dates through the
 * process's local zone, so it gets a local-noon Date of that calendar day: the same answer in any server zone.
 */
export function isChinaWorkday(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`not a calendar day: ${day}`);
  return chineseDays.getDayDetail(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)).work;
}

/**
 * `days` working days after `now`, at the same wall-clock time in China: the clock moves one China calendar day at
 * a time and counts only working days (holidays skipped, 调休 Saturdays and Sundays counted).
 */
export function addChinaWorkingDays(now: Date, days: number): Date {
  let local = new Date(now.getTime() + CHINA_OFFSET_MS);
  let left = days;
  while (left > 0) {
    local = new Date(local.getTime() + DAY_MS);
    const day = `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`;
    if (isChinaWorkday(day)) left--;
  }
  return new Date(local.getTime() - CHINA_OFFSET_MS);
}
