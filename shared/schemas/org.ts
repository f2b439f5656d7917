import { z } from 'zod';
import { DIVISION_LEVELS } from '../domain/divisions';
import { POINT_LEVELS, ROLES } from '../domain/roles';
import { ZDivisionCode, ZUuid } from './common';

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

export const ZInviteCreateRequest = z
  .strictObject({
    role: z.enum(ROLES).refine((r) => r !== 'resident', { message: '居民无需邀请码' }),
    servicePointId: ZUuid.optional(),
    departmentId: ZUuid.optional(),
    /** Days the code stays valid (default 7). */
    validDays: z.number().int().min(1).max(30).optional(),
  });
export type TInviteCreateRequest = z.infer<typeof ZInviteCreateRequest>;

export const ZInvite = z.object({ code: z.string(), role: z.enum(ROLES), expiresAt: z.string() });
