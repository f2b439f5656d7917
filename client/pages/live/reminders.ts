/**
 * Which streams this user asked to be reminded of, remembered on the device (the list API does not say),
 * per user so another account on the same phone starts clean. The server is the truth: remind is idempotent.
 */
import Taro from '@tarojs/taro';

const KEY = 'zhulian.liveReminders.v1';

type Stored = { userId: string; slugs: string[] };

export function readReminders(userId: string | undefined): Set<string> {
  if (!userId) return new Set();
  try {
    const raw: unknown = Taro.getStorageSync(KEY);
    const stored = (typeof raw === 'string' && raw ? JSON.parse(raw) : null) as Stored | null;
    return stored && stored.userId === userId && Array.isArray(stored.slugs)
      ? new Set(stored.slugs.filter((s) => typeof s === 'string'))
      : new Set();
  } catch {
    return new Set();
  }
}

export function writeReminders(userId: string, slugs: Set<string>): void {
  try {
    Taro.setStorageSync(KEY, JSON.stringify({ userId, slugs: [...slugs] } satisfies Stored));
  } catch {
    // storage full or unavailable: the reminder itself is on the server
  }
}
