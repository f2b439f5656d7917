/**
 * Outcome and closure (issue 11.4): resolve with what was decided (a refusal with its reason and alternatives from
 * the lists), the resident reads it in plain words and answers 问题解决了吗？, staff record a 回访, the sweep closes
 * unanswered cases after AUTO_CLOSE_DAYS and escalates cases past their resolution deadline.
 */
import { and, eq } from 'drizzle-orm';
import { ZApplicationDetail } from '../../shared/schemas/applications';
import { ZStaffCaseDetail } from '../../shared/schemas/cases';
import { applicationEvents, applicationOutcomes, applications } from '../../server/src/db/schema-applications';
import { outbox, policies, services } from '../../server/src/db/schema-content';
import { TOPIC_STAFF_ALERT } from '../../server/src/features/outbox/outbox-messages';
import { runClosureSweep } from '../../server/src/features/closure/closure.job';
import { addChinaWorkingDays } from '../../shared/domain/working-days';
import { buildApplication } from './support/applications';
import { buildSession, buildUser, post } from './support/factories';
import { useTestApp } from './support/harness';
import { openSessionFor } from '../../server/src/features/auth/auth.service';

const t = useTestApp({ env: { AUTO_CLOSE_DAYS: '7' } });
const DAY = 24 * 3600_000;
let staff = '';
let staffUserId = '';
let other = '';
let policy = { slug: '', title: '' };
let service = { slug: '', title: '' };

