/**
 * Scope of staff with several memberships, over real HTTP: a point worker who is also a department officer, and a
 * worker of two points in two streets. Each membership adds what it sees (the point's cases in full, the department's
 * referrals in the officer view) and nothing else: a case of a third community stays 404 with no data.
 */
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const CUIYUAN_1 = '330106005055'; // 翠苑一区社区, 翠苑街道
const XIXI_POINT = '330106004053'; // a community of 西溪街道
const CUIYUAN_OTHER = '330106005057'; // another community of 翠苑街道

let pointAndOfficer = '';
let twoStreets = '';
const ids = {} as Record<'own' | 'referred' | 'xixi' | 'third', string>;

async function queueIds(token: string, view?: 'staff' | 'officer'): Promise<string[]> {
  const res = await post(t, 'cases.queue', view ? { view } : {}, token);
  expect(res.status).toBe(200);
  return res.body.data.items.map((i: { id: string }) => i.id);
}

beforeAll(async () => {
  pointAndOfficer = (
    await buildSession(t, {
      memberships: [
        { role: 'point_staff', divisionCode: CUIYUAN_1 },
        { role: 'dept_officer', departmentCode: 'civil_affairs' },
      ],
    })
  ).accessToken;
  twoStreets = (
    await buildSession(t, {
      memberships: [
        { role: 'point_staff', divisionCode: CUIYUAN_1 },
        { role: 'point_staff', divisionCode: XIXI_POINT },
      ],
    })
  ).accessToken;
  const xixiWorker = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: XIXI_POINT }] }))
    .accessToken;
  ids.own = (await buildApplication(t, { routeTo: CUIYUAN_1 })).id;
  ids.xixi = (await buildApplication(t, { routeTo: XIXI_POINT })).id;
  ids.third = (await buildApplication(t, { routeTo: CUIYUAN_OTHER })).id;
  // a 西溪 case referred to civil affairs: the officer membership sees it, the point membership does not
  ids.referred = (await buildApplication(t, { routeTo: XIXI_POINT })).id;
  expect((await post(t, 'cases.accept', { id: ids.referred, expectedVersion: 1 }, xixiWorker)).status).toBe(200);
  const refer = { id: ids.referred, expectedVersion: 2, departmentCode: 'civil_affairs', note: '核对低保' };
  expect((await post(t, 'cases.referDepartment', refer, xixiWorker)).status).toBe(200);
});

describe('point worker who is also a department officer', () => {
  it('sees the point’s case in full and the department’s referral in the officer view, nothing else', async () => {
    const own = await post(t, 'cases.get', { id: ids.own }, pointAndOfficer);
    expect([own.status, own.body.data.view]).toEqual([200, 'staff']);
    const referred = await post(t, 'cases.get', { id: ids.referred }, pointAndOfficer);
    expect([referred.status, referred.body.data.view]).toEqual([200, 'officer']);
    for (const id of [ids.xixi, ids.third]) {
      const res = await post(t, 'cases.get', { id }, pointAndOfficer);
      expect([res.status, res.body.code, res.body.data]).toEqual([404, 'NOT_FOUND', undefined]);
    }
    // two queues: the point's cases (the default, staff view) and the department's referrals (officer view)
    expect(await queueIds(pointAndOfficer)).toEqual([ids.own]);
    expect(await queueIds(pointAndOfficer, 'officer')).toEqual([ids.referred]);
  });

  it('cannot act as staff on the referred case (officers only answer their referral)', async () => {
    const res = await post(t, 'cases.accept', { id: ids.referred, expectedVersion: 3 }, pointAndOfficer);
    expect(res.status).toBe(404);
  });
});

describe('worker of two points in two streets', () => {
  it('sees the cases of both points and not a third community of either street', async () => {
    for (const id of [ids.own, ids.xixi]) {
      const res = await post(t, 'cases.get', { id }, twoStreets);
      expect([res.status, res.body.data.view]).toEqual([200, 'staff']);
    }
    const third = await post(t, 'cases.get', { id: ids.third }, twoStreets);
    expect([third.status, third.body.data]).toEqual([404, undefined]);
    const queue = await queueIds(twoStreets);
    expect(queue).toEqual(expect.arrayContaining([ids.own, ids.xixi, ids.referred]));
    expect(queue).not.toContain(ids.third);
  });
});
