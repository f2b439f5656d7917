/** Persisted display preferences (not tied to the session: they survive logout). */
import Taro from '@tarojs/taro';

const CARE_MODE_KEY = 'zhulian.careMode.v1';

/** true / false when the user chose, null when they never did. */
export function readCareMode(): boolean | null {
  try {
    const raw: unknown = Taro.getStorageSync(CARE_MODE_KEY);
    if (raw === 'on') return true;
    if (raw === 'off') return false;
    return null;
  } catch {
    return null;
  }
}

export function writeCareMode(on: boolean): void {
  Taro.setStorageSync(CARE_MODE_KEY, on ? 'on' : 'off');
}
