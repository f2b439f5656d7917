/** Service points kept by their own staff: self-service edits, the district import and the completeness view. */
import { z } from 'zod';
import { isNearXihu } from '../domain/geo';
import { ZOpeningSchedule } from '../domain/opening-hours';
import { PHONE_FORMAT_MESSAGE, normalizePhone } from '../domain/phone';
import { POINT_LEVELS } from '../domain/roles';
import { ZDivisionCode, ZUuid, zFreeText } from './common';

/** A dialable phone written one way (shared/domain/phone.ts); "0571 8888 8888" → "0571-88888888". */
export const ZPointPhone = z.string({ message: PHONE_FORMAT_MESSAGE }).transform((v, ctx) => {
  const phone = normalizePhone(v);
  if (!phone) ctx.addIssue({ code: 'custom', message: PHONE_FORMAT_MESSAGE });
  return phone ?? v;
});

/** A point's own edit (org.points.update): every field optional; null clears it. */
export const ZPointSelfUpdate = z
  .strictObject({
    id: ZUuid,
    address: zFreeText()
      .min(4, { message: '地址太短了，请写到门牌号' })
      .max(120, { message: '地址不能超过 120 个字' })
      .nullable()
      .optional(),
    phone: ZPointPhone.nullable().optional(),
    /** A free note beside the structured hours (e.g. "午休时间可敲门"). */
    openingHours: zFreeText().max(120, { message: '开放时间说明不能超过 120 个字' }).nullable().optional(),
    openingSchedule: ZOpeningSchedule.nullable().optional(),
    lat: z.number({ message: '纬度应是数字' }).min(-90).max(90).nullable().optional(),
    lng: z.number({ message: '经度应是数字' }).min(-180).max(180).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.lng === undefined) || (v.lat === null) !== (v.lng === null)) {
      ctx.addIssue({ code: 'custom', path: [v.lat == null ? 'lat' : 'lng'], message: '经纬度要一起填写' });
    } else if (v.lat != null && v.lng != null && !isNearXihu({ lat: v.lat, lng: v.lng })) {
      ctx.addIssue({ code: 'custom', path: ['lat'], message: '这个位置不在西湖区附近，请重新选择' });
    }
  });
export type TPointSelfUpdate = z.infer<typeof ZPointSelfUpdate>;
export type TPointSelfUpdateInput = z.input<typeof ZPointSelfUpdate>;

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export const ZPointImportRequest = z.strictObject({
  format: z.enum(IMPORT_FORMATS, { message: '请选择 CSV 或 Excel 文件' }),
  /** CSV text, or the XLSX file as base64. */
  content: z
    .string({ message: '请上传或粘贴表格' })
    .min(1, { message: '请上传或粘贴表格' })
    .max(2_000_000, { message: '表格太大了，请分几次导入' }),
  /** true: only list what would change; nothing is written. */
  dryRun: z.boolean({ message: '请说明是试导入还是正式导入' }),
});
export type TPointImportRequest = z.infer<typeof ZPointImportRequest>;

export const IMPORT_FIELDS = ['address', 'phone', 'lat', 'lng', 'openingSchedule', 'openingHours'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const ZPointImportResult = z.object({
  dryRun: z.boolean(),
  applied: z.boolean(),
  /** Data rows read (the header row not counted). */
  rows: z.number().int(),
  changes: z.array(
    z.object({
      row: z.number().int(),
      pointId: ZUuid,
      pointName: z.string(),
      fields: z.array(z.object({ field: z.enum(IMPORT_FIELDS), label: z.string(), from: z.string(), to: z.string() })),
    }),
  ),
  /** Rows that already match: nothing to change. */
  unchanged: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export type TPointImportResult = z.infer<typeof ZPointImportResult>;

export const MISSING_KINDS = ['phone', 'address', 'location', 'hours'] as const;
export type MissingKind = (typeof MISSING_KINDS)[number];
export const MISSING_LABELS: Record<MissingKind, string> = {
  phone: '电话',
  address: '地址',
  location: '位置',
  hours: '开放时间',
};

export const ZCompletenessRequest = z.strictObject({ streetCode: ZDivisionCode.optional() });
export const ZCompleteness = z.object({
  totals: z.object({
    points: z.number().int(),
    complete: z.number().int(),
    missing: z.record(z.enum(MISSING_KINDS), z.number().int()),
  }),
  streets: z.array(
    z.object({
      streetCode: z.string(),
      streetName: z.string(),
      points: z.number().int(),
      complete: z.number().int(),
      missing: z.record(z.enum(MISSING_KINDS), z.number().int()),
      incomplete: z.array(
        z.object({ id: ZUuid, name: z.string(), level: z.enum(POINT_LEVELS), missing: z.array(z.enum(MISSING_KINDS)) }),
      ),
    }),
  ),
});
export type TCompleteness = z.infer<typeof ZCompleteness>;

export const ZContactPlan = z.object({
  call: z.object({
    number: z.string(),
    source: z.enum(['point', 'station', 'hub', 'hotline']),
    ownerName: z.string(),
    whose: z.string(),
    why: z.string().nullable(),
  }),
  visit: z.object({
    source: z.enum(['point', 'station', 'hub']),
    name: z.string(),
    address: z.string().nullable(),
    note: z.string().nullable(),
  }),
});
export const ZPointContactRequest = z.strictObject({
  /** The point serving the application; omitted when the hub serves it. */
  id: ZUuid.optional(),
});
