/**
 * Resident-facing shapes of the media area: livestreams and replays, stories (典型案例), providers
 * (力量清单), services (服务清单, HSDS-shaped) and service points with "open now" and "near me".
 * Admin inputs reuse shared/schemas/content.ts.
 */
import { z } from 'zod';
import { CAPACITY_STATUSES, CONTENT_STATUSES, DELIVERY_KINDS, NEED_TIERS, PROVIDER_KINDS, TARGET_GROUPS } from '../domain/assistance';
import { ZOpeningSchedule } from '../domain/opening-hours';
import { ZDivisionCode, ZUuid } from './common';
import { ZChapter, ZLivestreamInput, ZProviderInput, ZServiceInput, ZStoryInput } from './content';
import { ZServicePoint } from './org';

const ZSlug = z.string().regex(/^[a-z0-9-]{3,60}$/, { message: '标识格式不对' });
export const ZSlugRequest = z.strictObject({ slug: ZSlug });
const ZLimit = (max: number) => z.number().int().min(1).max(max).default(Math.min(20, max));

// ── livestreams ──────────────────────────────────────────────────────────────
export const LIVESTREAM_STATES = ['upcoming', 'live', 'ended', 'replay', 'replay_expired'] as const;
export type LivestreamState = (typeof LIVESTREAM_STATES)[number];

export const ZLivestreamListRequest = z.strictObject({ state: z.enum(LIVESTREAM_STATES).optional(), limit: ZLimit(50) });
export const ZLivestreamSummary = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  speaker: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  state: z.enum(LIVESTREAM_STATES),
  viewCount: z.number().int(),
  chapterCount: z.number().int(),
});
export type TLivestreamSummary = z.infer<typeof ZLivestreamSummary>;
export const ZLivestreamList = z.object({ items: z.array(ZLivestreamSummary) });

export const ZLivestreamDetail = ZLivestreamSummary.extend({
  chapters: z.array(ZChapter),
  policySlugs: z.array(z.string()),
  /** WeChat Channels (视频号) identifiers for the weapp; null when not on Channels. */
  channels: z.object({ finderUserName: z.string(), feedId: z.string().nullable() }).nullable(),
  /** Only while the replay is valid. */
  replayUrl: z.string().nullable(),
  replayExpiresAt: z.string().nullable(),
});
export type TLivestreamDetail = z.infer<typeof ZLivestreamDetail>;
export const ZViewCount = z.object({ viewCount: z.number().int() });
export const ZReminder = z.object({ reminded: z.boolean(), remindAt: z.string().nullable() });

// ── stories ──────────────────────────────────────────────────────────────────
export const ZStoryListRequest = z.strictObject({
  needTier: z.enum(NEED_TIERS).optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  cursor: z.string().max(200).optional(),
  limit: ZLimit(50),
});
export const ZStorySummary = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  cover: z.string().nullable(),
  needTiers: z.array(z.enum(NEED_TIERS)),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  publishedAt: z.string(),
});
export const ZStoryList = z.object({ items: z.array(ZStorySummary), nextCursor: z.string().nullable() });
export const ZStoryDetail = ZStorySummary.extend({ body: z.string(), images: z.array(z.string()), policySlugs: z.array(z.string()) });

// ── providers and services ───────────────────────────────────────────────────
export const ZProviderListRequest = z.strictObject({ kind: z.enum(PROVIDER_KINDS).optional() });
export const ZProviderRef = z.object({ slug: z.string(), name: z.string(), kind: z.enum(PROVIDER_KINDS) });
export const ZProvider = ZProviderRef.extend({
  description: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  isSampleContact: z.boolean(),
  serviceCount: z.number().int(),
});
export const ZProviderList = z.object({ items: z.array(ZProvider) });

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
});

// ── service points ───────────────────────────────────────────────────────────
export const ZServicePointGetRequest = z.strictObject({ id: ZUuid });
export const ZServicePointDetail = ZServicePoint.extend({
  openingSchedule: ZOpeningSchedule.nullable(),
  /** null when the opening hours are unknown. */
  openNow: z.boolean().nullable(),
  services: z.array(ZServiceSummary),
});
export const ZNearRequest = z.strictObject({
  lat: z.number().min(-90, { message: '纬度应在 -90 到 90 之间' }).max(90, { message: '纬度应在 -90 到 90 之间' }),
  lng: z.number().min(-180, { message: '经度应在 -180 到 180 之间' }).max(180, { message: '经度应在 -180 到 180 之间' }),
  limit: ZLimit(50),
  /** Also list the points whose location is not known yet, grouped by street/town. */
  includeUnlocated: z.boolean().default(false),
});
export const ZNearPoint = z.object({
  point: ZServicePoint,
  distanceMetres: z.number().int(),
  withinTenMinutes: z.boolean(),
  /** From the point's structured opening schedule at the server's time; null when the hours are not known. */
  openNow: z.boolean().nullable(),
});
export const ZNearResult = z.object({
  /** False when the given location is outside Xihu District (the list is still sorted by distance). */
  insideDistrict: z.boolean(),
  items: z.array(ZNearPoint),
  unlocated: z.array(z.object({ streetCode: z.string(), streetName: z.string(), points: z.array(ZServicePoint) })).nullable(),
});

// ── admin ────────────────────────────────────────────────────────────────────
const adminMeta = { status: z.enum(CONTENT_STATUSES), updatedAt: z.string() };
export const ZAdminListRequest = z.strictObject({ status: z.enum(CONTENT_STATUSES).optional() });
export const ZSetStatusRequest = z.strictObject({ slug: ZSlug, status: z.enum(CONTENT_STATUSES) });
export const ZStatusResult = z.object({ slug: z.string(), status: z.enum(CONTENT_STATUSES) });
export const ZLivestreamAdmin = ZLivestreamInput.extend(adminMeta);
export const ZStoryAdmin = ZStoryInput.extend(adminMeta);
export const ZProviderAdmin = ZProviderInput.extend(adminMeta);
export const ZServiceAdmin = ZServiceInput.extend(adminMeta);
export const ZLivestreamAdminList = z.object({ items: z.array(ZLivestreamAdmin) });
export const ZStoryAdminList = z.object({ items: z.array(ZStoryAdmin) });
export const ZProviderAdminList = z.object({ items: z.array(ZProviderAdmin) });
export const ZServiceAdminList = z.object({ items: z.array(ZServiceAdmin) });

export const ZServicePointUpdate = z.strictObject({
  id: ZUuid,
  address: z.string().trim().max(120).nullable().optional(),
  phone: z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, { message: '电话号码格式不对' }).nullable().optional(),
  openingHours: z.string().trim().max(120).nullable().optional(),
  openingSchedule: ZOpeningSchedule.nullable().optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lng: z.number().min(-180).max(180).nullable().optional(),
  isSampleContact: z.boolean().optional(),
});
export type TServicePointUpdate = z.infer<typeof ZServicePointUpdate>;
