/**
 * Case conferences (issue 13.1): every endpoint's 401 / 400 naming the field / 403-404 out of scope / happy path;
 * scope for point, station, hub, department and resident; a decision on the case's timeline (the resident reads only
 * its plain sentence); follow-up tasks on the owner's workbench; the overdue sweep escalates exactly once, also with
 * two sweeps at the same time; notifications carry generic text only.
 */
import { eq } from 'drizzle-orm';
import { ZApplicationDetail } from '../../shared/schemas/applications';
import { ZStaffCaseDetail } from '../../shared/schemas/cases';
import { ZConference, ZConferenceList, ZTask, ZTaskList } from '../../shared/schemas/conferences';
import { auditLog, departments } from '../../server/src/db/schema';
import { outbox } from '../../server/src/db/schema-content';
import { openSessionFor } from '../../server/src/features/auth/auth.service';
import { runTaskSweep } from '../../server/src/features/conferences/tasks.job';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { buildProviderWithService, providerStaffSession } from './support/orders';
import { sentinel, sentinelsIn } from './support/sentinels';

const t = useTestApp();
type Session = { accessToken: string; userId: string };
let worker: Session, otherWorker: Session, station: Session, otherStation: Session, hub: Session;
let officer: Session, otherOfficer: Session, resident: Session, volunteer: Session;
let civilId: string;
let providerId: string;

const DAY = 24 * 3600_000;
const chinaDay = (offsetDays = 0) =>
  new Date(t.clock.now().getTime() + 8 * 3600_000 + offsetDays * DAY).toISOString().slice(0, 10);

