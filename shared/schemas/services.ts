/**
 * Providers (力量清单) and services (服务清单, HSDS-shaped): what admins write, what residents see, and the admin
 * list shapes. Publishing shapes shared with the other lists: content.ts.
 */
import { z } from 'zod';
import {
  CAPACITY_STATUSES,
  DELIVERY_KINDS,
  NEED_TIERS,
  PROVIDER_KINDS,
  SEXES,
  TARGET_GROUPS,
} from '../domain/assistance';
import { CATEGORIES } from '../domain/categories';
import { ZClientDate, ZDivisionCode, ZLimit, ZPhone, ZSlug, text, zFreeText } from './common';
import { ZAdminMeta } from './content';

// ── inputs ───────────────────────────────────────────────────────────────────
export const ZProviderInput = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/),
  kind: z.enum(PROVIDER_KINDS),
  name: text(60, '名称'),
  description: text(1000, '介绍'),
  /** Department code when kind = department. */
  departmentCode: z
    .string()
    .regex(/^[a-z_]+$/)
    .optional(),
  phone: ZPhone.optional(),
  address: zFreeText().max(120).optional(),
  /** Contact data invented for the demo, to be replaced by the district. */
  isSampleContact: z.boolean().default(true),
  /** Places it can still take (service orders count it down); null = no limit; left out = unchanged on update. */
  openPlaces: z
    .number({ error: '名额请填整数' })
    .int({ error: '名额请填整数' })
    .min(0, { error: '名额不能小于 0' })
    .max(100_000, { error: '名额不能超过 100000' })
    .nullable()
    .optional(),
});
export type TProviderInput = z.infer<typeof ZProviderInput>;

export const ZServiceInput = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/),
  providerSlug: z.string(),
  name: text(60, '名称'),
  description: text(1000, '介绍'),
  needTier: z.enum(NEED_TIERS),
  delivery: z.enum(DELIVERY_KINDS),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(8),
  eligibilityDescription: text(500, '服务对象'),
  /** Structured eligibility for matching (shared/domain/matching): what it is about, ages and sex served. */
  categories: z.array(z.enum(CATEGORIES)).max(6).optional(),
  minAge: z
    .number({ error: '年龄请填整数' })
    .int({ error: '年龄请填整数' })
    .min(0, { error: '年龄不能小于 0' })
    .max(130, { error: '年龄不能大于 130' })
    .nullable()
    .optional(),
  maxAge: z
    .number({ error: '年龄请填整数' })
    .int({ error: '年龄请填整数' })
    .min(0, { error: '年龄不能小于 0' })
    .max(130, { error: '年龄不能大于 130' })
    .nullable()
    .optional(),
  sex: z.enum(SEXES).nullable().optional(),
  requiredDocuments: z.array(text(100, '材料')).max(12).default([]),
  /** Division codes served (district, streets/towns or communities/villages). */
  serviceAreas: z.array(ZDivisionCode).min(1).max(250),
  schedule: z.string().max(120).optional(),
  languages: z.array(z.string().max(20)).max(5).default(['普通话']),
  accessibility: z.string().max(200).optional(),
  /** What it costs the resident in plain words: 免费、按规定减免… */
  cost: text(100, '费用').optional(),
  /** How to get it: plain steps in order. */
  howToApply: z.array(text(100, '办理步骤')).max(8).default([]),
  capacity: z.enum(CAPACITY_STATUSES).default('available'),
  lastVerifiedAt: ZClientDate,
  lastVerifiedBy: text(40, '核实人'),
  policySlugs: z.array(z.string()).max(5).default([]),
});
export type TServiceInput = z.infer<typeof ZServiceInput>;

// ── for residents ────────────────────────────────────────────────────────────
export const ZProviderListRequest = z.strictObject({
  kind: z.enum(PROVIDER_KINDS).optional(),
  /** Providers with a published service serving this division (listed for it, its street or the district). */
  divisionCode: ZDivisionCode.optional(),
  q: z.string().trim().max(50, { message: '搜索词不能超过 50 个字' }).optional(),
});
export const ZProviderRef = z.object({ slug: z.string(), name: z.string(), kind: z.enum(PROVIDER_KINDS) });
export const ZProvider = ZProviderRef.extend({
  description: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  isSampleContact: z.boolean(),
  serviceCount: z.number().int(),
});
export type TProvider = z.infer<typeof ZProvider>;
export const ZProviderList = z.object({ items: z.array(ZProvider) });
/** Contact of the provider shown with a service: phone only when one is on file. */
export const ZProviderContact = ZProviderRef.extend({
  phone: z.string().nullable(),
  address: z.string().nullable(),
  isSampleContact: z.boolean(),
});

export const ZServiceListRequest = z.strictObject({
  needTier: z.enum(NEED_TIERS).optional(),
  delivery: z.enum(DELIVERY_KINDS).optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  providerSlug: ZSlug.optional(),
  /** Services serving this division: listed for it, its street/town or the whole district. */
  divisionCode: ZDivisionCode.optional(),
  q: z.string().trim().max(50, { message: '搜索词不能超过 50 个字' }).optional(),
  offset: z.number().int().min(0).max(1000).default(0),
  limit: ZLimit(50),
});
export const ZServiceSummary = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  provider: ZProviderRef,
  needTier: z.enum(NEED_TIERS),
  delivery: z.enum(DELIVERY_KINDS),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  capacity: z.enum(CAPACITY_STATUSES),
});
export type TServiceSummary = z.infer<typeof ZServiceSummary>;
export const ZServiceList = z.object({ items: z.array(ZServiceSummary), hasMore: z.boolean() });
export const ZServiceDetail = ZServiceSummary.extend({
  eligibilityDescription: z.string(),
  requiredDocuments: z.array(z.string()),
  areas: z.array(z.object({ code: z.string(), name: z.string() })),
  schedule: z.string().nullable(),
  languages: z.array(z.string()),
  accessibility: z.string().nullable(),
  lastVerifiedAt: z.string(),
  lastVerifiedBy: z.string(),
  policySlugs: z.array(z.string()),
  /** The linked policies that are published, with their titles (policySlugs keeps every link). */
  policies: z.array(z.object({ slug: z.string(), title: z.string() })),
  cost: z.string().nullable(),
  howToApply: z.array(z.string()),
  provider: ZProviderContact,
});
export type TServiceDetail = z.infer<typeof ZServiceDetail>;
export const ZProviderDetail = ZProvider.extend({ services: z.array(ZServiceSummary) });

// ── admin ────────────────────────────────────────────────────────────────────
/** `id` names the provider where an id is asked for (a provider_staff invite). */
export const ZProviderAdmin = ZProviderInput.extend(ZAdminMeta).extend({ id: z.string() });
export const ZServiceAdmin = ZServiceInput.extend(ZAdminMeta);
export const ZProviderAdminList = z.object({ items: z.array(ZProviderAdmin) });
export const ZServiceAdminList = z.object({ items: z.array(ZServiceAdmin) });
