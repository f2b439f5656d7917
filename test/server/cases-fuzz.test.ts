/** Fuzz as staff in scope (the generic fuzz suite calls as admin, who is refused before any case logic runs). */
import fc from 'fast-check';
import { endpoints, type EndpointName } from '../../shared/api/endpoints';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const ALLOWED = new Set([200, 400, 403, 404, 409]);
const LEAK = /at .+\(.+:\d+:\d+\)|SELECT |INSERT |UPDATE |syntax error|node_modules|drizzle|pglite/i;
const names = (Object.keys(endpoints) as EndpointName[]).filter((n) => n.startsWith('cases.'));
let hub = '';
let officer = '';
const ids: string[] = [];

beforeAll(async () => {
  hub = (await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] })).accessToken;
  officer = (await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] })).accessToken;
  for (const status of ['submitted', 'accepted', 'resolved'] as const) ids.push((await buildApplication(t, { status, resolvedAt: status === 'resolved' ? t.clock.now() : null })).id);
});

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '00000000-0000-4000-8000-000000000000', "' OR 1=1--", '__proto__', 'x'.repeat(3000), 'civil_affairs', 'not_eligible', 'idNumber', 'done'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
);

it.each(names)('%s: only 2xx/4xx, nothing internal in any body', async (name) => {
  const keys = Object.keys((endpoints[name].input as unknown as { shape?: Record<string, unknown> }).shape ?? {});
  const body = fc.record(
    Object.fromEntries(keys.map((k) => [k, k === 'id' ? fc.oneof(fc.constantFrom(...ids), nasty) : k === 'expectedVersion' ? fc.oneof(fc.integer({ min: 0, max: 4 }), nasty) : nasty])),
    { requiredKeys: [] },
  );
  await fc.assert(
    fc.asyncProperty(body, fc.boolean(), async (b, asOfficer) => {
      const res = await post(t, name, b, asOfficer ? officer : hub);
      if (!ALLOWED.has(res.status) || LEAK.test(res.text)) throw new Error(`${name} → ${res.status}: ${res.text.slice(0, 300)}`);
    }),
    { numRuns: 200 },
  );
}, 240_000);