async function call(name: string, body: Record<string, unknown>, token: string) {
  const res = await post(t, name, body, token);
  if (res.status !== 200) throw new Error(`${name} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}
const conference = async (name: string, body: Record<string, unknown>, token: string) =>
  ZConference.parse(await call(name, body, token));

beforeAll(async () => {
  worker = await buildSession(t, {
    displayName: '陈社工',
    memberships: [{ role: 'point_staff', divisionCode: '330106005055' }],
  });
  otherWorker = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106004053' }] });
  station = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
  otherStation = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106004000' }] });
  hub = await buildSession(t, {
    displayName: '吴主任',
    memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }],
  });
  officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
  otherOfficer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'hrss' }] });
  resident = await buildSession(t, { displayName: '王阿姨' });
  providerId = (await buildProviderWithService(t, {})).providerId;
  volunteer = await providerStaffSession(t, providerId);
  const [civil] = await t.deps.db.select().from(departments).where(eq(departments.code, 'civil_affairs'));
  civilId = civil!.id;
});

const newCase = () => buildApplication(t, { applicantUserId: resident.userId });
const convene = (applicationIds: string[], over: Record<string, unknown> = {}) => ({
  applicationIds,
  title: '王阿姨家的困难一起商量',
  startsAt: new Date(t.clock.now().getTime() + DAY).toISOString(),
  place: '翠苑一区社区服务点会议室',
  agenda: '一、了解情况；二、商量办法。',
  participants: [
    { kind: 'department', id: civilId },
    { kind: 'provider', id: providerId },
    { kind: 'resident', applicationId: applicationIds[0] },
  ],
  ...over,
});

describe('case conferences', () => {
  it('convene → notify → decide → task on the owner workbench → done', async () => {
    const { id: applicationId } = await newCase();
    const c = await conference('conferences.create', convene([applicationId]), worker.accessToken);
    expect(c).toMatchObject({
      convener: { id: worker.userId, displayName: '陈社工' },
      cases: [{ applicationId, statusText: '待受理' }],
      canRecord: true,
    });
    expect(c.participants.map((p) => p.kind).sort()).toEqual(['department', 'provider', 'resident']);
    // every participant is told: the officer, the provider's staff and the resident (not the convener)
    const notes = await t.deps.db.select().from(outbox).where(eq(outbox.topic, 'subscribe.conference'));
    const told = notes
      .filter((n) => n.dedupeKey.startsWith(`conference:${c.id}:`))
      .map((n) => (n.payload as { userId: string }).userId);
    expect(told).toEqual(expect.arrayContaining([officer.userId, volunteer.userId, resident.userId]));
    expect(told).not.toContain(worker.userId);
    expect(told).not.toContain(otherOfficer.userId);
    // staff invitations open the conference list; the resident's opens 我的
    const pages = notes
      .filter((n) => n.dedupeKey.startsWith(`conference:${c.id}:`))
      .map((n) => n.payload as { userId: string; page: string });
    expect(pages.find((n) => n.userId === officer.userId)?.page).toBe('packages/meet/pages/conferences/index');
    expect(pages.find((n) => n.userId === resident.userId)?.page).toBe('pages/mine/index');

    // participants see it; a department not invited, another point, another street and residents do not
    for (const s of [officer, volunteer, station, hub])
      expect((await post(t, 'conferences.get', { id: c.id }, s.accessToken)).status).toBe(200);
    for (const s of [otherOfficer, otherWorker, otherStation])
      expect((await post(t, 'conferences.get', { id: c.id }, s.accessToken)).status).toBe(404);
    expect((await post(t, 'conferences.get', { id: c.id }, resident.accessToken)).status).toBe(403);
    // the officer takes part but does not record (role), nor may the point of another street (scope)
    const decision = {
      id: c.id,
      applicationId,
      detail: '民政局牵头核对低保边缘条件，社工下周上门。',
      plainText: '我们会在下周上门，帮您申请补助。',
    };
    expect((await post(t, 'conferences.decide', decision, officer.accessToken)).status).toBe(403);
    expect((await post(t, 'conferences.decide', decision, otherWorker.accessToken)).status).toBe(404);

    const decided = await conference('conferences.decide', decision, worker.accessToken);
    expect(decided.decisions).toMatchObject([
      { applicationId, detail: decision.detail, plainText: decision.plainText },
    ]);
    // staff read the detail on the timeline; the resident only the plain sentence
    const staffView = ZStaffCaseDetail.parse(await call('cases.get', { id: applicationId }, worker.accessToken));
    expect(staffView.timeline.at(-1)).toMatchObject({ type: 'conferenceDecision', note: decision.detail });
    const mine = ZApplicationDetail.parse(await call('applications.get', { id: applicationId }, resident.accessToken));
    expect(mine.timeline.at(-1)?.text).toBe(`相关部门一起商量了您的事：${decision.plainText}`);
    expect(JSON.stringify(mine)).not.toContain('民政局牵头');
    expect(JSON.stringify(mine)).not.toContain(c.id);

    // a task for the department: on its officer's workbench, not on another department's
    const withTask = await conference(
      'conferences.addTask',
      {
        id: c.id,
        applicationId,
        title: '核对低保边缘条件',
        owner: { kind: 'department', id: civilId },
        dueOn: chinaDay(3),
      },
      worker.accessToken,
    );
    const task = withTask.tasks[0]!;
    expect(task).toMatchObject({ status: 'open', overdue: false, owner: { kind: 'department', name: '区民政局' } });
    const officerTasks = ZTaskList.parse(await call('tasks.mine', {}, officer.accessToken));
    expect(officerTasks.items.map((i) => i.id)).toContain(task.id);
    expect(officerTasks.items.find((i) => i.id === task.id)).toMatchObject({
      canDone: true,
      source: { kind: 'conference', id: c.id },
    });
    expect(
      ZTaskList.parse(await call('tasks.mine', {}, otherOfficer.accessToken)).items.map((i) => i.id),
    ).not.toContain(task.id);
    expect((await post(t, 'tasks.done', { id: task.id }, otherOfficer.accessToken)).status).toBe(404);
    const done = ZTask.parse(await call('tasks.done', { id: task.id, note: '已核对' }, officer.accessToken));
    expect(done).toMatchObject({ status: 'done', doneNote: '已核对', canDone: false });
    expect((await post(t, 'tasks.done', { id: task.id }, officer.accessToken)).status).toBe(409);
    expect(ZTaskList.parse(await call('tasks.mine', {}, officer.accessToken)).items.map((i) => i.id)).not.toContain(
      task.id,
    );
    // the conference is listed for its convener and participants
    const listed = ZConferenceList.parse(await call('conferences.list', {}, officer.accessToken));
    expect(listed.items.find((i) => i.id === c.id)).toMatchObject({
      caseCount: 1,
      place: '翠苑一区社区服务点会议室',
      online: false,
      decisionCount: 1,
    });
    expect(
      ZConferenceList.parse(await call('conferences.list', {}, otherOfficer.accessToken)).items.map((i) => i.id),
    ).not.toContain(c.id);
  });

  it('cases out of scope are 404; the resident of another case in the same conference sees nothing of it', async () => {
    const { id: a } = await newCase();
    const other = await buildSession(t, { displayName: '李大爷' });
    const { id: b } = await buildApplication(t, { applicantUserId: other.userId, routeTo: '330106005056' });
    // a point cannot bring another point's case; the station of the street can bring both
    expect((await post(t, 'conferences.create', convene([a, b]), worker.accessToken)).status).toBe(404);
    const c = await conference('conferences.create', convene([a, b]), station.accessToken);
    // the worker of a's point may record for a but not for b (b is out of their scope)
    const d = { id: c.id, detail: '细节', plainText: '我们会继续跟进。' };
    expect((await post(t, 'conferences.decide', { ...d, applicationId: b }, worker.accessToken)).status).toBe(404);
    await conference('conferences.decide', { ...d, applicationId: a }, worker.accessToken);
    const theirs = ZApplicationDetail.parse(await call('applications.get', { id: b }, other.accessToken));
    expect(JSON.stringify(theirs)).not.toMatch(/细节|我们会继续跟进/);
    expect(theirs.timeline.map((e) => e.text)).not.toContain('相关部门一起商量了您的事：我们会继续跟进。');
    expect((await post(t, 'applications.get', { id: a }, other.accessToken)).status).toBe(404);
    // a case of the conference that is not the decision's → 400 naming applicationId
    const { id: stranger } = await newCase();
    const res = await post(t, 'conferences.decide', { ...d, applicationId: stranger }, station.accessToken);
    expect([res.status, res.body.details?.[0]?.field]).toEqual([400, 'applicationId']);
  });

  it('every endpoint: 401 without a session, 400 naming the field, 403 for the wrong role', async () => {
    const { id: applicationId } = await newCase();
    const c = await conference('conferences.create', convene([applicationId]), worker.accessToken);
    const valid: [string, Record<string, unknown>][] = [
      ['conferences.create', convene([applicationId])],
      ['conferences.list', {}],
      ['conferences.get', { id: c.id }],
      ['conferences.decide', { id: c.id, applicationId, detail: '细节', plainText: '说明' }],
      [
        'conferences.addTask',
        { id: c.id, title: '上门', owner: { kind: 'user', id: worker.userId }, dueOn: chinaDay(2) },
      ],
      ['tasks.mine', {}],
      ['tasks.done', { id: c.id }],
    ];
    for (const [name, body] of valid) expect([name, (await post(t, name, body)).status]).toEqual([name, 401]);
    const bad: [string, Record<string, unknown>, string][] = [
      ['conferences.create', convene([]), 'applicationIds'],
      ['conferences.create', convene([applicationId], { title: '' }), 'title'],
      ['conferences.create', convene([applicationId], { startsAt: '2026-02-30T10:00:00+08:00' }), 'startsAt'],
      ['conferences.create', convene([applicationId], { place: undefined }), 'place'],
      ['conferences.create', convene([applicationId], { onlineUrl: 'http://x.cn', place: undefined }), 'onlineUrl'],
      ['conferences.create', convene([applicationId], { participants: [] }), 'participants'],
      [
        'conferences.create',
        convene([applicationId], { participants: [{ kind: 'point', id: c.id }] }),
        'participants.0.id',
      ],
      [
        'conferences.create',
        convene([applicationId], { participants: [{ kind: 'resident', applicationId: c.id }] }),
        'participants.0.applicationId',
      ],
      ['conferences.get', { id: 'nope' }, 'id'],
      ['conferences.decide', { id: c.id, applicationId, detail: '细节', plainText: '' }, 'plainText'],
      [
        'conferences.addTask',
        { id: c.id, title: '上门', owner: { kind: 'user', id: resident.userId }, dueOn: chinaDay(2) },
        'owner.id',
      ],
      [
        'conferences.addTask',
        { id: c.id, title: '上门', owner: { kind: 'team', id: worker.userId }, dueOn: chinaDay(2) },
        'owner.kind',
      ],
      [
        'conferences.addTask',
        { id: c.id, title: '上门', owner: { kind: 'user', id: worker.userId }, dueOn: chinaDay(-1) },
        'dueOn',
      ],
      ['tasks.done', { id: c.id, note: 'x'.repeat(201) }, 'note'],
    ];
    for (const [name, body, field] of bad) {
      const res = await post(t, name, body, worker.accessToken);
      expect([name, field, res.status, res.body.details?.[0]?.field]).toEqual([name, field, 400, field]);
    }
    for (const [name, body] of valid.slice(0, 5))
      expect([name, (await post(t, name, body, resident.accessToken)).status]).toEqual([name, 403]);
    expect((await post(t, 'conferences.create', convene([applicationId]), officer.accessToken)).status).toBe(403);
    expect((await post(t, 'tasks.done', { id: c.id }, worker.accessToken)).status).toBe(404);
  });

  it('an overdue task escalates once — also with two sweeps at the same time — and the notices are generic', async () => {
    const name = sentinel('subjectName');
    const { id: applicationId } = await buildApplication(t, { applicantUserId: resident.userId, subjectName: name });
    const c = await conference(
      'conferences.create',
      convene([applicationId], { title: '困难家庭会商', agenda: '商量低保和医疗救助' }),
      worker.accessToken,
    );
    const pointTask = await conference(
      'conferences.addTask',
      {
        id: c.id,
        applicationId,
        title: '送医疗救助材料',
        owner: { kind: 'user', id: worker.userId },
        dueOn: chinaDay(1),
      },
      worker.accessToken,
    );
    const taskId = pointTask.tasks[0]!.id;
    const start = t.clock.now();
    try {
      t.clock.set(new Date(start.getTime() + 3 * DAY));
      const [a, b] = await Promise.all([runTaskSweep(t.deps), runTaskSweep(t.deps)]);
      expect(a.tasksEscalated + b.tasksEscalated).toBeGreaterThanOrEqual(1);
      expect((await runTaskSweep(t.deps)).tasksEscalated).toBe(0);
      const notes = (await t.deps.db.select().from(outbox)).filter((n) => n.dedupeKey.includes(`:${taskId}:`));
      const byKind = (k: string) =>
        notes.filter((n) => n.dedupeKey.includes(`:${k}:`)).map((n) => (n.payload as { userId: string }).userId);
      expect(byKind('overdue')).toEqual([worker.userId]);
      // the hub's staff (the test database may hold more of them than ours) are asked to follow it up
      expect(byKind('escalated')).toContain(hub.userId);
      expect(byKind('escalated')).not.toContain(worker.userId);
      expect(notes).toHaveLength(new Set(notes.map((n) => n.dedupeKey)).size);
      // three days on, the morning's tokens have expired: log in again
      const later = async (s: Session) => (await openSessionFor(t.deps, s.userId)).accessToken;
      const mine = ZTaskList.parse(await call('tasks.mine', {}, await later(worker)));
      expect(mine.items.find((i) => i.id === taskId)).toMatchObject({ overdue: true, escalated: true });
      const atHub = ZTaskList.parse(await call('tasks.mine', {}, await later(hub)));
      expect(atHub.escalated.map((i) => i.id)).toContain(taskId);
      const audit = await t.deps.db.select().from(auditLog);
      expect(audit.filter((r) => r.action === 'task.escalate' && r.entityId === taskId)).toHaveLength(1);
      const messages = await t.deps.db.select().from(outbox).where(eq(outbox.topic, 'subscribe.conference'));
      for (const m of messages)
        for (const v of Object.values((m.payload as { data: Record<string, { value: string }> }).data))
          expect(v.value).not.toMatch(/低保|医疗|救助|困难|王阿姨|王秀英/);
      expect(sentinelsIn(JSON.stringify(messages) + JSON.stringify(audit) + t.logs.join(''))).toEqual([]);
    } finally {
      t.clock.set(start);
    }
  });
});
