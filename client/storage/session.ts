/**
 * The persisted session (tokens + user), behind typed getters. Only stores/session.ts writes it,
 * so the UI hears about every change.
 */
import Taro from '@tarojs/taro';
import { ZSession, type TSession } from '@shared/schemas/auth';

const KEY = 'zhulian.session.v1';

/** The stored session, or null when there is none or it no longer matches the schema. */
export function readSession(): TSession | null {
  try {
    const raw: unknown = Taro.getStorageSync(KEY);
    if (!raw) return null;
    const parsed = ZSession.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeSession(session: TSession): void {
  Taro.setStorageSync(KEY, JSON.stringify(session));
}

export function removeSession(): void {
  try {
    Taro.removeStorageSync(KEY);
  } catch {
    // Nothing stored, or storage unavailable: either way there is no session left.
  }
}
