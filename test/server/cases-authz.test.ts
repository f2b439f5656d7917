/**
 * Authorization matrix, generated over callers × cases × endpoints: in scope → allowed (writes use a stale
 * version so nothing changes and the answer is 409), out of scope → 404 with no data, no staff/officer role → 403.
 */
import { ZCaseQueue } from '../../shared/schemas/cases';
import { endpoints } from '../../shared/api/endpoints';
import { buildApplication, pointFor } from './support/applications';
import { buildSession, post, type MembershipSpec } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
type Caller =
  | 'pointX'
  | 'pointY'
  | 'stationSame'
  | 'stationOther'
  | 'hub'
  | 'officerWith'
  | 'officerWithout'
  | 'resident'
  | 'admin';
const CALLERS: Record<Caller, MembershipSpec[]> = {
  pointX: [{ role: 'point_staff', divisionCode: '330106005055' }],
  pointY: [{ role: 'point_staff', divisionCode: '330106005057' }],
  stationSame: [{ role: 'station_staff', divisionCode: '330106005000' }],
  stationOther: [{ role: 'station_staff', divisionCode: '330106004000' }],
  hub: [{ role: 'hub_staff', divisionCode: '330106000000' }],
  officerWith: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }],
  officerWithout: [{ role: 'dept_officer', departmentCode: 'housing' }],
  resident: [],
  admin: [{ role: 'admin' }],
};
/** Which callers may see each case, and how. */
const STAFF_SEES = { caseX: ['pointX', 'stationSame', 'hub'], caseXixi: ['stationOther', 'hub'] } as const;
const OFFICER_SEES = { caseX: ['officerWith'], caseXixi: [] } as const;
const STAFF_ROLES = ['pointX', 'pointY', 'stationSame', 'stationOther', 'hub'];
const OFFICER_ROLES = ['officerWith', 'officerWithout'];

const tokens = {} as Record<Caller, string>;
const cases = {} as Record<keyof typeof STAFF_SEES, { id: string; refNo: string }>;
const siblings = {} as Record<keyof typeof STAFF_SEES, string>;

beforeAll(async () => {
  for (const [name, memberships] of Object.entries(CALLERS))
    tokens[name as Caller] = (await buildSession(t, { memberships })).accessToken;
  const x = await buildApplication(t, { routeTo: '330106005055', subjectName: '泄露哨兵甲' });
  const xixi = await buildApplication(t, { routeTo: '330106004053', subjectName: '泄露哨兵乙' });
  Object.assign(cases, { caseX: x, caseXixi: xixi });
  // accepted by the point, then referred to civil affairs (the officer "with" a referral)
  expect((await post(t, 'cases.accept', { id: x.id, expectedVersion: 1 }, tokens.pointX)).status).toBe(200);
  expect(
    (
      await post(
        t,
        'cases.referDepartment',
        { id: x.id, expectedVersion: 2, departmentCode: 'civil_affairs', note: '核对低保' },
        tokens.pointX,
      )
    ).status,
  ).toBe(200);
  expect((await post(t, 'cases.accept', { id: xixi.id, expectedVersion: 1 }, tokens.stationOther)).status).toBe(200);
  // a transfer target inside each case's street, so in-scope callers pass the target check
  siblings.caseX = (await pointFor(t, '330106005057')).point.id;
  siblings.caseXixi = (await pointFor(t, '330106004055')).point.id;
});

const ACTION_BODIES: Record<string, Record<string, unknown>> = {
  'cases.reveal': { field: 'phone', reason: 'call_person' },
  'cases.recordConsent': { method: 'phone', note: '电话联系到本人' }, // not a lead: in scope → 409
  'cases.accept': {},
  'cases.contact': { outcome: 'reached' },
  'cases.visit': { note: '走访', visitedAt: new Date(Date.now() - 60_000).toISOString() },
  'cases.askInfo': { message: '请补充', dueDays: 3 },
  'cases.referDepartment': { departmentCode: 'education', note: '协助' },
  'cases.transfer': { toServicePointId: '' },
  'cases.escalate': { reason: '情况复杂' },
  'cases.resolve': { outcome: 'approved', decidedText: '已办好' },
  'cases.close': {},
  'cases.followUp': { result: 'unreachable' },
  'cases.reopen': { reason: '情况反复' },
  'cases.referralRespond': { note: '已办理', status: 'accepted' },
  'cases.subjectCode': {},
};

