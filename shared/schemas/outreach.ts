/** Outreach codes (宣传码): create, list, poster files, attribution of scans, reach. */
import { z } from 'zod';
import { OUTREACH_CODE_PATTERN, OUTREACH_KINDS } from '../domain/outreach';
import { ZClientDate, ZDivisionCode, ZIsoDateTime, ZUuid, zFreeText } from './common';

export const ZOutreachCodeId = z.string().regex(OUTREACH_CODE_PATTERN, { message: '宣传码格式不对' });

export const ZOutreachCreateRequest = z.strictObject({
  communityCode: ZDivisionCode,
  kind: z.enum(OUTREACH_KINDS, { message: '请选择用途' }).default('poster'),
  /** An event name or a brochure batch (e.g. 2026年12月入户宣传). */
  label: zFreeText().max(40, { message: '名称不能超过 40 个字' }).optional(),
});

export const ZOutreachCode = z.object({
  id: ZOutreachCodeId,
  kind: z.enum(OUTREACH_KINDS),
  label: z.string().nullable(),
  community: z.object({ code: z.string(), name: z.string() }),
  street: z.object({ code: z.string(), name: z.string() }),
  /** Where the printed code leads (H5 address; the weapp code opens the same page with scene `oc=<id>`). */
  url: z.string(),
  scene: z.string(),
  createdAt: ZIsoDateTime,
  counts: z.object({ visits: z.number().int(), selfChecks: z.number().int(), applications: z.number().int() }),
});
export type TOutreachCode = z.infer<typeof ZOutreachCode>;

export const ZOutreachListRequest = z.strictObject({ communityCode: ZDivisionCode.optional() });
export const ZOutreachList = z.object({ items: z.array(ZOutreachCode) });

export const ZOutreachPosterRequest = z.strictObject({
  id: ZOutreachCodeId,
  format: z.enum(['png', 'pdf'], { message: '请选择图片或 PDF' }),
});
export const ZOutreachPoster = z.object({
  fileName: z.string(),
  mime: z.enum(['image/png', 'application/pdf']),
  /** The file, base64. */
  base64: z.string(),
  source: z.enum(['wechat', 'h5']),
});

/** A scan or what followed it; anonymous (no login needed, nothing about the person stored). */
export const ZOutreachTrackRequest = z.strictObject({
  code: ZOutreachCodeId,
  kind: z.enum(['visit', 'self_check'], { message: '没有这个类型' }),
});
/** What the app shows after a scan: the community to preselect. */
export const ZOutreachLanding = z.object({
  code: ZOutreachCodeId,
  community: z.object({ code: z.string(), name: z.string() }),
  street: z.object({ code: z.string(), name: z.string() }),
  pointId: ZUuid.nullable(),
});

/** Links the caller's own application to the code it came from (once per application). */
export const ZOutreachAttributeRequest = z.strictObject({ code: ZOutreachCodeId, applicationId: ZUuid });

export const ZOutreachReachRequest = z.strictObject({ from: ZClientDate, to: ZClientDate });
const ZCounts = { visits: z.number().int(), selfChecks: z.number().int(), applications: z.number().int() };
export const ZOutreachReach = z.object({
  communities: z.array(z.object({ code: z.string(), name: z.string(), codes: z.number().int(), ...ZCounts })),
});
