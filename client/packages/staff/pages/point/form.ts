/**
 * The point self-service form: its text fields ↔ the org.points.update body. Opening hours are typed the way a
 * notice board says them (parseOpeningText), exceptions one per line ("2026-10-08 休息 培训",
 * "2026-10-09 09:00-12:00"). Pure.
 */
import type { PublicHolidayPolicy, TOpeningException, TOpeningSchedule } from '@shared/domain/opening-hours';
import { describeScheduleText, parseOpeningText } from '@shared/domain/opening-hours-text';
import type { TServicePointDetail } from '@shared/schemas/org';
import type { TPointSelfUpdateInput } from '@shared/schemas/points';

export type PointForm = {
  address: string;
  phone: string;
  hours: string;
  holidays: PublicHolidayPolicy | '';
  exceptions: string;
  note: string;
  lat: string;
  lng: string;
};

const EXCEPTION_LINE =
  /^(\d{4}-\d{1,2}-\d{1,2})\s+(休息|关门|不开门?|((?:\d{1,2}[:：]\d{2}\s*[-–~～至到]\s*\d{1,2}[:：]\d{2}[、,，\s]*)+))\s*(.*)$/;
const RANGE = /(\d{1,2})[:：](\d{2})\s*[-–~～至到]\s*(\d{1,2})[:：](\d{2})/g;
const pad = (s: string) => s.padStart(2, '0');

export function formOf(point: TServicePointDetail): PointForm {
  const s = point.openingSchedule;
  const weekly = s && s.weekly.length > 0 ? describeScheduleText({ ...s, publicHolidays: undefined }) : '';
  return {
    address: point.address ?? '',
    phone: point.phone ?? '',
    hours: weekly,
    holidays: s?.publicHolidays ?? '',
    exceptions: (s?.exceptions ?? [])
      .map((e) =>
        [e.date, e.closed ? '休息' : e.ranges.map((r) => `${r.open}-${r.close}`).join('、'), e.note ?? '']
          .join(' ')
          .trim(),
      )
      .join('\n'),
    // seeded sample text ("…（示例）") is not offered as the point's own note: saving replaces it
    note: point.isSampleContact ? '' : (point.openingHours ?? ''),
    lat: point.lat === null ? '' : String(point.lat),
    lng: point.lng === null ? '' : String(point.lng),
  };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

export function parseExceptions(text: string): Parsed<TOpeningException[]> {
  const out: TOpeningException[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = EXCEPTION_LINE.exec(line);
    if (!m)
      return {
        ok: false,
        field: 'exceptions',
        message: `看不懂“${line}”，应像“2026-10-08 休息”或“2026-10-08 09:00-12:00”`,
      };
    const [y, mo, d] = m[1]!.split('-');
    const date = `${y}-${pad(mo!)}-${pad(d!)}`;
    const ranges = m[3]
      ? [...m[3].matchAll(RANGE)].map(([, h1, m1, h2, m2]) => ({
          open: `${pad(h1!)}:${m1}`,
          close: `${pad(h2!)}:${m2}`,
        }))
      : [];
    out.push({ date, closed: ranges.length === 0, ranges, ...(m[4] ? { note: m[4] } : {}) });
  }
  return { ok: true, value: out };
}

/** The update body; a field message when the hours or exceptions cannot be read. */
export function bodyOf(id: string, form: PointForm): Parsed<TPointSelfUpdateInput> {
  const blank = (v: string) => (v.trim() ? v.trim() : null);
  let schedule: TOpeningSchedule | null = null;
  if (form.hours.trim()) {
    const parsed = parseOpeningText(form.hours);
    if (!parsed.ok) return { ok: false, field: 'openingSchedule', message: parsed.error };
    schedule = parsed.schedule;
  }
  const exceptions = parseExceptions(form.exceptions);
  if (!exceptions.ok) return exceptions;
  if (!schedule && (exceptions.value.length > 0 || form.holidays))
    return { ok: false, field: 'openingSchedule', message: '请先填每周的开放时间' };
  if (schedule) {
    if (exceptions.value.length > 0) schedule.exceptions = exceptions.value;
    if (form.holidays) schedule.publicHolidays = form.holidays;
  }
  const lat = form.lat.trim() ? Number(form.lat) : null;
  const lng = form.lng.trim() ? Number(form.lng) : null;
  if (lat !== null && !Number.isFinite(lat)) return { ok: false, field: 'lat', message: '纬度应是数字，如 30.27861' };
  if (lng !== null && !Number.isFinite(lng)) return { ok: false, field: 'lng', message: '经度应是数字，如 120.11389' };
  return {
    ok: true,
    value: {
      id,
      address: blank(form.address),
      phone: blank(form.phone),
      openingSchedule: schedule,
      openingHours: blank(form.note),
      lat,
      lng,
    },
  };
}
