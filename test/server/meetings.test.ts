/**
 * The monthly joint meeting (issue 13.2): 401 / 400 naming the field / 403 / 404; the agenda proposed from the
 * month (the last meeting's items, overdue cases, unclassified needs); action items tracked to done by the owning
 * department; the next meeting opens with what became of the last one's items.
 */
import { eq } from 'drizzle-orm';
import { ZMeeting, ZMeetingList, ZMeetingProposal } from '../../shared/schemas/meetings';
import { ZTask, ZTaskList } from '../../shared/schemas/conferences';
import { departments } from '../../server/src/db/schema';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
type Session = { accessToken: string; userId: string };
let hub: Session, admin: Session, officer: Session, otherOfficer: Session, worker: Session, resident: Session;
let civilId: string, hrssId: string, healthId: string;
const DAY = 24 * 3600_000;
const chinaDay = (offsetDays = 0) =>
  new Date(t.clock.now().getTime() + 8 * 3600_000 + offsetDays * DAY).toISOString().slice(0, 10);
const thisMonth = () => chinaDay().slice(0, 7);

async function call(name: string, body: Record<string, unknown>, token: string) {
  const res = await post(t, name, body, token);
  if (res.status !== 200) throw new Error(`${name} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}
const deptId = async (code: string) =>
  (await t.deps.db.select().from(departments).where(eq(departments.code, code)))[0]!.id;

beforeAll(async () => {
  hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
  officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
  otherOfficer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'emergency' }] });
  worker = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
  resident = await buildSession(t);
  [civilId, hrssId, healthId] = [await deptId('civil_affairs'), await deptId('hrss'), await deptId('health')];
});

describe('joint meetings', () => {
  it('proposes the agenda, records decisions and actions, and the next meeting opens with the last one’s items', async () => {
    const now = t.clock.now();
    await buildApplication(t, { dueAt: new Date(now.getTime() - DAY) });
    await buildApplication(t, { categories: [], flags: ['unclassified'] });
    const first = ZMeetingProposal.parse(await call('meetings.proposal', { month: '2020-01' }, hub.accessToken));
    expect(first.previous).toBeNull();
    const proposal = ZMeetingProposal.parse(await call('meetings.proposal', { month: thisMonth() }, hub.accessToken));
    expect(proposal.overdueCases.count).toBeGreaterThanOrEqual(1);
    expect(proposal.unclassifiedNeeds.count).toBeGreaterThanOrEqual(1);
    expect(proposal.agenda.map((a) => a.kind)).toEqual(['overdue_cases', 'unclassified_needs']);

    const last = ZMeeting.parse(
      await call(
        'meetings.create',
        { month: '2020-01', heldOn: '2020-01-20', attendeeDepartmentIds: [civilId, hrssId], agenda: [] },
        hub.accessToken,
      ),
    );
    const afterFirst = ZMeeting.parse(
      await call(
        'meetings.addAction',
        { id: last.id, title: '摸排独居老人', departmentId: civilId, dueOn: chinaDay(5) },
        hub.accessToken,
      ),
    );
    expect(afterFirst.actions).toHaveLength(1);
    const afterSecond = ZMeeting.parse(
      await call(
        'meetings.addAction',
        { id: last.id, title: '就业帮扶名单', departmentId: hrssId, dueOn: chinaDay(5) },
        admin.accessToken,
      ),
    );
    expect(afterSecond.actions).toHaveLength(2);
    const m = ZMeeting.parse(
      await call('meetings.addDecision', { id: last.id, text: '每月通报超期案件。' }, hub.accessToken),
    );
    expect(m.decisions.map((d) => d.text)).toEqual(['每月通报超期案件。']);
    expect(m.actions.map((a) => [a.title, a.owner.name, a.status]).sort()).toEqual([
      ['就业帮扶名单', '区人力社保局', 'open'],
      ['摸排独居老人', '区民政局', 'open'],
    ]);
    // the owning department's officer sees the action on the workbench and marks it done
    const mine = ZTaskList.parse(await call('tasks.mine', {}, officer.accessToken));
    const action = mine.items.find((i) => i.title === '摸排独居老人')!;
    expect(action.source).toMatchObject({ kind: 'meeting', id: last.id });
    expect(ZTask.parse(await call('tasks.done', { id: action.id }, officer.accessToken)).status).toBe('done');

    // this month: the proposal starts with what became of the last meeting's items
    const next = ZMeetingProposal.parse(await call('meetings.proposal', { month: thisMonth() }, hub.accessToken));
    expect(next.agenda[0]).toEqual({
      kind: 'previous_actions',
      title: '上次会议（2020-01）事项：共 2 项，已完成 1 项',
    });
    expect(next.previous?.actions.map((a) => [a.title, a.status])).toEqual([
      ['就业帮扶名单', 'open'],
      ['摸排独居老人', 'done'],
    ]);
    const created = ZMeeting.parse(
      await call(
        'meetings.create',
        {
          month: thisMonth(),
          heldOn: chinaDay(),
          place: '区民政局三楼会议室',
          attendeeDepartmentIds: [civilId, healthId],
          agenda: next.agenda,
        },
        hub.accessToken,
      ),
    );
    expect(created.previous?.id).toBe(last.id);
    expect(created.agenda.map((a) => a.kind)).toEqual(['previous_actions', 'overdue_cases', 'unclassified_needs']);
    expect(created.attendees.map((a) => a.name).sort()).toEqual(['区卫生健康局', '区民政局'].sort());
    // one meeting per month
    const again = await post(
      t,
      'meetings.create',
      { month: thisMonth(), heldOn: chinaDay(), attendeeDepartmentIds: [civilId] },
      hub.accessToken,
    );
    expect(again.status).toBe(409);

    // an attending department reads it (not edits); another department does not see it
    expect(ZMeeting.parse(await call('meetings.get', { id: created.id }, officer.accessToken)).canEdit).toBe(false);
    expect((await post(t, 'meetings.get', { id: created.id }, otherOfficer.accessToken)).status).toBe(404);
    const officerList = ZMeetingList.parse(await call('meetings.list', {}, officer.accessToken));
    expect(officerList.items.map((i) => i.id)).toEqual(expect.arrayContaining([created.id, last.id]));
    expect(ZMeetingList.parse(await call('meetings.list', {}, otherOfficer.accessToken)).items).toEqual([]);
    const hubList = ZMeetingList.parse(await call('meetings.list', {}, hub.accessToken));
    expect(hubList.items.find((i) => i.id === last.id)?.openActions).toBe(1);
  });

  it('every endpoint: 401, 400 naming the field, 403 for the wrong role, 404 for an unknown meeting', async () => {
    const m = ZMeeting.parse(
      await call(
        'meetings.create',
        { month: '2019-06', heldOn: '2019-06-20', attendeeDepartmentIds: [civilId] },
        hub.accessToken,
      ),
    );
    const valid: [string, Record<string, unknown>][] = [
      ['meetings.proposal', { month: '2019-07' }],
      ['meetings.create', { month: '2019-07', heldOn: '2019-07-20', attendeeDepartmentIds: [civilId] }],
      ['meetings.list', {}],
      ['meetings.get', { id: m.id }],
      ['meetings.addDecision', { id: m.id, text: '决定' }],
      ['meetings.addAction', { id: m.id, title: '事项', departmentId: civilId, dueOn: chinaDay(3) }],
    ];
    for (const [name, body] of valid) expect([name, (await post(t, name, body)).status]).toEqual([name, 401]);
    const bad: [string, Record<string, unknown>, string][] = [
      ['meetings.proposal', { month: '2019-13' }, 'month'],
      ['meetings.create', { month: '2019-07', heldOn: '2019-02-30', attendeeDepartmentIds: [civilId] }, 'heldOn'],
      [
        'meetings.create',
        { month: '2019-07', heldOn: '2019-07-20', attendeeDepartmentIds: [] },
        'attendeeDepartmentIds',
      ],
      [
        'meetings.create',
        { month: '2019-07', heldOn: '2019-07-20', attendeeDepartmentIds: [m.id] },
        'attendeeDepartmentIds.0',
      ],
      [
        'meetings.create',
        {
          month: '2019-07',
          heldOn: '2019-07-20',
          attendeeDepartmentIds: [civilId],
          agenda: [{ kind: 'x', title: 'y' }],
        },
        'agenda.0.kind',
      ],
      ['meetings.addDecision', { id: m.id, text: '' }, 'text'],
      ['meetings.addAction', { id: m.id, title: '事项', departmentId: m.id, dueOn: chinaDay(3) }, 'departmentId'],
      ['meetings.addAction', { id: m.id, title: '事项', departmentId: civilId, dueOn: chinaDay(-2) }, 'dueOn'],
      ['meetings.get', { id: 'x' }, 'id'],
    ];
    for (const [name, body, field] of bad) {
      const res = await post(t, name, body, hub.accessToken);
      expect([name, field, res.status, res.body.details?.[0]?.field]).toEqual([name, field, 400, field]);
    }
    for (const s of [worker, resident])
      for (const [name, body] of valid)
        expect([name, (await post(t, name, body, s.accessToken)).status]).toEqual([name, 403]);
    for (const name of ['meetings.proposal', 'meetings.create', 'meetings.addDecision', 'meetings.addAction'])
      expect([name, (await post(t, name, valid.find((v) => v[0] === name)![1], officer.accessToken)).status]).toEqual([
        name,
        403,
      ]);
    const unknown = { id: civilId };
    expect((await post(t, 'meetings.get', unknown, hub.accessToken)).status).toBe(404);
    expect((await post(t, 'meetings.addDecision', { ...unknown, text: '决定' }, hub.accessToken)).status).toBe(404);
  });
});