async function ok(name: string, body: Record<string, unknown>, token: string) {
  const res = await post(t, name, body, token);
  if (res.status !== 200) throw new Error(`${name} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}
const staffDetail = async (name: string, body: Record<string, unknown>, token = staff) =>
  ZStaffCaseDetail.parse(await ok(name, body, token));
const fields = (res: { body: { details?: { field: string }[] } }) => (res.body.details ?? []).map((d) => d.field);

/** A resident with a session, and an accepted case of theirs at 翠苑一区 (staff's point). */
async function residentCase(spec: Parameters<typeof buildApplication>[1] = {}) {
  const user = await buildUser(t, { displayName: '张阿姨' });
  const token = (await openSessionFor(t.deps, user.id)).accessToken;
  const app = await buildApplication(t, { status: 'accepted', applicantUserId: user.id, ...spec });
  return { id: app.id, token, userId: user.id };
}
const resolveRefused = (id: string, expectedVersion = 1) =>
  staffDetail('cases.resolve', {
    id,
    expectedVersion,
    outcome: 'refused',
    decidedText: '经核对，家庭人均收入高于本区低保标准。',
    reason: '家庭人均收入超过低保标准',
    alternatives: [
      { kind: 'policy', slug: policy.slug },
      { kind: 'service', slug: service.slug },
    ],
  });

beforeAll(async () => {
  const staffSession = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
  staff = staffSession.accessToken;
  staffUserId = staffSession.userId;
  other = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005057' }] })).accessToken;
  const [p] = await t.deps.db
    .select({ slug: policies.slug, title: policies.title })
    .from(policies)
    .where(eq(policies.status, 'published'))
    .limit(1);
  const [s] = await t.deps.db
    .select({ slug: services.slug, title: services.name })
    .from(services)
    .where(eq(services.status, 'published'))
    .limit(1);
  if (!p || !s) throw new Error('the seeded lists have no published policy or service');
  policy = p;
  service = s;
});

describe('cases.resolve with an outcome', () => {
  it('401 without a session; 400 naming decidedText, reason and alternatives; 404 out of scope', async () => {
    const { id } = await residentCase();
    expect((await post(t, 'cases.resolve', { id, expectedVersion: 1, outcome: 'approved' })).status).toBe(401);
    const noText = await post(t, 'cases.resolve', { id, expectedVersion: 1, outcome: 'approved' }, staff);
    expect([noText.status, fields(noText)]).toEqual([400, ['decidedText']]);
    const refused = await post(
      t,
      'cases.resolve',
      { id, expectedVersion: 1, outcome: 'refused', decidedText: '不符合低保条件' },
      staff,
    );
    expect([refused.status, fields(refused)]).toEqual([400, ['reason', 'alternatives']]);
    const unknown = await post(
      t,
      'cases.resolve',
      {
        id,
        expectedVersion: 1,
        outcome: 'refused',
        decidedText: '不符合低保条件',
        reason: '收入超过标准',
        alternatives: [{ kind: 'policy', slug: 'no-such-policy' }],
      },
      staff,
    );
    expect([unknown.status, fields(unknown)]).toEqual([400, ['alternatives']]);
    const outside = await post(
      t,
      'cases.resolve',
      { id, expectedVersion: 1, outcome: 'approved', decidedText: '已办好' },
      other,
    );
    expect(outside.status).toBe(404);
    // nothing of the refused attempts was stored
    expect(await t.deps.db.select().from(applicationOutcomes).where(eq(applicationOutcomes.applicationId, id))).toEqual(
      [],
    );
  });

  it('a refusal stores its reason and alternatives; staff and the resident read them with titles', async () => {
    const { id, token } = await residentCase();
    const d = await resolveRefused(id);
    expect([d.status, d.statusLabel, d.outcome]).toEqual(['resolved', '已办结，待确认', 'refused']);
    expect(d.resolution).toMatchObject({
      outcome: 'refused',
      reason: '家庭人均收入超过低保标准',
      alternatives: [
        { kind: 'policy', slug: policy.slug, title: policy.title },
        { kind: 'service', slug: service.slug, title: service.title },
      ],
    });
    const mine = ZApplicationDetail.parse(await ok('applications.get', { id }, token));
    expect(mine.statusText).toBe('已办结，待确认');
    expect(mine.outcome).toMatchObject({
      outcomeText: '这次申请没有通过。',
      decidedText: '经核对，家庭人均收入高于本区低保标准。',
      reason: '家庭人均收入超过低保标准',
    });
    expect(mine.outcome?.alternatives.map((a) => a.title)).toEqual([policy.title, service.title]);
    expect([mine.canConfirm, mine.canAskReopen]).toEqual([true, true]);
    expect(mine.autoCloseAt).toBe(new Date(t.clock.now().getTime() + 7 * DAY).toISOString());
  });
});

describe('applications.confirmResolution (问题解决了吗？)', () => {
  it('401; 400 naming solved; 404 for someone else; 409 before resolution', async () => {
    const { id, token } = await residentCase();
    expect((await post(t, 'applications.confirmResolution', { id, expectedVersion: 1, solved: true })).status).toBe(
      401,
    );
    const bad = await post(t, 'applications.confirmResolution', { id, expectedVersion: 1 }, token);
    expect([bad.status, fields(bad)]).toEqual([400, ['solved']]);
    const stranger = (await buildSession(t)).accessToken;
    const notMine = await post(t, 'applications.confirmResolution', { id, expectedVersion: 1, solved: true }, stranger);
    expect(notMine.status).toBe(404);
    const early = await post(t, 'applications.confirmResolution', { id, expectedVersion: 1, solved: true }, token);
    expect(early.status).toBe(409);
  });

  it('是 closes the case in the resident’s words', async () => {
    const { id, token } = await residentCase();
    await staffDetail('cases.resolve', { id, expectedVersion: 1, outcome: 'approved', decidedText: '临时救助已发放' });
    const mine = ZApplicationDetail.parse(
      await ok('applications.confirmResolution', { id, expectedVersion: 2, solved: true }, token),
    );
    expect([mine.status, mine.statusText, mine.canConfirm]).toEqual(['closed', '已结案', false]);
    expect(mine.outcome?.outcomeText).toBe('您的申请已经办好了。');
    expect(mine.timeline.at(-1)?.text).toBe('您确认问题已解决，已结案');
  });

  it('还没有 alerts the staff of the handling point once per reopening, with generic text only', async () => {
    const { id, token } = await residentCase();
    const alerts = async () =>
      (await t.deps.db.select().from(outbox).where(eq(outbox.topic, TOPIC_STAFF_ALERT))).filter((m) =>
        m.dedupeKey.startsWith(`staff-alert:${id}:`),
      );
    await staffDetail('cases.resolve', { id, expectedVersion: 1, outcome: 'partly', decidedText: '已安排助餐' });
    expect(await alerts()).toEqual([]);
    await ok('applications.confirmResolution', { id, expectedVersion: 2, solved: false, note: '药费还没报' }, token);
    const first = await alerts();
    expect(first.map((m) => (m.payload as { userId: string }).userId)).toContain(staffUserId);
    const text = JSON.stringify(first.map((m) => m.payload));
    expect(text).toContain('有一份申请需要重新办理');
    for (const secret of ['药费还没报', '张阿姨', id, '助餐']) expect(text).not.toContain(secret);
    // resolved and reopened again: a new alert, not swallowed by the first one's dedupe key
    await staffDetail('cases.resolve', { id, expectedVersion: 3, outcome: 'approved', decidedText: '已办好' });
    await ok('applications.confirmResolution', { id, expectedVersion: 4, solved: false }, token);
    expect((await alerts()).filter((m) => (m.payload as { userId: string }).userId === staffUserId)).toHaveLength(2);
    // 解决了 alerts nobody
    await staffDetail('cases.resolve', { id, expectedVersion: 5, outcome: 'approved', decidedText: '已办好' });
    await ok('applications.confirmResolution', { id, expectedVersion: 6, solved: true }, token);
    expect((await alerts()).filter((m) => (m.payload as { userId: string }).userId === staffUserId)).toHaveLength(2);
  });

  it('还没有 sends it back to its point with a timeline entry; after the window it is refused', async () => {
    const { id, token } = await residentCase();
    const resolved = await staffDetail('cases.resolve', {
      id,
      expectedVersion: 1,
      outcome: 'partly',
      decidedText: '已安排助餐',
    });
    const mine = ZApplicationDetail.parse(
      await ok('applications.confirmResolution', { id, expectedVersion: 2, solved: false, note: '药费还没报' }, token),
    );
    expect([mine.status, mine.statusText, mine.outcome]).toEqual(['in_progress', '办理中', null]);
    expect(mine.timeline.at(-1)?.text).toBe('您说问题还没解决，已重新办理');
    const d = await staffDetail('cases.get', { id });
    expect([d.servicePoint?.id, d.timeline.at(-1)?.type, d.timeline.at(-1)?.note]).toEqual([
      resolved.servicePoint?.id,
      'reopen',
      '药费还没报',
    ]);
    expect(d.timeline.at(-1)?.data).toMatchObject({ by: 'resident' });
    expect(d.resolveDueAt).not.toBeNull();

    // resolved again, then 31 days pass: closed by the sweep, and too late to reopen
    const start = t.clock.now();
    await staffDetail('cases.resolve', { id, expectedVersion: 3, outcome: 'approved', decidedText: '药费已报销' });
    try {
      t.clock.set(new Date(start.getTime() + 31 * DAY));
      await runClosureSweep(t.deps);
      const fresh = (await openSessionFor(t.deps, (await ownerOf(id))!)).accessToken;
      const late = await post(t, 'applications.confirmResolution', { id, expectedVersion: 5, solved: false }, fresh);
      expect([late.status, late.body.code]).toEqual([409, 'CONFLICT']);
    } finally {
      t.clock.set(start);
    }
  });
});

async function ownerOf(id: string) {
  const [row] = await t.deps.db
    .select({ userId: applications.applicantUserId })
    .from(applications)
    .where(eq(applications.id, id));
  return row?.userId;
}

describe('cases.followUp (回访)', () => {
  it('401; 400 naming result; 404 out of scope; 409 unless resolved', async () => {
    const { id } = await residentCase();
    expect((await post(t, 'cases.followUp', { id, expectedVersion: 1, result: 'solved' })).status).toBe(401);
    const bad = await post(t, 'cases.followUp', { id, expectedVersion: 1, result: 'maybe' }, staff);
    expect([bad.status, fields(bad)]).toEqual([400, ['result']]);
    expect((await post(t, 'cases.followUp', { id, expectedVersion: 1, result: 'solved' }, other)).status).toBe(404);
    for (const result of ['solved', 'not_solved', 'unreachable'])
      expect((await post(t, 'cases.followUp', { id, expectedVersion: 1, result }, staff)).status).toBe(409);
  });

  it('unreachable leaves a note and the case waiting; solved closes it; not solved reopens it', async () => {
    const a = await residentCase();
    await staffDetail('cases.resolve', { id: a.id, expectedVersion: 1, outcome: 'approved', decidedText: '已办好' });
    let d = await staffDetail('cases.followUp', {
      id: a.id,
      expectedVersion: 2,
      result: 'unreachable',
      note: '没人接',
    });
    expect([d.status, d.version, d.timeline.at(-1)?.type]).toEqual(['resolved', 3, 'followUp']);
    d = await staffDetail('cases.followUp', { id: a.id, expectedVersion: 3, result: 'solved' });
    expect([d.status, d.timeline.at(-1)?.data]).toEqual(['closed', { by: 'followUp', result: 'solved' }]);

    const b = await residentCase();
    await staffDetail('cases.resolve', { id: b.id, expectedVersion: 1, outcome: 'approved', decidedText: '已办好' });
    d = await staffDetail('cases.followUp', { id: b.id, expectedVersion: 2, result: 'not_solved', note: '还缺护理' });
    expect([d.status, d.outcome, d.resolution]).toEqual(['in_progress', null, null]);
    const mine = ZApplicationDetail.parse(await ok('applications.get', { id: b.id }, b.token));
    expect(mine.timeline.at(-1)?.text).toBe('工作人员回访后重新办理');
  });
});

describe('the closure sweep', () => {
  it('closes a resolved case nobody answered after AUTO_CLOSE_DAYS, not before', async () => {
    const { id, token } = await residentCase();
    const start = t.clock.now();
    await staffDetail('cases.resolve', { id, expectedVersion: 1, outcome: 'approved', decidedText: '已办好' });
    try {
      t.clock.set(new Date(start.getTime() + 6 * DAY));
      await runClosureSweep(t.deps);
      expect((await statusOf(id)).status).toBe('resolved');
      t.clock.set(new Date(start.getTime() + 7 * DAY + 60_000));
      expect((await runClosureSweep(t.deps)).autoClosed).toBeGreaterThanOrEqual(1);
      expect((await statusOf(id)).status).toBe('closed');
      const [event] = await t.deps.db
        .select()
        .from(applicationEvents)
        .where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, 'close')));
      expect([event?.actorUserId, event?.data]).toEqual([null, { by: 'auto' }]);
      const fresh = (await openSessionFor(t.deps, (await ownerOf(id))!)).accessToken;
      const mine = ZApplicationDetail.parse(await ok('applications.get', { id }, fresh));
      expect([mine.statusText, mine.canConfirm, mine.canAskReopen]).toEqual(['已结案', false, true]);
      expect(mine.timeline.at(-1)?.text).toBe('办结后一直没有收到您的反馈，已自动结案');
      expect(token).not.toBe(fresh);
    } finally {
      t.clock.set(start);
    }
  });

  it('accept starts the resolution deadline; past it the case escalates one tier up with a timeline entry', async () => {
    const app = await buildApplication(t, { categories: ['elderly_care'] });
    const start = t.clock.now();
    const d = await staffDetail('cases.accept', { id: app.id, expectedVersion: 1 });
    expect(d.resolveDueAt).not.toBeNull();
    const due = new Date(d.resolveDueAt!);
    // normal, no category figure: 15 working days on the official calendar
    expect(due).toEqual(addChinaWorkingDays(start, 15));
    try {
      t.clock.set(new Date(due.getTime() - 60_000));
      await runClosureSweep(t.deps);
      expect((await statusOf(app.id)).status).toBe('accepted');
      t.clock.set(new Date(due.getTime() + 60_000));
      expect((await runClosureSweep(t.deps)).resolveEscalated).toBeGreaterThanOrEqual(1);
      const row = await statusOf(app.id);
      expect([row.status, row.assigneeUserId, row.resolveDueAt]).toEqual(['escalated', null, null]);
      const [event] = await t.deps.db
        .select()
        .from(applicationEvents)
        .where(and(eq(applicationEvents.applicationId, app.id), eq(applicationEvents.type, 'escalate')));
      expect(event?.note).toMatch(/^超过办结时限，自动转/);
      expect(event?.data).toMatchObject({ automatic: true, reason: 'resolveOverdue' });
    } finally {
      t.clock.set(start);
    }
  });

  it('a hub case past its resolution deadline is flagged once', async () => {
    const app = await buildApplication(t, {
      routeTo: '330106000000',
      status: 'in_progress',
      resolveDueAt: new Date(t.clock.now().getTime() - 60_000),
    });
    expect((await runClosureSweep(t.deps)).resolveFlaggedAtHub).toBeGreaterThanOrEqual(1);
    const row = await statusOf(app.id);
    expect([row.status, row.flags]).toEqual(['in_progress', ['resolve_overdue_at_hub']]);
    await runClosureSweep(t.deps);
    expect((await statusOf(app.id)).flags).toEqual(['resolve_overdue_at_hub']);
  });
});

async function statusOf(id: string) {
  const [row] = await t.deps.db.select().from(applications).where(eq(applications.id, id));
  return row!;
}
