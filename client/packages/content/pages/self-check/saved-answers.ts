/**
 * Self-check answers kept on this device only when the resident asks for it ("记在这台手机上").
 * By default nothing is kept; choosing "不保存" also removes what was kept before. The server never stores them.
 */
import Taro from '@tarojs/taro';
import { ZSelfCheckAnswers, type TSelfCheckAnswers } from '@shared/schemas/content';

const KEY = 'zhulian.selfCheck.answers.v1';

/** The kept answers, or null (nothing kept, or kept data no longer valid). */
export function readSavedAnswers(): TSelfCheckAnswers | null {
  try {
    const raw: unknown = Taro.getStorageSync(KEY);
    if (!raw || typeof raw !== 'string') return null;
    const parsed = ZSelfCheckAnswers.safeParse(JSON.parse(raw));
    return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeSavedAnswers(answers: TSelfCheckAnswers): void {
  Taro.setStorageSync(KEY, JSON.stringify(answers));
}

export function clearSavedAnswers(): void {
  try {
    Taro.removeStorageSync(KEY);
  } catch {
    // nothing kept
  }
}
