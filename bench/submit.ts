/**
 * The `submit` scenario: `applications.submit` as residents send it — a self application with a valid body,
 * a fresh Idempotency-Key on every request, rotating over the `residents` fixture's accounts (BENCH_RESIDENTS, 256 by
 * default: real intake is one submit per resident now and then, so no account's rate-limit rows are hot), at a random
 * community/village of the district. Urgency 85% normal / 12% urgent / 3% emergency (an emergency also
 * queues alerts for the station's workers, as in production).
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Api, Json } from './lib/api';
import { BENCH_RESIDENT_DESCRIPTION } from './fixtures/residents';
import { devSessions } from './lib/sessions';
import type { Prepared, RunInfo } from './lib/prepared';

const residents = devSessions((users) => users.filter((u) => u.description === BENCH_RESIDENT_DESCRIPTION));
const communityCodes = new Map<string, string[]>();

/** Every community/village code of the district (the streets' and towns' children), read once per server. */
async function communities(api: Api): Promise<string[]> {
  const known = communityCodes.get(api.baseUrl);
  if (known) return known;
  const codes: string[] = [];
  for (const street of (await api.call('divisions.list', {})).items) {
    for (const c of (await api.call('divisions.list', { parentCode: street.code })).items) codes.push(c.code);
  }
  if (codes.length === 0) throw new Error('no communities seeded');
  communityCodes.set(api.baseUrl, codes);
  return codes;
}

const URGENCY = (): string => {
  const r = randomInt(100);
  return r < 85 ? 'normal' : r < 97 ? 'urgent' : 'emergency';
};

export function submitBody(codes: string[]): Json {
  return {
    channel: 'self',
    subjectName: '张阿姨',
    phone: `13${String(randomInt(1e9)).padStart(9, '0')}`,
    divisionCode: codes[randomInt(codes.length)]!,
    address: `${1 + randomInt(30)}幢${1 + randomInt(6)}单元${101 + randomInt(600)}室`,
    needTier: 'care',
    categories: ['elderly_care'],
    targetGroup: 'unknown',
    urgency: URGENCY(),
    description: '老伴住院，家里没人照顾，想请社区帮忙。',
    consents: { privacyNotice: true, sensitiveData: true }, // the description is sensitive: intake requires the consent
  };
}

export async function submitSetup(api: Api, run: RunInfo): Promise<Prepared> {
  const [sessions, codes] = await Promise.all([residents(api, run.seconds), communities(api)]);
  let next = 0;
  return {
    body: () => submitBody(codes),
    requestHeaders: () => ({ ...sessions[next++ % sessions.length]!, 'idempotency-key': randomUUID() }),
  };
}
