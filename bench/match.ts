/**
 * The `match` scenario: `applications.suggestions` for a stored case (the matching rule over the whole catalog),
 * as a demo resident asking about their own application, submitted once in setup.
 */
import { randomUUID } from 'node:crypto';
import type { Api } from './lib/api';
import type { Prepared, RunInfo } from './lib/prepared';
import { devSessions } from './lib/sessions';

const residents = devSessions((users) => users.filter((u) => !u.roles.includes('admin')).slice(0, 1));
const stored = new Map<string, string>();

export async function matchSetup(api: Api, run: RunInfo): Promise<Prepared> {
  const [headers] = await residents(api, run.seconds);
  if (!headers) throw new Error('no demo resident');
  let id = stored.get(api.baseUrl);
  if (!id) {
    const res = await api.with({ ...headers, 'idempotency-key': randomUUID() }).call('applications.submit', {
      channel: 'self',
      subjectName: '张阿姨',
      idNumber: '11010519491231002X',
      phone: '13912345678',
      divisionCode: '330106005055',
      address: '翠苑一区12幢3单元',
      needTier: 'survival',
      categories: ['basic_living', 'elderly_care'],
      targetGroup: 'dibao',
      urgency: 'normal',
      description: '一个人住，退休金很少，想了解能申请哪些帮助。',
      consents: { privacyNotice: true, sensitiveData: true },
    });
    id = res.id;
    stored.set(api.baseUrl, id);
  }
  return { headers, body: { id } };
}
