/** Login, logout and the current user: the session side of the API. */
import Taro from '@tarojs/taro';
import type { TSession } from '@shared/schemas/auth';
import { clearApplyStorage } from '../storage/apply';
import { clearSession, getSession, setSession, updateSessionUser } from '../stores/session';
import { ApiError, call } from './api';

/** Normalises an optional invite code: blank means none. */
function inviteOf(inviteCode?: string): string | undefined {
  const trimmed = inviteCode?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * 微信一键登录 (weapp): Taro.login → auth.wechat.
 *
 * @throws ApiError WECHAT_CODE_INVALID when WeChat gives no code; any code auth.wechat answers.
 */
export async function loginWithWechat(inviteCode?: string): Promise<TSession> {
  let code: string | undefined;
  try {
    code = (await Taro.login()).code;
  } catch (cause) {
    throw new ApiError('WECHAT_CODE_INVALID', { cause });
  }
  if (!code) throw new ApiError('WECHAT_CODE_INVALID');
  const session = await call('auth.wechat', { code, inviteCode: inviteOf(inviteCode) });
  setSession(session);
  return session;
}

/** Dev login (H5 in development): logs in as one of the demo accounts. */
export async function loginAsDemoUser(userId: string, inviteCode?: string): Promise<TSession> {
  const session = await call('auth.devLogin', { userId, inviteCode: inviteOf(inviteCode) });
  setSession(session);
  return session;
}

/**
 * Revokes the session on the server when it can, and always forgets it on this device, together with the apply
 * draft and the last receipt (ID number, phone, description: the next person on a shared browser must not see them).
 */
export async function logout(): Promise<void> {
  if (!getSession()) return;
  clearApplyStorage(); // while the stored session still says whose they are
  try {
    await call('auth.logout', {});
  } catch {
    // Offline or already expired: the local session is dropped anyway and expires on the server.
  } finally {
    clearSession();
  }
}

/** Re-reads the user (roles may have changed since login) and keeps the stored copy current. */
export async function refreshMe(): Promise<void> {
  const me = await call('me.get', {});
  updateSessionUser(me);
}
