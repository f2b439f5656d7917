/**
 * Phone numbers of service points, checked and written one way: mobiles "13800000000", landlines with area code
 * "0571-88888888" (an extension after a dash), Hangzhou numbers without area code get 0571, and short public
 * hotlines (12345, 96xxx, 400…). Pure.
 */

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^(0\d{2,3})-?(\d{7,8})(?:[-转](\d{1,6}))?$/;
const LOCAL = /^[2-9]\d{7}$/;
const HOTLINE = /^(?:1\d{4}|9\d{4,5})$/;
const FOUR_HUNDRED = /^(400|800)-?(\d{3})-?(\d{4})$/;

/** The number written one way, or null when it is not a phone number a resident could dial. */
export function normalizePhone(input: string): string | null {
  const s = input
    .trim()
    .replace(/[\s（）()]/g, '')
    .replace(/[－—–]/g, '-');
  if (MOBILE.test(s)) return s;
  if (s.startsWith('+86') && MOBILE.test(s.slice(3))) return s.slice(3);
  const land = LANDLINE.exec(s);
  if (land) return `${land[1]}-${land[2]}${land[3] ? `-${land[3]}` : ''}`;
  if (LOCAL.test(s)) return `0571-${s}`;
  if (HOTLINE.test(s)) return s;
  const fh = FOUR_HUNDRED.exec(s);
  if (fh) return `${fh[1]}-${fh[2]}-${fh[3]}`;
  return null;
}

export const PHONE_FORMAT_MESSAGE = '电话号码格式不对，应像 0571-88888888 或 13800000000';
