/**
 * The national holiday calendar (法定节假日 and make-up working days 调休) from the chinese-days data, as the pure
 * HolidayCalendar that shared/domain/opening-hours.ts takes. Days the data does not cover count as normal days.
 */
import { getDayDetail } from 'chinese-days';
import type { DayKind, HolidayCalendar } from '../../../shared/domain/opening-hours';

const WEEKDAY_NAMES = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export const chinaHolidayCalendar: HolidayCalendar = (day: string): DayKind => {
  try {
    const detail = getDayDetail(day);
    if (WEEKDAY_NAMES.test(detail.name)) return 'normal';
    const weekend = new Date(`${day}T00:00:00Z`).getUTCDay() % 6 === 0;
    if (!detail.work) return 'holiday';
    return weekend ? 'workday' : 'normal';
  } catch {
    return 'normal';
  }
};
