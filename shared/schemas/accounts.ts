/** Accounts: the admin's staff list, revoking memberships, disabling users, and a user's own login sessions. */
import { z } from 'zod';
import { STAFF_ROLES } from '../domain/roles';
import { ZIsoDateTime, ZUuid } from './common';

export const ZStaffListRequest = z.strictObject({
  role: z.enum(STAFF_ROLES, { message: '没有这个角色' }).optional(),
  /** A service point or a department. */
  unitId: ZUuid.optional(),
  page: z
    .number({ message: '页码应为数字' })
    .int({ message: '页码应为整数' })
    .min(1, { message: '页码从1开始' })
    .max(10_000, { message: '页码太大' })
    .default(1),
  pageSize: z
    .number({ message: '每页条数应为数字' })
    .int()
    .min(1, { message: '每页至少1条' })
    .max(100, { message: '每页最多100条' })
    .default(20),
});
export type TStaffListRequest = z.input<typeof ZStaffListRequest>;
export type TStaffListQuery = z.output<typeof ZStaffListRequest>;

export const ZStaffMembership = z.object({
  id: ZUuid,
  role: z.enum(STAFF_ROLES),
  unitId: ZUuid.nullable(),
  /** Service point or department name; null for an admin. */
  unitName: z.string().nullable(),
  createdAt: ZIsoDateTime,
  revokedAt: ZIsoDateTime.nullable(),
});
export type TStaffMembership = z.infer<typeof ZStaffMembership>;

export const ZStaffMember = z.object({
  userId: ZUuid,
  displayName: z.string(),
  memberships: z.array(ZStaffMembership),
  lastLoginAt: ZIsoDateTime.nullable(),
  lastSeenAt: ZIsoDateTime.nullable(),
  disabledAt: ZIsoDateTime.nullable(),
});
export type TStaffMember = z.infer<typeof ZStaffMember>;

export const ZStaffList = z.object({
  items: z.array(ZStaffMember),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TStaffList = z.infer<typeof ZStaffList>;

export const ZMembershipRevokeRequest = z.strictObject({ membershipId: ZUuid });
export const ZMembershipRevoked = z.object({ membershipId: ZUuid, revokedAt: ZIsoDateTime });

export const ZUserIdRequest = z.strictObject({ userId: ZUuid });
export const ZUserState = z.object({ userId: ZUuid, disabledAt: ZIsoDateTime.nullable() });
export type TUserState = z.infer<typeof ZUserState>;

export const ZAuthSessionItem = z.object({
  id: ZUuid,
  /** e.g. "微信 · iPhone"; null when the login did not say. */
  deviceLabel: z.string().nullable(),
  createdAt: ZIsoDateTime,
  lastUsedAt: ZIsoDateTime,
  expiresAt: ZIsoDateTime,
  current: z.boolean(),
});
export type TAuthSessionItem = z.infer<typeof ZAuthSessionItem>;
export const ZAuthSessionList = z.object({ items: z.array(ZAuthSessionItem) });
export type TAuthSessionList = z.infer<typeof ZAuthSessionList>;
export const ZSessionEndRequest = z.strictObject({ id: ZUuid });
