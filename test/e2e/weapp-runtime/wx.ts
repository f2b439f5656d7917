/**
 * The `wx` object the logic layer sees: wx.request goes to the real server over HTTP, wx.login hands out the one
 * code the test's stand-in for WeChat's code2Session accepts, storage is a Map, and navigation is delegated to
 * the runtime's page stack. Everything else comes from scripts/weapp-check.js (harmless async defaults).
 */
type Callbacks = { success?: (res: unknown) => void; fail?: (res: unknown) => void; complete?: (res: unknown) => void };
type RequestOptions = Callbacks & {
  url: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
};
export type Navigation = {
  navigateTo: (url: string) => void;
  redirectTo: (url: string) => void;
  reLaunch: (url: string) => void;
  switchTab: (url: string) => void;
  navigateBack: (delta: number) => void;
};

export const WEAPP_LOGIN_CODE = 'e2e-weapp-code';

/** Calls success/fail then complete on a later task, as WeChat's async APIs do; a throwing action fails. */
function settle(name: string, options: Callbacks, action: () => void): void {
  setTimeout(() => {
    try {
      action();
      options.success?.({ errMsg: `${name}:ok` });
      options.complete?.({ errMsg: `${name}:ok` });
    } catch (error) {
      const errMsg = `${name}:fail ${error instanceof Error ? error.message : String(error)}`;
      options.fail?.({ errMsg });
      options.complete?.({ errMsg });
    }
  });
}

/** wx.request as WeChat sends it: JSON body for POST/PUT, query string for GET, JSON response parsed. */
function request(apiBase: string, options: RequestOptions) {
  const method = (options.method ?? 'GET').toUpperCase();
  const target = new URL(options.url);
  const url = new URL(`${target.pathname}${target.search}`, apiBase);
  const hasBody = method !== 'GET' && method !== 'HEAD';
  if (!hasBody && options.data && typeof options.data === 'object')
    for (const [key, value] of Object.entries(options.data)) url.searchParams.set(key, String(value));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const [key, value] of Object.entries(options.header ?? {})) headers[key.toLowerCase()] = value;
  fetch(url, { method, headers, body: hasBody ? JSON.stringify(options.data ?? {}) : undefined })
    .then(async (res) => {
      const text = await res.text();
      let data: unknown = text;
      try {
        data = JSON.parse(text);
      } catch {
        // not JSON: WeChat hands the text over as is
      }
      return { statusCode: res.status, data, header: Object.fromEntries(res.headers), errMsg: 'request:ok' };
    })
    .then(
      (res) => {
        options.success?.(res);
        options.complete?.(res);
      },
      (error: Error) => {
        options.fail?.({ errMsg: `request:fail ${error.message}` });
        options.complete?.({ errMsg: `request:fail ${error.message}` });
      },
    );
  return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
}

export function createWx(apiBase: string, storage: Map<string, unknown>, nav: Navigation) {
  return {
    request: (options: RequestOptions) => request(apiBase, options),
    login: (options: Callbacks) =>
      setTimeout(() => {
        options.success?.({ code: WEAPP_LOGIN_CODE, errMsg: 'login:ok' });
        options.complete?.({ errMsg: 'login:ok' });
      }),
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    navigateTo: (o: Callbacks & { url: string }) => settle('navigateTo', o, () => nav.navigateTo(o.url)),
    redirectTo: (o: Callbacks & { url: string }) => settle('redirectTo', o, () => nav.redirectTo(o.url)),
    reLaunch: (o: Callbacks & { url: string }) => settle('reLaunch', o, () => nav.reLaunch(o.url)),
    switchTab: (o: Callbacks & { url: string }) => settle('switchTab', o, () => nav.switchTab(o.url)),
    navigateBack: (o: Callbacks & { delta?: number } = {}) =>
      settle('navigateBack', o, () => nav.navigateBack(o.delta ?? 1)),
  };
}
