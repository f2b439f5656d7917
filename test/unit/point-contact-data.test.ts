import { chinaHolidayCalendar } from '../../server/src/lib/china-calendar';
import { isOpenNow, type TOpeningSchedule } from '../../shared/domain/opening-hours';
import { describeScheduleText, parseOpeningText } from '../../shared/domain/opening-hours-text';
import { normalizePhone } from '../../shared/domain/phone';
import { isNearXihu } from '../../shared/domain/geo';

describe('normalizePhone', () => {
  it.each([
    ['0571-88888888', '0571-88888888'],
    ['0571 8888 8888', '0571-88888888'],
    ['057188888888', '0571-88888888'],
    ['（0571）88888888', '0571-88888888'],
    ['0571－88888888转123', '0571-88888888-123'],
    ['88888888', '0571-88888888'],
    ['138 0000 0000', '13800000000'],
    ['+8613800000000', '13800000000'],
    ['12345', '12345'],
    ['96345', '96345'],
    ['400-123-4567', '400-123-4567'],
  ])('%s → %s', (input, expected) => expect(normalizePhone(input)).toBe(expected));

  it.each(['call me', '1380000000', '0571-123', '12', '28888888888', '0571-88888888-1234567'])('refuses %s', (input) =>
    expect(normalizePhone(input)).toBeNull(),
  );
});

describe('parseOpeningText', () => {
  it('reads days, ranges and the holiday rule, and round-trips', () => {
    const parsed = parseOpeningText('周一至周五 8:30-12:00、13:30–17:30；周六、周日 09:00~11:00；节假日休息');
    expect(parsed).toEqual({
      ok: true,
      schedule: {
        weekly: [
          { days: [1, 2, 3, 4, 5], open: '08:30', close: '12:00' },
          { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:30' },
          { days: [6, 7], open: '09:00', close: '11:00' },
        ],
        isSample: false,
        publicHolidays: 'closed',
      },
    });
    const again = parseOpeningText(describeScheduleText((parsed as { schedule: TOpeningSchedule }).schedule));
    expect(again).toEqual(parsed);
    expect(parseOpeningText('每天 09:00-21:00')).toMatchObject({
      ok: true,
      schedule: { weekly: [{ days: [1, 2, 3, 4, 5, 6, 7] }] },
    });
    expect(parseOpeningText('星期一到星期三 09:00-11:00')).toMatchObject({
      ok: true,
      schedule: { weekly: [{ days: [1, 2, 3] }] },
    });
  });

  it('says what it cannot read', () => {
    expect(parseOpeningText('上午九点')).toEqual({
      ok: false,
      error: '看不懂“上午九点”，应像“周一至周五 08:30-17:30”',
    });
    expect(parseOpeningText('周一')).toEqual({ ok: false, error: '“周一”里没有时间，应像 08:30-17:30' });
    expect(parseOpeningText('周一 17:00-09:00')).toEqual({ ok: false, error: '“17:00-09:00”不是一段有效的时间' });
    expect(parseOpeningText('周五至周一 09:00-10:00').ok).toBe(false);
  });
});

describe('isOpenNow with exceptions and public holidays', () => {
  const schedule: TOpeningSchedule = {
    weekly: [{ days: [1, 2, 3, 4, 5], open: '08:30', close: '17:00' }],
    isSample: false,
    exceptions: [
      { date: '2030-01-08', closed: true, ranges: [] },
      { date: '2030-01-12', closed: false, ranges: [{ open: '09:00', close: '11:00' }] },
    ],
    publicHolidays: 'closed',
  };
  const calendar = (day: string) => (day === '2030-01-09' ? 'holiday' : day === '2030-01-13' ? 'workday' : 'normal');

  it('an exception wins over the week', () => {
    expect(isOpenNow(schedule, new Date('2030-01-08T10:00:00+08:00'), calendar)).toBe(false); // Tuesday, closed
    expect(isOpenNow(schedule, new Date('2030-01-12T10:00:00+08:00'), calendar)).toBe(true); // Saturday, special hours
    expect(isOpenNow(schedule, new Date('2030-01-12T12:00:00+08:00'), calendar)).toBe(false);
  });

  it('closed on statutory holidays, open on make-up working days (调休)', () => {
    expect(isOpenNow(schedule, new Date('2030-01-09T10:00:00+08:00'), calendar)).toBe(false);
    expect(isOpenNow(schedule, new Date('2030-01-13T10:00:00+08:00'), calendar)).toBe(true); // Sunday worked
    expect(isOpenNow({ ...schedule, publicHolidays: 'open' }, new Date('2030-01-09T10:00:00+08:00'), calendar)).toBe(
      true,
    );
    expect(
      isOpenNow({ ...schedule, publicHolidays: 'unknown' }, new Date('2030-01-09T10:00:00+08:00'), calendar),
    ).toBeNull();
    expect(isOpenNow({ ...schedule, publicHolidays: undefined }, new Date('2030-01-13T10:00:00+08:00'), calendar)).toBe(
      false,
    );
  });
});

describe('isNearXihu', () => {
  it('accepts the boundary road, refuses Shanghai', () => {
    expect(isNearXihu({ lat: 30.27861, lng: 120.11389 })).toBe(true);
    expect(isNearXihu({ lat: 30.42, lng: 120.1 })).toBe(true);
    expect(isNearXihu({ lat: 31.23, lng: 121.47 })).toBe(false);
  });
});

describe('chinaHolidayCalendar', () => {
  it('marks National Day, its make-up Saturday and an ordinary day', () => {
    expect(chinaHolidayCalendar('2026-10-01')).toBe('holiday');
    expect(chinaHolidayCalendar('2026-10-10')).toBe('workday');
    expect(chinaHolidayCalendar('2026-10-09')).toBe('normal');
    expect(chinaHolidayCalendar('2026-12-05')).toBe('normal'); // a plain Saturday: the weekly hours decide
  });
});
