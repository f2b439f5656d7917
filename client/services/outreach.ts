/**
 * Outreach codes on the resident's side: the app opened from a printed code (WeChat `scene` `oc=<id>`, or H5 `?oc=<id>`)
 * records an anonymous visit, remembers the code and its community for 30 days (the code only, nothing about the
 * person), and later attributes a self-check or the resident's own application to it. Failures are ignored: the
 * resident is never held up by counting.
 */
import Taro from '@tarojs/taro';
import { codeIdFromLaunch } from '@shared/domain/outreach';
import { call } from './api';

const KEY = 'zl-outreach';
const KEEP_MS = 30 * 24 * 3600_000;

export type OutreachLanding = {
  code: string;
  community: { code: string; name: string };
  street: { code: string; name: string };
  pointId: string | null;
};
type Stored = OutreachLanding & { at: number; selfCheckCounted?: boolean };

function read(): Stored | null {
  try {
    const raw: unknown = Taro.getStorageSync(KEY);
    if (typeof raw !== 'string' || !raw) return null;
    const v = JSON.parse(raw) as Stored;
    return Date.now() - v.at < KEEP_MS ? v : null;
  } catch {
    return null;
  }
}
const write = (v: Stored) => Taro.setStorageSync(KEY, JSON.stringify(v));

/** The code the page was opened with, if any (page params; on weapp also the launch scene). */
export function launchCode(params: Record<string, unknown> | undefined): string | null {
  return codeIdFromLaunch(params as { scene?: unknown; oc?: unknown } | undefined);
}

/** Records the scan and remembers the community; answers what to show, or the remembered landing without a code. */
export async function landFromCode(code: string | null): Promise<OutreachLanding | null> {
  const stored = read();
  if (!code || stored?.code === code) return stored;
  try {
    const landing = await call('outreach.track', { code, kind: 'visit' });
    write({ ...landing, at: Date.now() });
    return landing;
  } catch {
    return stored;
  }
}

/** Counts one self-check for the remembered code (once per scan). */
export function countSelfCheck(): void {
  const stored = read();
  if (!stored || stored.selfCheckCounted) return;
  write({ ...stored, selfCheckCounted: true });
  void call('outreach.track', { code: stored.code, kind: 'self_check' }).catch(() => undefined);
}

/** Attributes the resident's own application to the remembered code (the server keeps the first one). */
export function attributeApplication(applicationId: string): void {
  const stored = read();
  if (!stored) return;
  void call('outreach.attribute', { code: stored.code, applicationId }).catch(() => undefined);
}
