/**
 * Care mode (关怀模式): larger text, larger touch targets, stronger contrast, app-wide.
 * The user's choice is persisted; until they choose, a large WeChat/system font setting turns it on.
 */
import Taro from '@tarojs/taro';
import { readCareMode, writeCareMode } from '../storage/prefs';
import { createStore, useStore } from './create-store';

/** WeChat's "standard" font size is 17 (iOS); anything from 20 up is a deliberate large-font choice. */
const LARGE_FONT_SETTING = 20;

function systemPrefersLargeText(): boolean {
  try {
    // getAppBaseInfo replaces the deprecated getSystemInfoSync in newer WeChat base libraries.
    const read = typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo : Taro.getSystemInfoSync;
    const info = read() as { fontSizeSetting?: number };
    return typeof info.fontSizeSetting === 'number' && info.fontSizeSetting >= LARGE_FONT_SETTING;
  } catch {
    return false;
  }
}

const careModeStore = createStore<boolean>(() => readCareMode() ?? systemPrefersLargeText());

export const isCareMode = (): boolean => careModeStore.get();

export function setCareMode(on: boolean): void {
  writeCareMode(on);
  careModeStore.set(on);
  applyToDocument(on);
}

/** H5 only: lets the page background and the tab bar follow the mode too (no document in the mini-program). */
export function applyToDocument(on: boolean): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.documentElement.classList.toggle('zl-care', on);
}

export function useCareMode(): boolean {
  return useStore(careModeStore);
}
