import { z } from 'zod';

/** Every request object is strict: unknown fields are refused, never silently dropped. */
export const ZEmpty = z.strictObject({});
export const ZUuid = z.uuid({ message: '编号格式不对' });
export const ZDivisionCode = z.string().regex(/^\d{12}$/, { message: '地区编码应为12位数字' });
export const ZIsoDateTime = z.iso.datetime({ offset: true });
export const ZSlug = z.string().regex(/^[a-z0-9-]{3,60}$/, { message: '标识格式不对' });
export const ZSlugRequest = z.strictObject({ slug: ZSlug });
export const ZLimit = (max: number) => z.number().int().min(1).max(max).default(Math.min(20, max));
/** Required text of at most `max` characters, with messages naming the field by its label. */
export const text = (max: number, label: string) =>
  zFreeText()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不能超过 ${max} 个字` });
export const ZPhone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, { message: '电话号码格式不对' });

/**
 * Dates a client sends (a visit's time, a livestream's start, a policy's validity) must fall inside this window:
 * PostgreSQL would store year 0001 or 9999, and every list sorted by date would show it first or last for ever.
 * Rules relative to "now" (a visit not in the future) are checked by the server with its own clock.
 */
export const CLIENT_DATE_MIN = '2000-01-01';
export const CLIENT_DATE_MAX = '2100-01-01';
const DATE_WINDOW_MESSAGE = '日期不在合理范围内（应在 2000 年至 2100 年之间），请核对';
const inWindow = (ms: number) =>
  ms >= Date.parse(`${CLIENT_DATE_MIN}T00:00:00Z`) && ms < Date.parse(`${CLIENT_DATE_MAX}T00:00:00Z`);

/** An ISO date-time with offset that exists on the calendar (no 30 February) and lies in the client date window. */
export const ZClientDateTime = z.iso
  .datetime({ offset: true, abort: true })
  .refine((v) => isRealDate(v.slice(0, 10)) && inWindow(Date.parse(v)), { message: DATE_WINDOW_MESSAGE });
/** An ISO calendar date (yyyy-mm-dd) in the client date window. */
export const ZClientDate = z.iso
  .date({ abort: true })
  .refine((v) => isRealDate(v) && inWindow(Date.parse(`${v}T00:00:00Z`)), { message: DATE_WINDOW_MESSAGE });

function isRealDate(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Invisible formatting characters: bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
 * zero-width space/joiners and direction marks (U+200B–U+200F) and the BOM (U+FEFF). They make stored text
 * display differently from what it contains ("Trojan Source"), hide words from search and split a name in two.
 * Policy: names and phone numbers refuse them (a name must be exactly what staff read out); free text —
 * addresses, descriptions, notes, admin copy — has them removed, because pasted text often carries them.
 */
export const INVISIBLE_CHARS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const HAS_INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

export const stripInvisible = (value: string): string => value.replace(INVISIBLE_CHARS, '');
export const hasInvisible = (value: string): boolean => HAS_INVISIBLE.test(value);
export const INVISIBLE_REFUSED = '里面有看不见的特殊字符，请删掉后重新填写';

/** Free text: invisible formatting characters removed, then trimmed. Chain .min()/.max() as usual. */
export const zFreeText = () => z.string().overwrite(stripInvisible).trim();
/** Names (and other values read out or matched exactly): invisible formatting characters refused, then trimmed. */
export const zNameText = (message = INVISIBLE_REFUSED) =>
  z
    .string()
    .refine((v) => !hasInvisible(v), { message, abort: true })
    .trim();

export const ZOk = z.object({ done: z.literal(true) });
export type TOk = z.infer<typeof ZOk>;
