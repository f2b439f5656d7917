/** Months as the pages show them: yyyy-mm in China time, read as 2026年11月. */
const CHINA_OFFSET_MS = 8 * 3600_000;

export function currentMonth(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}

export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;
/** Short axis label: 11月, or 2027年1月 at a year's start. */
export const axisLabel = (month: string) => (month.endsWith('-01') ? monthLabel(month) : `${Number(month.slice(5))}月`);

/** The month before or after. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
