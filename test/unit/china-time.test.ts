import { promisedBy, spokenTime } from '../../shared/domain/china-time';

/** China wall-clock time as an instant (UTC+8). */
const cn = (y: number, mo: number, d: number, h: number, mi = 0, s = 0) =>
  new Date(Date.UTC(y, mo - 1, d, h - 8, mi, s));
const NOW = cn(2026, 12, 5, 10, 15);

describe('spokenTime', () => {
  it.each([
    [cn(2026, 12, 8, 17), '12 月 8 日下午 5 点'],
    [cn(2026, 12, 5, 17), '今天下午 5 点'],
    [cn(2026, 12, 6, 9), '明天上午 9 点'],
    [cn(2026, 12, 7, 7), '后天早上 7 点'],
    [cn(2026, 12, 5, 12), '今天中午 12 点'],
    [cn(2026, 12, 5, 13, 30), '今天下午 1 点半'],
    [cn(2026, 12, 5, 20), '今天晚上 8 点'],
    [cn(2026, 12, 9, 3), '12 月 9 日凌晨 3 点'],
    [cn(2027, 1, 3, 10), '2027 年 1 月 3 日上午 10 点'],
    [cn(2026, 12, 6, 0), '今天晚上 12 点'],
    [cn(2026, 12, 5, 16, 50), '今天下午 5 点'],
    [cn(2026, 12, 5, 16, 10), '今天下午 4 点'],
  ])('%s reads %s', (at, text) => {
    expect(spokenTime(at, NOW)).toBe(text);
  });

  it('uses China time whatever the instant is written as, and is empty for nonsense', () => {
    expect(spokenTime('2026-12-08T09:00:00Z', NOW)).toBe('12 月 8 日下午 5 点');
    expect(spokenTime('not a time', NOW)).toBe('');
  });

  it('counts days by the China calendar: 23:30 tonight and 00:30 tomorrow are different days', () => {
    const lateNow = cn(2026, 12, 5, 23, 40);
    expect(spokenTime(cn(2026, 12, 6, 1), lateNow)).toBe('明天凌晨 1 点');
    expect(spokenTime(cn(2026, 12, 5, 23, 30), lateNow)).toBe('今天晚上 11 点半');
  });
});

describe('promisedBy', () => {
  it.each([
    [cn(2026, 12, 8, 17), '12 月 8 日下午 5 点前'],
    [cn(2026, 12, 5, 22, 3), '今天晚上 10 点半前'],
    [cn(2026, 12, 5, 22, 31), '今天晚上 11 点前'],
    [cn(2026, 12, 5, 23, 45), '今天晚上 12 点前'],
    [cn(2026, 12, 5, 17, 0, 40), '今天下午 5 点前'],
    [cn(2026, 12, 6, 9), '明天上午 9 点前'],
  ])('%s → %s', (at, text) => {
    expect(promisedBy(at, NOW)).toBe(text);
  });

  it('never promises earlier than the real time (rounds up)', () => {
    for (let m = 0; m < 24 * 60; m += 7) {
      const at = new Date(NOW.getTime() + m * 60_000);
      const text = promisedBy(at, NOW);
      const match = /(凌晨|早上|上午|中午|下午|晚上) (\d+) 点(半?)前$/.exec(text);
      expect(match).not.toBeNull();
      let hour = Number(match![2]) + (['下午', '晚上'].includes(match![1]!) && match![2] !== '12' ? 12 : 0);
      if (match![1] === '晚上' && match![2] === '12') hour = 24;
      const dayOffset = text.startsWith('明天') ? 24 * 60 : 0;
      const said = dayOffset + hour * 60 + (match![3] ? 30 : 0);
      const real = (m + 10 * 60 + 15) % (48 * 60);
      expect(said).toBeGreaterThanOrEqual(real);
      expect(said - real).toBeLessThan(30);
    }
  });
});
