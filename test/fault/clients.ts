/**
 * Phones on a bad day: each client submits applications one after another, each under a fresh
 * Idempotency-Key, and retries the same key and body on a network error, 503 or 409 (an earlier attempt
 * still running) until it gets an answer — what the mini-program's api.ts does. Everything it saw is kept.
 */
import { randomUUID } from 'node:crypto';
import { SENTINEL_ID_NUMBER, SENTINEL_PHONE, SENTINEL_PREFIX } from '../server/support/sentinels';

export type Attempt = { at: number; status: number | 'network'; code?: string; retryAfter?: string | null };
export type Submission = {
  key: string;
  marker: string;
  attempts: Attempt[];
  ack?: { at: number; id: string; refNo: string };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RETRY = new Set([503, 409]);

/** Personal fields carry sentinels: the failed statements of an outage must not put them in the server log. */
export const DESCRIPTION = `数据库出故障时提交的申请 ${SENTINEL_PREFIX}-description`;

function bodyFor(label: string, marker: string) {
  return {
    channel: 'self',
    subjectName: `${SENTINEL_PREFIX}-name`,
    idNumber: SENTINEL_ID_NUMBER,
    phone: SENTINEL_PHONE,
    divisionCode: '330106005055',
    address: `翠苑一区12幢3单元 ${SENTINEL_PREFIX}-address`,
    needTier: 'survival',
    categories: ['basic_living'],
    urgency: 'normal',
    description: `${DESCRIPTION} ${label} ${marker}`,
    consents: { privacyNotice: true, sensitiveData: true },
  };
}

/** Submits one application until acknowledged (or `giveUpAt`), recording every attempt. */
export async function submitUntilAcknowledged(
  base: string,
  token: string,
  label: string,
  giveUpAt: number,
): Promise<Submission> {
  const key = randomUUID();
  const marker = randomUUID();
  const body = JSON.stringify(bodyFor(label, marker));
  const s: Submission = { key, marker, attempts: [] };
  while (!s.ack && Date.now() < giveUpAt) {
    try {
      const res = await fetch(`${base}/api/applications.submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': key },
        body,
        signal: AbortSignal.timeout(15_000),
      });
      const json = (await res.json()) as { ok: boolean; code?: string; data?: { id: string; refNo: string } };
      s.attempts.push({
        at: Date.now(),
        status: res.status,
        code: json.code,
        retryAfter: res.headers.get('retry-after'),
      });
      if (res.status === 200 && json.data) s.ack = { at: Date.now(), id: json.data.id, refNo: json.data.refNo };
      else if (!RETRY.has(res.status)) return s;
    } catch {
      s.attempts.push({ at: Date.now(), status: 'network' });
    }
    if (!s.ack) await sleep(200 + Math.random() * 200);
  }
  return s;
}

/** One client: submits back to back until `stopAt`, then finishes the one in hand. */
export async function client(
  base: string,
  token: string,
  label: string,
  stopAt: () => number,
  giveUpAfterMs: number,
): Promise<Submission[]> {
  const done: Submission[] = [];
  while (Date.now() < stopAt())
    done.push(await submitUntilAcknowledged(base, token, label, Date.now() + giveUpAfterMs));
  return done;
}

export type Probe = { at: number; status: number | 'network' };

/** Polls /readyz every `everyMs` until stopped. */
export function pollReadiness(base: string, everyMs = 100): { stop: () => Promise<Probe[]> } {
  const seen: Probe[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const status = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5000) }).then(
        (r) => r.status,
        () => 'network' as const,
      );
      seen.push({ at: Date.now(), status });
      await sleep(everyMs);
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return seen;
    },
  };
}
