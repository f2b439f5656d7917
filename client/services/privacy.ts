/**
 * WeChat's privacy-agreement gate (required since base library 2.32.3 for location, photos and phone):
 * before the wizard asks for photos or location, the user must have agreed to the mini-program's privacy
 * guidelines. In H5 there is no such gate: the page shows our own notice and the answer is always granted.
 */
import Taro from '@tarojs/taro';
import { isWeapp } from '../env';

/** wx.getPrivacySetting's answer (Taro types only its callback form). */
function privacySetting(): Promise<Taro.getPrivacySetting.SuccessCallbackResult> {
  return new Promise((resolve, reject) => Taro.getPrivacySetting({ success: resolve, fail: reject }));
}

/** Resolves true when privacy-protected APIs may be used now (asking WeChat's official popup if needed). */
export async function ensurePrivacyAuthorized(): Promise<boolean> {
  if (!isWeapp || typeof Taro.getPrivacySetting !== 'function') return true;
  try {
    const setting = await privacySetting();
    if (!setting.needAuthorization) return true;
    await Taro.requirePrivacyAuthorize({});
    return true;
  } catch {
    // The user declined, or the base library is too old to know the API (then nothing is gated).
    return typeof Taro.requirePrivacyAuthorize !== 'function';
  }
}

/** Opens WeChat's page with the mini-program's full privacy guidelines; false where there is none (H5). */
export async function openPrivacyContract(): Promise<boolean> {
  if (!isWeapp || typeof Taro.openPrivacyContract !== 'function') return false;
  try {
    await Taro.openPrivacyContract({});
    return true;
  } catch {
    return false;
  }
}
