/**
 * A coarse label for a login's device, shown in 登录设备 so a user can tell their sessions apart:
 * the app (WeChat or a browser) and the platform family, read from the User-Agent at login.
 * Only the label is stored: never the user agent itself or an IP address.
 */
const PLATFORMS: Array<[RegExp, string]> = [
  [/iPad/i, 'iPad'],
  [/iPhone|iPod/i, 'iPhone'],
  [/HarmonyOS|OpenHarmony/i, '鸿蒙'],
  [/Android/i, '安卓手机'],
  [/Windows/i, 'Windows 电脑'],
  [/Macintosh|Mac OS X/i, 'Mac 电脑'],
  [/Linux/i, 'Linux 电脑'],
];

export function deviceLabel(userAgent: string | undefined): string | null {
  if (!userAgent) return null;
  const platform = PLATFORMS.find(([re]) => re.test(userAgent))?.[1] ?? null;
  const app = /miniProgram|miniprogram/.test(userAgent)
    ? '微信小程序'
    : /MicroMessenger/i.test(userAgent)
      ? '微信'
      : platform
        ? '浏览器'
        : null;
  if (!app) return null;
  return platform ? `${app} · ${platform}` : app;
}
