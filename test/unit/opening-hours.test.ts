import {
  SAMPLE_WEEKDAY_SCHEDULE,
  ZOpeningSchedule,
  isOpenNow,
  parseOpeningSchedule,
  shanghaiWeekMinute,
} from '../../shared/domain/opening-hours';
import { chinaClock, chinaDay } from '../../shared/domain/china-time';

// 2030-01-07 is a Monday. Times below are Shanghai local (+08:00).
const at = (local: string) => new Date(`${local}+08:00`);

describe('shanghaiWeekMinute', () => {
  it('uses Shanghai time, not UTC', () => {
    // 2030-01-06T23:30Z is already Monday 07:30 in Shanghai
    expect(shanghaiWeekMinute(new Date('2030-01-06T23:30:00Z'))).toEqual({ weekday: 1, minute: 7 * 60 + 30 });
    expect(shanghaiWeekMinute(at('2030-01-13T10:00:00')).weekday).toBe(7);
  });
});

describe('isOpenNow', () => {
  it('is open inside a weekday range and closed at lunch, in the evening and at the weekend', () => {
    expect(isOpenNow(SAMPLE_WEEKDAY_SCHEDULE, at('2030-01-07T08:30:00'))).toBe(true);
    expect(isOpenNow(SAMPLE_WEEKDAY_SCHEDULE, at('2030-01-07T11:59:00'))).toBe(true);
    expect(isOpenNow(SAMPLE_WEEKDAY_SCHEDULE, at('2030-01-07T12:00:00'))).toBe(false);
    expect(isOpenNow(SAMPLE_WEEKDAY_SCHEDULE, at('2030-01-07T14:00:00'))).toBe(true);
    expect(isOpenNow(SAMPLE_WEEKDAY_SCHEDULE, at('2030-01-07T17:30:00'))).toBe(false);
    expect(isOpenNow(SAMPLE_WEEKDAY_SCHEDULE, at('2030-01-12T10:00:00'))).toBe(false);
  });

  it('is null when the hours are unknown', () => {
    expect(isOpenNow(null, at('2030-01-07T10:00:00'))).toBeNull();
    expect(isOpenNow({ weekly: [], isSample: true }, at('2030-01-07T10:00:00'))).toBeNull();
  });

  it('handles a Sunday-only range', () => {
    const sunday = { weekly: [{ days: [7], open: '09:00', close: '24:00' }], isSample: false };
    expect(isOpenNow(sunday, at('2030-01-13T23:59:00'))).toBe(true);
    expect(isOpenNow(sunday, at('2030-01-14T00:01:00'))).toBe(false);
  });
});

describe('parseOpeningSchedule', () => {
  it('returns null for malformed data instead of throwing', () => {
    expect(parseOpeningSchedule(undefined)).toBeNull();
    expect(parseOpeningSchedule({ weekly: [{ days: [8], open: '9:00', close: '10:00' }], isSample: true })).toBeNull();
    expect(parseOpeningSchedule(SAMPLE_WEEKDAY_SCHEDULE)).toEqual(SAMPLE_WEEKDAY_SCHEDULE);
  });

  it('refuses a range that closes before it opens, naming close', () => {
    const r = ZOpeningSchedule.safeParse({ weekly: [{ days: [1], open: '17:00', close: '09:00' }], isSample: true });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['weekly', 0, 'close']);
  });
});

describe('china-time', () => {
  it('reads the wall clock in China whatever the zone of the input', () => {
    expect(chinaClock('2026-11-29T16:05:00Z')).toEqual({
      year: 2026,
      month: 11,
      day: 30,
      hour: 0,
      minute: 5,
      weekday: 1,
    });
    expect(chinaClock(new Date('2026-11-29T09:00:00+08:00'))).toMatchObject({ day: 29, hour: 9, weekday: 7 });
    expect(chinaClock('not a time')).toBeNull();
    expect(chinaDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});
