import { z } from 'zod';
import { ZOpeningSchedule } from '../domain/opening-hours';
import { DIVISION_LEVELS } from '../domain/divisions';
import { POINT_LEVELS, ROLES } from '../domain/roles';
import { ZDivisionCode, ZLimit, ZUuid } from './common';
import { ZPointPhone, ZContactPlan } from './points';
import { ZServiceSummary } from './services';

export const ZDivision = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(DIVISION_LEVELS),
  parentCode: z.string().nullable(),
});
export type TDivision = z.infer<typeof ZDivision>;

export const ZDivisionListRequest = z.strictObject({
  /** Children of this division; the district's streets and towns when omitted. */
  parentCode: ZDivisionCode.optional(),
});
export const ZDivisionList = z.object({ items: z.array(ZDivision) });

export const ZServicePoint = z.object({
  id: ZUuid,
  level: z.enum(POINT_LEVELS),
  name: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  openingHours: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  /** Phone and opening hours are sample values until the district confirms them. */
  isSampleContact: z.boolean(),
});
export type TServicePoint = z.infer<typeof ZServicePoint>;

export const ZServicePointListRequest = z.strictObject({
  /** Points inside this street/town (its station and every community/village point). */
  streetCode: ZDivisionCode.optional(),
  level: z.enum(POINT_LEVELS).optional(),
});
export const ZServicePointList = z.object({ items: z.array(ZServicePoint) });

/** The district at a glance for the home page: streets/towns with their station and point count. */
export const ZStreetSummary = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(DIVISION_LEVELS),
  communityCount: z.number().int(),
  station: ZServicePoint.nullable(),
});
export const ZDistrictOverview = z.object({
  district: ZDivision,
  hub: ZServicePoint.nullable(),
  streets: z.array(ZStreetSummary),
});
export type TDistrictOverview = z.infer<typeof ZDistrictOverview>;

export const ZDepartment = z.object({ id: ZUuid, code: z.string(), name: z.string(), isLead: z.boolean() });
export const ZDepartmentList = z.object({ items: z.array(ZDepartment) });

export const ZInviteCreateRequest = z.strictObject({
  role: z.enum(ROLES).refine((r) => r !== 'resident', { message: '居民无需邀请码' }),
  servicePointId: ZUuid.optional(),
  departmentId: ZUuid.optional(),
  /** provider_staff: the provider (力量清单) they work for. */
  providerId: ZUuid.optional(),
  /** Days the code stays valid (default 7). */
  validDays: z.number().int().min(1).max(30).optional(),
});
export type TInviteCreateRequest = z.infer<typeof ZInviteCreateRequest>;

export const ZInvite = z.object({ code: z.string(), role: z.enum(ROLES), expiresAt: z.string() });

// ── service points ───────────────────────────────────────────────────────────
export const ZServicePointGetRequest = z.strictObject({ id: ZUuid });
export const ZServicePointDetail = ZServicePoint.extend({
  openingSchedule: ZOpeningSchedule.nullable(),
  /** null when the opening hours are unknown. */
  openNow: z.boolean().nullable(),
  services: z.array(ZServiceSummary),
  /** One number to call and one place to go, even while the point's own contact data is missing. */
  contact: ZContactPlan,
});
export type TServicePointDetail = z.infer<typeof ZServicePointDetail>;
export const ZNearRequest = z.strictObject({
  lat: z.number().min(-90, { message: '纬度应在 -90 到 90 之间' }).max(90, { message: '纬度应在 -90 到 90 之间' }),
  lng: z
    .number()
    .min(-180, { message: '经度应在 -180 到 180 之间' })
    .max(180, { message: '经度应在 -180 到 180 之间' }),
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
  unlocated: z
    .array(z.object({ streetCode: z.string(), streetName: z.string(), points: z.array(ZServicePoint) }))
    .nullable(),
});

export const ZServicePointUpdate = z.strictObject({
  id: ZUuid,
  address: z.string().trim().max(120).nullable().optional(),
  phone: ZPointPhone.nullable().optional(),
  openingHours: z.string().trim().max(120).nullable().optional(),
  openingSchedule: ZOpeningSchedule.nullable().optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lng: z.number().min(-180).max(180).nullable().optional(),
  isSampleContact: z.boolean().optional(),
});
export type TServicePointUpdate = z.infer<typeof ZServicePointUpdate>;
