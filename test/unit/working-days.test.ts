/**
 * China's official working-day calendar (shared/domain/working-days.ts) on real 2025/2026 dates: holidays are
 * skipped, 调休 weekend days are worked, and a deadline lands at the same Hangzhou wall-clock time.
 */
import { addChinaWorkingDays, isChinaWorkday } from '../../shared/domain/working-days';

const cst = (local: string) => new Date(`${local}+08:00`);

describe('isChinaWorkday', () => {
  it.each([
    ['2026-02-13', true, 'Friday before the 2026 Spring Festival'],
    ['2026-02-14', true, '调休 Saturday before the 2026 Spring Festival'],
    ['2026-02-16', false, 'Spring Festival Monday'],
    ['2026-02-23', false, 'last day of the Spring Festival holiday (a Monday)'],
    ['2026-02-24', true, 'first Tuesday back'],
    ['2026-02-28', true, '调休 Saturday after the Spring Festival'],
    ['2026-09-20', true, '调休 Sunday before National Day 2026'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'last day of the National Day holiday (a Wednesday)'],
    ['2026-10-10', true, '调休 Saturday after National Day 2026'],
    ['2025-09-28', true, '调休 Sunday before National Day 2025'],
    ['2025-10-08', false, 'National Day 2025 (with Mid-Autumn), a Wednesday'],
    ['2025-10-11', true, '调休 Saturday after National Day 2025'],
    ['2026-11-28', false, 'an ordinary Saturday'],
    ['2026-11-30', true, 'an ordinary Monday'],
  ])('%s → %s (%s)', (day, expected) => {
    expect(isChinaWorkday(day)).toBe(expected);
  });

  it('refuses what is not a calendar day', () => {
    expect(() => isChinaWorkday('2026-2-1')).toThrow(RangeError);
  });

  it('gives the same answer whatever the process time zone reads (the date is a China calendar day)', () => {
    // the package reads local time: the module hands it local noon, so no zone can shift the day
    expect(['2026-02-14', '2026-02-15'].map(isChinaWorkday)).toEqual([true, false]);
  });
});

describe('addChinaWorkingDays', () => {
  it.each([
    // Thursday 2026-02-12 + 3: Fri 13, Sat 14 (调休), then the holiday 15–23, Tue 24
    ['2026-02-12T10:00:00', 3, '2026-02-24T10:00:00'],
    // Friday 2026-02-13 evening + 1: the 调休 Saturday
    ['2026-02-13T18:30:00', 1, '2026-02-14T18:30:00'],
    // during the holiday: Wednesday 2026-02-18 + 1 → Tuesday 24
    ['2026-02-18T09:00:00', 1, '2026-02-24T09:00:00'],
    // Friday 2026-09-18 + 1 → the 调休 Sunday 2026-09-20
    ['2026-09-18T09:00:00', 1, '2026-09-20T09:00:00'],
    // Wednesday 2026-09-30 + 3: holiday 1–7, Thu 8, Fri 9, Sat 10 (调休)
    ['2026-09-30T15:00:00', 3, '2026-10-10T15:00:00'],
    // 2025: Friday 2025-09-26 + 1 → the 调休 Sunday 2025-09-28
    ['2025-09-26T11:00:00', 1, '2025-09-28T11:00:00'],
    // 2025: Tuesday 2025-09-30 + 2 → Thursday 2025-10-09 (holiday 1–8), then Friday 10
    ['2025-09-30T11:00:00', 2, '2025-10-10T11:00:00'],
    // an ordinary week: Wednesday + 3 over a weekend
    ['2026-11-25T10:00:00', 3, '2026-11-30T10:00:00'],
    // Saturday 00:30 in Hangzhou (Friday in UTC) + 1 → Monday
    ['2026-11-28T00:30:00', 1, '2026-11-30T00:30:00'],
  ])('%s + %i working day(s) → %s', (from, days, to) => {
    expect(addChinaWorkingDays(cst(from), days)).toEqual(cst(to));
  });

  it('zero days is now', () => {
    expect(addChinaWorkingDays(cst('2026-02-16T10:00:00'), 0)).toEqual(cst('2026-02-16T10:00:00'));
  });
});
