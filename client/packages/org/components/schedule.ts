/** Opening schedules in plain words (shared with the server's import) and the "open now" badge. Pure. */
export { describeDays, describeExceptions, describeSchedule } from '@shared/domain/opening-hours-text';

/** The "open now" badge text; null means the hours are unknown. */
export function openNowText(openNow: boolean | null): string {
  if (openNow === true) return '现在开门';
  if (openNow === false) return '现在不开门';
  return '开放时间待确认，去之前先打电话问问';
}
