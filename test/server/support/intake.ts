import { randomUUID } from 'node:crypto';
import type { TestContext } from './harness';

export const VALID_ID = '11010519491231002X';

export const selfBody = (over: Record<string, unknown> = {}) => ({
  channel: 'self',
  subjectName: '张阿姨',
  idNumber: VALID_ID,
  phone: '13912345678',
  divisionCode: '330106005055',
  address: '翠苑一区12幢3单元',
  needTier: 'survival',
  categories: ['basic_living'],
  targetGroup: 'unknown',
  urgency: 'normal',
  description: '老伴住院后家里收入少了，生活有些困难。',
  consents: { privacyNotice: true, sensitiveData: true },
  ...over,
});

export const proxyBody = (over: Record<string, unknown> = {}) => ({
  ...selfBody({ channel: 'proxy', subjectName: '李大爷', phone: '13700001111' }),
  relationship: 'parent',
  subjectConsentMethod: 'phone',
  applicantPhone: '13600003333',
  ...over,
});

export const referralBody = (over: Record<string, unknown> = {}) => ({
  channel: 'referral',
  subjectName: '楼下王奶奶',
  divisionCode: '330106005056',
  address: '翠苑二区5幢一楼',
  urgency: 'urgent',
  observed: '一个人住，最近好几天没见她出门。',
  referrerPhone: '13600002222',
  consents: { privacyNotice: true },
  ...over,
});

/** POST applications.submit with an Idempotency-Key (a fresh one unless given). */
export function submit(t: TestContext, token: string | undefined, body: unknown, key: string | null = randomUUID()) {
  const req = t.api().post('/api/applications.submit').set('Content-Type', 'application/json');
  if (token) req.set('Authorization', `Bearer ${token}`);
  if (key) req.set('Idempotency-Key', key);
  return req.send(JSON.stringify(body));
}
