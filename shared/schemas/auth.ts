import { z } from 'zod';
import { ROLES, POINT_LEVELS } from '../domain/roles';
import { ZUuid } from './common';

/** The temporary code from wx.login / a getPhoneNumber button: opaque, short, printable. */
const ZWechatCode = z
  .string({ message: '缺少微信登录凭证' })
  .min(1, { message: '缺少微信登录凭证' })
  .max(128, { message: '微信登录凭证格式不对' })
  .regex(/^[\x21-\x7e]+$/, { message: '微信登录凭证格式不对' });

/** One-time staff invite code, e.g. "K7QM-3XPA-92HD" (case-insensitive; dashes optional). */
export const ZInviteCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/, { message: '邀请码应为12位字母或数字' });

export const ZWechatLoginRequest = z.strictObject({ code: ZWechatCode, inviteCode: ZInviteCode.optional() });
export type TWechatLoginRequest = z.infer<typeof ZWechatLoginRequest>;

export const ZDevLoginRequest = z.strictObject({ userId: ZUuid, inviteCode: ZInviteCode.optional() });
export type TDevLoginRequest = z.infer<typeof ZDevLoginRequest>;

export const ZRefreshRequest = z.strictObject({
  refreshToken: z.string().min(20, { message: '登录凭证格式不对' }).max(200, { message: '登录凭证格式不对' }),
});
export type TRefreshRequest = z.infer<typeof ZRefreshRequest>;

export const ZPhoneRequest = z.strictObject({ code: ZWechatCode });

export const ZMembership = z.object({
  role: z.enum(ROLES),
  servicePoint: z
    .object({ id: ZUuid, name: z.string(), level: z.enum(POINT_LEVELS), divisionCode: z.string() })
    .nullable(),
  department: z.object({ id: ZUuid, code: z.string(), name: z.string() }).nullable(),
  /** provider_staff: the provider (力量清单) whose service orders they receive. */
  provider: z.object({ id: ZUuid, name: z.string() }).nullable().optional(),
});
export type TMembership = z.infer<typeof ZMembership>;

export const ZMe = z.object({
  id: ZUuid,
  displayName: z.string(),
  phoneMasked: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  memberships: z.array(ZMembership),
});
export type TMe = z.infer<typeof ZMe>;

export const ZSession = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: z.string(),
  refreshToken: z.string(),
  refreshTokenExpiresAt: z.string(),
  user: ZMe,
});
export type TSession = z.infer<typeof ZSession>;

export const ZDevUser = z.object({
  id: ZUuid,
  displayName: z.string(),
  description: z.string(),
  roles: z.array(z.enum(ROLES)),
});
export const ZDevUsers = z.object({ enabled: z.boolean(), users: z.array(ZDevUser) });
export type TDevUsers = z.infer<typeof ZDevUsers>;

export const ZPhoneResult = z.object({ phoneMasked: z.string() });

export const ZLogoutRequest = z.strictObject({});
