/** Proactive discovery (主动发现): household visit form, open risks (待清零风险), visit counts. */
import { z } from 'zod';
import { CATEGORIES } from '../domain/categories';
import { CONTACT_CONSENT_METHODS, RISK_LEVELS, VISIT_AREAS } from '../domain/outreach';
import { ZClientDate, ZDivisionCode, ZIsoDateTime, ZUuid, zFreeText } from './common';
import { ZSelfCheckAnswers } from './content';

const ZLevel = z.enum(RISK_LEVELS, { message: '请选择风险等级' });
const ZNote = zFreeText().max(300, { message: '情况说明不能超过 300 个字' }).optional();
const ZRisk = z.strictObject({ level: ZLevel, note: ZNote });

export const ZVisitCreateRequest = z.strictObject({
  communityCode: ZDivisionCode,
  household: z.strictObject({
    name: zFreeText().min(1, { message: '请填写户主姓名' }).max(30, { message: '姓名不能超过 30 个字' }),
    address: zFreeText().min(2, { message: '请填写住址' }).max(100, { message: '住址不能超过 100 个字' }),
  }),
  visitedOn: ZClientDate,
  risks: z.strictObject(
    Object.fromEntries(VISIT_AREAS.map((a) => [a, ZRisk])) as Record<(typeof VISIT_AREAS)[number], typeof ZRisk>,
  ),
  followUp: z
    .strictObject({
      note: zFreeText().max(300, { message: '后续安排不能超过 300 个字' }).optional(),
      on: ZClientDate.optional(),
    })
    .optional(),
  /** How the person agreed to be contacted again (政策找人); absent: not agreed. */
  contactConsent: z.enum(CONTACT_CONSENT_METHODS, { message: '请选择同意的方式' }).optional(),
  /** The household's facts in the self-check's terms (income, household size, age…); kept only with consent. */
  facts: ZSelfCheckAnswers.optional(),
});
export type TVisitCreateRequest = z.infer<typeof ZVisitCreateRequest>;

export const ZVisit = z.object({
  id: ZUuid,
  communityCode: z.string(),
  visitedOn: z.string(),
  openRisks: z.number().int(),
  /** This household's visits in the same month (it counts once). */
  visitsThisMonth: z.number().int(),
});

export const ZOpenRisk = z.object({
  id: ZUuid,
  visitId: ZUuid,
  area: z.enum(VISIT_AREAS),
  level: ZLevel,
  note: z.string().nullable(),
  household: z.object({ name: z.string(), address: z.string() }),
  community: z.object({ code: z.string(), name: z.string() }),
  visitedOn: z.string(),
  followUpOn: z.string().nullable(),
  /** The follow-up day (or a week after the visit) has passed. */
  due: z.boolean(),
});
export const ZOpenRiskList = z.object({ items: z.array(ZOpenRisk) });

export const ZRiskClearRequest = z.strictObject({
  id: ZUuid,
  note: zFreeText().min(2, { message: '请写明怎么解决的' }).max(300, { message: '说明不能超过 300 个字' }),
});
export const ZRiskCleared = z.object({ id: ZUuid, clearedAt: ZIsoDateTime });

export const ZVisitCountRequest = z.strictObject({
  month: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, { message: '月份格式应为 2026-12' }),
});
export const ZVisitCount = z.object({ households: z.number().int(), visits: z.number().int() });

export const ZPolicyFind = z.object({
  id: ZUuid,
  policy: z.object({ slug: z.string(), title: z.string() }),
  reason: z.string(),
  household: z.object({ name: z.string(), address: z.string() }),
  community: z.object({ code: z.string(), name: z.string() }),
  consentMethod: z.enum(CONTACT_CONSENT_METHODS),
  createdAt: ZIsoDateTime,
});
export const ZPolicyFindList = z.object({ items: z.array(ZPolicyFind) });
export const ZPolicyFindRef = z.strictObject({ id: ZUuid });

export const ZHandoverCreateRequest = z.strictObject({
  visitId: ZUuid,
  /** How the person agreed that staff start the application for them. */
  consentMethod: z.enum(CONTACT_CONSENT_METHODS, { message: '请选择本人同意的方式' }),
  categories: z
    .array(z.enum(CATEGORIES, { message: '没有这种困难类别' }))
    .min(1, { message: '请至少选一项困难' })
    .max(CATEGORIES.length),
  description: zFreeText().max(500, { message: '情况说明不能超过 500 个字' }).optional(),
});
export const ZHandover = z.object({
  /** The one-time link the person opens on their own phone (also as the QR code below). */
  url: z.string(),
  qrPngBase64: z.string(),
  expiresAt: ZIsoDateTime,
});
export const ZHandoverClaimRequest = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, { message: '链接不完整，请重新扫码' }),
});
/** What the apply wizard is prefilled with; the person checks it, agrees and submits it themselves. */
export const ZHandoverDraft = z.object({
  subjectName: z.string(),
  address: z.string(),
  communityCode: z.string(),
  communityName: z.string(),
  streetCode: z.string(),
  streetName: z.string(),
  categories: z.array(z.enum(CATEGORIES)),
  description: z.string(),
});
export type THandoverDraft = z.infer<typeof ZHandoverDraft>;
