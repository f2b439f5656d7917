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

/**
 * Proactive discovery (主动发现): the areas of a household visit form (as in Zhejiang's 定期探访 forms), each with a
 * risk level. A risk above 无 stays open until staff clear it (风险清零).
 */
export const VISIT_AREAS = ['economic', 'health', 'education', 'housing', 'employment', 'help'] as const;
export type VisitArea = (typeof VISIT_AREAS)[number];
export const VISIT_AREA_LABELS: Record<VisitArea, string> = {
  economic: '经济状况',
  health: '健康状况',
  education: '教育',
  housing: '住房',
  employment: '就业',
  help: '需要的帮助',
};
export const RISK_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { none: '无', low: '低', medium: '中', high: '高' };

/** How the person agreed to be contacted again (for 政策找人). */
export const CONTACT_CONSENT_METHODS = ['oral', 'written', 'phone'] as const;
export type ContactConsentMethod = (typeof CONTACT_CONSENT_METHODS)[number];
export const CONTACT_CONSENT_LABELS: Record<ContactConsentMethod, string> = {
  oral: '口头同意',
  written: '书面签字',
  phone: '电话同意',
};

/** Open risks come back to the visiting staff member this many days apart, and first this long after the visit. */
export const RISK_REMINDER_DAYS = 7;
