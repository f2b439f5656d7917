/**
 * Outreach codes (宣传码): a poster or brochure insert per community, optionally per event or brochure batch. The
 * code's short id is WeChat's `scene` (`oc=<id>`, ≤ 32 characters of WeChat's allowed set) and the H5 query `?oc=<id>`.
 * Attribution rows carry only the code, the kind and the time — never who scanned.
 */

/** 8 characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 10^14 ids. */
export const OUTREACH_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz';
export const OUTREACH_CODE_LENGTH = 8;
export const OUTREACH_CODE_PATTERN = /^[2-9A-HJ-NP-Za-km-np-z]{8}$/;

/** The query key in the H5 address and the WeChat scene. */
export const OUTREACH_QUERY_KEY = 'oc';

/** The page a code opens (a tab page: always published, so WeChat accepts it for getwxacodeunlimit). */
export const OUTREACH_PAGE = 'pages/index/index';

export const OUTREACH_KINDS = ['poster', 'brochure', 'event'] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];
export const OUTREACH_KIND_LABELS: Record<OutreachKind, string> = {
  poster: '张贴海报',
  brochure: '入户宣传册',
  event: '宣传活动',
};

/** What a code's scan led to. */
export const OUTREACH_EVENT_KINDS = ['visit', 'self_check', 'application'] as const;
export type OutreachEventKind = (typeof OUTREACH_EVENT_KINDS)[number];

/** The WeChat scene for a code id (`oc=Ab3dEf9h`, 11 characters). */
export const sceneOf = (codeId: string) => `${OUTREACH_QUERY_KEY}=${codeId}`;

/** The H5 address a printed code opens (hash router). */
export function h5UrlOf(baseUrl: string, codeId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/#/${OUTREACH_PAGE}?${OUTREACH_QUERY_KEY}=${codeId}`;
}

/**
 * The code id from what the app was opened with: a WeChat `scene` (URL-encoded `oc=…`), or an `oc` query value.
 * Returns null for anything that is not a well-formed code id.
 */
export function codeIdFromLaunch(query: { scene?: unknown; oc?: unknown } | null | undefined): string | null {
  if (!query) return null;
  if (typeof query.oc === 'string' && OUTREACH_CODE_PATTERN.test(query.oc)) return query.oc;
  if (typeof query.scene !== 'string') return null;
  let scene = query.scene;
  try {
    scene = decodeURIComponent(scene);
  } catch {
    return null;
  }
  const m = /^oc=([^&]+)$/.exec(scene);
  return m && OUTREACH_CODE_PATTERN.test(m[1]!) ? m[1]! : null;
}
