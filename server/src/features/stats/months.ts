/** Calendar months in China time (UTC+8, no daylight saving) as UTC instants, for range filters. */
import { CHINA_OFFSET_MS, pad2 } from '../../../../shared/domain/china-time';

/** [from, to) of a yyyy-mm month as ISO instants. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(y, m - 1, 1) - CHINA_OFFSET_MS);
  const to = new Date(Date.UTC(y, m, 1) - CHINA_OFFSET_MS);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: string, count: number): string[] {
  const [y, m] = last.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(`${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}`);
  }
  return out;
}

/** The month of an instant in China time. */
export function chinaMonth(at: Date): string {
  const d = new Date(at.getTime() + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}`;
}

/** First and last day (yyyy-mm-dd) of a month, for date columns. */
export function monthDays(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${pad2(last)}` };
}