function expected(endpoint: string, caller: Caller, which: keyof typeof STAFF_SEES): number {
  const access = endpoints[endpoint as keyof typeof endpoints].access as readonly string[];
  const roles = CALLERS[caller].map((m) => m.role);
  if (!roles.some((r) => access.includes(r))) return 403;
  const staffIn = (STAFF_SEES[which] as readonly string[]).includes(caller);
  const officerIn = (OFFICER_SEES[which] as readonly string[]).includes(caller);
  if (endpoint === 'cases.get') return staffIn || officerIn ? 200 : 404;
  if (endpoint === 'cases.reveal') return staffIn ? 200 : 404;
  if (endpoint === 'cases.referralRespond') return 404; // only "officerWith" on caseX could act; it is checked in cases-detail
  if (endpoint === 'cases.subjectCode') return staffIn ? 409 : 404; // both cases are self applications: no code to issue
  return staffIn ? 409 : 404; // stale version: allowed through scope, refused without a change
}

describe('authorization matrix: zero leaks', () => {
  // cases.revealAnomalies takes no case: its scope is tested in reveal-anomalies.test.ts
  const names = Object.keys(endpoints).filter(
    (n) => n.startsWith('cases.') && n !== 'cases.queue' && n !== 'cases.revealAnomalies',
  );
  it.each(names)('%s', async (endpoint) => {
    for (const caller of Object.keys(CALLERS) as Caller[]) {
      for (const which of Object.keys(cases) as (keyof typeof STAFF_SEES)[]) {
        if (endpoint === 'cases.referralRespond' && caller === 'officerWith' && which === 'caseX') continue;
        const c = cases[which];
        const body = { id: c.id, expectedVersion: 99, ...ACTION_BODIES[endpoint] };
        if (endpoint === 'cases.transfer')
          Object.assign(body, { toServicePointId: siblings[which], reason: '辖区调整' });
        if (
          ['cases.get', 'cases.reveal', 'cases.recordConsent', 'cases.referralRespond', 'cases.subjectCode'].includes(
            endpoint,
          )
        )
          delete (body as { expectedVersion?: number }).expectedVersion;
        const res = await post(t, endpoint, body, tokens[caller]);
        const want = expected(endpoint, caller, which);
        expect({ endpoint, caller, which, status: res.status }).toEqual({ endpoint, caller, which, status: want });
        if (want >= 400) {
          expect(res.body.data).toBeUndefined();
          const text = JSON.stringify(res.body);
          expect(text).not.toContain('泄露哨兵');
          expect(text).not.toContain(c.refNo);
        }
      }
    }
  });

  it('cases.queue lists exactly the cases each caller may see', async () => {
    for (const caller of Object.keys(CALLERS) as Caller[]) {
      const res = await post(t, 'cases.queue', { limit: 50 }, tokens[caller]);
      if (![...STAFF_ROLES, ...OFFICER_ROLES].includes(caller)) {
        expect({ caller, status: res.status }).toEqual({ caller, status: 403 });
        continue;
      }
      const seen = new Set(ZCaseQueue.parse(res.body.data).items.map((i) => i.id));
      for (const which of Object.keys(cases) as (keyof typeof STAFF_SEES)[]) {
        const may = [...STAFF_SEES[which], ...OFFICER_SEES[which]].includes(caller as never);
        expect({ caller, which, listed: seen.has(cases[which].id) }).toEqual({ caller, which, listed: may });
      }
    }
  });
});
