/** Resident pages show times as read in Hangzhou, like the staff pages, whatever the phone's time zone. */
import { formatDateTime } from '@/packages/mine/format';

describe('formatDateTime', () => {
  it('shows China time for a UTC instant', () => {
    expect(formatDateTime('2026-11-29T05:27:00Z')).toBe('2026 年 11 月 29 日 13:27');
  });

  it('rolls over to the next day in China', () => {
    expect(formatDateTime('2026-12-31T16:05:00Z')).toBe('2027 年 1 月 1 日 00:05');
  });

  it('keeps an instant given with +08:00 on its own wall clock', () => {
    expect(formatDateTime('2026-11-29T09:00:00+08:00')).toBe('2026 年 11 月 29 日 09:00');
  });

  it('returns nothing for a value that is not a time', () => {
    expect(formatDateTime('not a date')).toBe('');
  });
});
