/** Staff actions: happy paths, 400 naming the field, 404 out of scope, 409 illegal or stale; resolve rules; reopen window. */
import { ZStaffCaseDetail } from '../../shared/schemas/cases';
import { buildApplication, pointFor, setStationActive } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const DAY = 24 * 3600 * 1000;
let staff = { accessToken: '', userId: '' };
let other = '';
let station = '';
let hub = '';

async function act(name: string, body: Record<string, unknown>, token = staff.accessToken, status = 200) {
  const res = await post(t, name, body, token);
  if (res.status !== status) throw new Error(`${name} → ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}
const detail = async (name: string, body: Record<string, unknown>, token?: string) =>
  ZStaffCaseDetail.parse((await act(name, body, token)).body.data);

beforeAll(async () => {
  staff = await buildSession(t, {
    displayName: '陈社工',
    memberships: [{ role: 'point_staff', divisionCode: '330106005055' }],
  });
  other = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005057' }] })).accessToken;
  station = (await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] }))
    .accessToken;
  hub = (await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] })).accessToken;
});

describe('staff actions', () => {
  it('walks a case: accept, contact, visit, ask for info, resolve, close, with a timeline', async () => {
    const { id } = await buildApplication(t);
    let d = await detail('cases.accept', { id, expectedVersion: 1 });
    expect([d.status, d.assignee?.id, d.version]).toEqual(['accepted', staff.userId, 2]);
    d = await detail('cases.contact', { id, expectedVersion: 2, outcome: 'no_answer', note: '下午再打' });
    expect(d.status).toBe('in_progress');
    d = await detail('cases.visit', {
      id,
      expectedVersion: 3,
      note: '上门了解情况',
      visitedAt: t.clock.now().toISOString(),
    });
    expect(d.version).toBe(4);
    d = await detail('cases.askInfo', { id, expectedVersion: 4, message: '请补充住院发票', dueDays: 7 });
    expect([d.status, d.paused]).toEqual(['needs_info', true]);
    d = await detail('cases.resolve', { id, expectedVersion: 5, outcome: 'approved', decidedText: '已办理临时救助' });
    expect([d.status, d.outcome, d.paused]).toEqual(['resolved', 'approved', false]);
    d = await detail('cases.close', { id, expectedVersion: 6 });
    expect(d.status).toBe('closed');
    expect(d.timeline.map((e) => e.type)).toEqual(['accept', 'contact', 'visit', 'askInfo', 'resolve', 'close']);
    expect(d.timeline[1]).toMatchObject({ note: '下午再打', data: { outcome: 'no_answer' }, actorName: '陈社工' });
  });

  it('every action: 401 without session, 400 naming the field, 404 out of scope, 409 when illegal or stale', async () => {
    const { id } = await buildApplication(t);
    const cases: [string, Record<string, unknown>, string][] = [
      ['cases.accept', {}, 'expectedVersion'],
      ['cases.contact', { outcome: 'maybe' }, 'outcome'],
      ['cases.visit', { note: '走访', visitedAt: 'yesterday' }, 'visitedAt'],
      ['cases.visit', { note: '走访', visitedAt: '0001-01-01T00:00:00+08:00' }, 'visitedAt'],
      ['cases.askInfo', { message: '请补充', dueDays: 0 }, 'dueDays'],
      ['cases.referDepartment', { departmentCode: 'nope', note: '协助' }, 'departmentCode'],
      ['cases.transfer', { toServicePointId: 'x', reason: '辖区调整' }, 'toServicePointId'],
      ['cases.escalate', { reason: '' }, 'reason'],
      ['cases.resolve', { outcome: 'great' }, 'outcome'],
      ['cases.close', { note: 'x'.repeat(501) }, 'note'],
      ['cases.reopen', { reason: '' }, 'reason'],
    ];
    const good: Record<string, Record<string, unknown>> = {
      'cases.accept': {},
      'cases.contact': { outcome: 'reached' },
      'cases.visit': { note: '走访', visitedAt: t.clock.now().toISOString() },
      'cases.askInfo': { message: '请补充', dueDays: 3 },
      'cases.referDepartment': { departmentCode: 'civil_affairs', note: '协助' },
      'cases.transfer': { toServicePointId: (await pointFor(t, '330106005057')).point.id, reason: '辖区调整' },
      'cases.escalate': { reason: '情况复杂' },
      'cases.resolve': { outcome: 'approved', decidedText: '已办好' },
      'cases.close': {},
      'cases.reopen': { reason: '情况反复' },
    };
    for (const [name, bad, field] of cases) {
      const body = { id, expectedVersion: 1, ...good[name] };
      expect((await post(t, name, body)).status).toBe(401);
      const res = await post(
        t,
        name,
        { ...body, ...bad, ...(field === 'expectedVersion' ? { expectedVersion: 0 } : {}) },
        staff.accessToken,
      );
      expect([name, res.status, res.body.details?.[0]?.field]).toEqual([name, 400, field]);
      const out = await post(t, name, body, other);
      expect([name, out.status, out.body.data]).toEqual([name, 404, undefined]);
    }
    // in "submitted": contact, visit, refer, resolve, close, reopen are illegal → 409
    for (const name of [
      'cases.contact',
      'cases.visit',
      'cases.referDepartment',
      'cases.resolve',
      'cases.close',
      'cases.reopen',
    ]) {
      const res = await post(t, name, { id, expectedVersion: 1, ...good[name] }, staff.accessToken);
      expect([name, res.status]).toEqual([name, 409]);
    }
    const stale = await post(t, 'cases.accept', { id, expectedVersion: 7 }, staff.accessToken);
    expect([stale.status, stale.body.code]).toEqual([409, 'CONFLICT']);
  });

  it('reopens within 30 days of resolution, not after (fake clock)', async () => {
    const start = t.clock.now();
    const a = await buildApplication(t, { status: 'accepted' });
    const b = await buildApplication(t, { status: 'accepted' });
    await detail('cases.resolve', { id: a.id, expectedVersion: 1, outcome: 'approved', decidedText: '已办好' });
    await detail('cases.resolve', { id: b.id, expectedVersion: 1, outcome: 'partly', decidedText: '办好了一部分' });
    await detail('cases.close', { id: b.id, expectedVersion: 2 });
    // tokens expire while the clock jumps ahead: log in again at each step
    const later = async () =>
      (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] })).accessToken;
    try {
      t.clock.set(new Date(start.getTime() + 29 * DAY));
      const d = await detail(
        'cases.reopen',
        { id: b.id, expectedVersion: 3, reason: '情况反复，需要继续跟进' },
        await later(),
      );
      expect([d.status, d.outcome, d.resolvedAt]).toEqual(['in_progress', null, null]);
      t.clock.set(new Date(start.getTime() + 31 * DAY));
      const late = await post(t, 'cases.reopen', { id: a.id, expectedVersion: 2, reason: '情况反复' }, await later());
      expect([late.status, late.body.message]).toEqual([409, '办结已超过 30 天，不能重新办理，请新建申请']);
    } finally {
      t.clock.set(start);
    }
  });

  it('transfers inside the scope only, clearing the assignee; the new point then owns it', async () => {
    const { id } = await buildApplication(t);
    await detail('cases.accept', { id, expectedVersion: 1 });
    const xixi = (await pointFor(t, '330106004053')).point.id;
    const far = await post(
      t,
      'cases.transfer',
      { id, expectedVersion: 2, toServicePointId: xixi, reason: '地址有误' },
      staff.accessToken,
    );
    expect([far.status, far.body.details[0].field]).toEqual([400, 'toServicePointId']);
    const target = (await pointFor(t, '330106005057')).point.id;
    const d = await detail('cases.transfer', {
      id,
      expectedVersion: 2,
      toServicePointId: target,
      reason: '实际住在隔壁社区',
    });
    expect([d.status, d.servicePoint?.id, d.assignee]).toEqual(['submitted', target, null]);
    expect((await post(t, 'cases.get', { id }, staff.accessToken)).status).toBe(404);
    expect((await post(t, 'cases.get', { id }, other)).status).toBe(200);
    // the hub may move it to another street; the case then belongs to that street's station
    const moved = await detail(
      'cases.transfer',
      { id, expectedVersion: 3, toServicePointId: xixi, reason: '户籍在西溪' },
      hub,
    );
    expect(moved.streetName).toBe('西溪街道');
    expect((await post(t, 'cases.get', { id }, station)).status).toBe(404);
  });

  it('escalates point → station → hub, and no further', async () => {
    const { id } = await buildApplication(t);
    let d = await detail('cases.escalate', { id, expectedVersion: 1, reason: '需要街道协调' });
    expect([d.status, d.servicePoint?.level]).toEqual(['escalated', 'street_station']);
    d = await detail('cases.escalate', { id, expectedVersion: 2, reason: '需要区级会商' }, station);
    expect(d.servicePoint?.level).toBe('district_hub');
    const top = await post(t, 'cases.escalate', { id, expectedVersion: 3, reason: '再上报' }, hub);
    expect(top.status).toBe(409);
    d = await detail('cases.accept', { id, expectedVersion: 3 }, hub);
    expect(d.status).toBe('accepted');
  });

  it('passes over a street station that is not active: the point escalates to the hub, as the deadline sweep does', async () => {
    const { id } = await buildApplication(t);
    await setStationActive(t, '330106005000', false);
    try {
      const d = await detail('cases.escalate', { id, expectedVersion: 1, reason: '街道服务站暂停办公' });
      expect([d.status, d.servicePoint?.level]).toEqual(['escalated', 'district_hub']);
    } finally {
      await setStationActive(t, '330106005000', true);
    }
  });

  it('refers to a department once while the referral is live', async () => {
    const { id } = await buildApplication(t, { status: 'accepted' });
    const d = await detail('cases.referDepartment', {
      id,
      expectedVersion: 1,
      departmentCode: 'medical_security',
      note: '大病医疗费用减免',
    });
    expect(d.referrals.map((r) => [r.department.code, r.status])).toEqual([['medical_security', 'open']]);
    expect(
      (
        await post(
          t,
          'cases.referDepartment',
          { id, expectedVersion: 2, departmentCode: 'medical_security', note: '再次' },
          staff.accessToken,
        )
      ).status,
    ).toBe(409);
  });
});
