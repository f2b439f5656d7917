import { eq } from 'drizzle-orm';
import { ZApplicationDetail, ZMyApplications } from '../../shared/schemas/applications';
import { users } from '../../server/src/db/schema';
import { applications } from '../../server/src/db/schema-applications';
import { inTransaction } from '../../server/src/db/transaction';
import { applyTransition } from '../../server/src/features/applications/lifecycle';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { proxyBody, referralBody, selfBody, submit } from './support/intake';

const t = useTestApp();
const staffAct = (id: string, action: 'accept' | 'askInfo' | 'resolve' | 'contact', note?: string) =>
  inTransaction(t.deps.db, (tx) =>
    applyTransition(t.deps, tx, { applicationId: id, action, actorUserId: staffId, canAct: () => true, note }),
  );
let staffId = '';
beforeAll(async () => {
  staffId = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] })).userId;
});

describe('applications.mine / applications.get', () => {
  it('need a session and a valid id', async () => {
    expect((await post(t, 'applications.mine')).status).toBe(401);
    const s = await buildSession(t);
    const bad = await post(t, 'applications.get', { id: 'x' }, s.accessToken);
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('id');
  });

  it("shows the applicant their application with the routing reason and timeline, and nobody else's", async () => {
    const a = await buildSession(t);
    const other = await buildSession(t);
    const id = (await submit(t, a.accessToken, selfBody())).body.data.id;
    const mine = ZMyApplications.parse((await post(t, 'applications.mine', {}, a.accessToken)).body.data);
    expect(mine.items.map((i) => i.id)).toEqual([id]);
    const detail = ZApplicationDetail.parse((await post(t, 'applications.get', { id }, a.accessToken)).body.data);
    expect(detail).toMatchObject({
      role: 'applicant',
      status: 'submitted',
      statusText: '待受理',
      canWithdraw: true,
    });
    expect(detail.routingReason).toContain('翠苑一区社区');
    expect(detail.timeline.map((e) => e.text)).toEqual(['申请已提交']);
    expect((await post(t, 'applications.get', { id }, other.accessToken)).status).toBe(404);
    expect((await post(t, 'applications.mine', {}, other.accessToken)).body.data.items).toEqual([]);
  });

  it('lets the subject of a proxy application see it once they entered the code staff gave them, and revoke consent', async () => {
    const son = await buildSession(t);
    const father = await buildSession(t);
    const staff = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
    const { id, refNo } = (await submit(t, son.accessToken, proxyBody({ phone: '13700001111' }))).body.data;
    expect((await post(t, 'applications.get', { id }, father.accessToken)).status).toBe(404);
    await t.deps.db
      .update(users)
      .set({ phoneHash: t.deps.cipher.blindIndex('13700001111') })
      .where(eq(users.id, father.userId));
    expect((await post(t, 'applications.get', { id }, father.accessToken)).status).toBe(404); // the typed phone alone grants nothing
    const { code } = (await post(t, 'cases.subjectCode', { id }, staff.accessToken)).body.data;
    expect((await post(t, 'applications.claimSubject', { refNo, code }, father.accessToken)).status).toBe(200);
    const seen = await post(t, 'applications.get', { id }, father.accessToken);
    expect(seen.body.data).toMatchObject({ role: 'subject', canRevokeConsent: true, canWithdraw: false });
    expect((await post(t, 'applications.withdraw', { id }, father.accessToken)).status).toBe(409);
    const revoked = await post(t, 'applications.revokeConsent', { id }, father.accessToken);
    expect(revoked.status).toBe(200);
    expect(revoked.body.data.status).toBe('withdrawn');
    expect((await post(t, 'applications.get', { id }, son.accessToken)).body.data.statusText).toBe('已撤回');
    expect((await post(t, 'applications.revokeConsent', { id }, son.accessToken)).status).toBe(409);
  });

  it('shows a referrer only "received" / "being followed up", never details or the outcome', async () => {
    const neighbour = await buildSession(t);
    const id = (await submit(t, neighbour.accessToken, referralBody())).body.data.id;
    const first = await post(t, 'applications.get', { id }, neighbour.accessToken);
    expect(first.body.data).toMatchObject({
      role: 'referrer',
      statusText: '已收到',
      status: null,
      routingReason: null,
      servicePointName: null,
      version: null,
    });
    await staffAct(id, 'accept');
    await staffAct(id, 'resolve', '已落实低保');
    const later = await post(t, 'applications.get', { id }, neighbour.accessToken);
    expect(later.body.data.statusText).toBe('正在跟进');
    expect(later.text).not.toMatch(/低保|已办结|resolved/);
    expect(later.body.data.timeline).toHaveLength(1);
    expect((await post(t, 'applications.withdraw', { id }, neighbour.accessToken)).status).toBe(409);
  });
});

describe('applications.withdraw', () => {
  it('withdraws before resolution, once', async () => {
    const a = await buildSession(t);
    const id = (await submit(t, a.accessToken, selfBody())).body.data.id;
    const res = await post(t, 'applications.withdraw', { id, reason: '问题已经解决了' }, a.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'withdrawn', canWithdraw: false });
    expect(res.body.data.timeline.at(-1).text).toBe('申请已撤回');
    const again = await post(t, 'applications.withdraw', { id }, a.accessToken);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CONFLICT');
  });

  it('cannot withdraw after resolution, nor someone else’s application', async () => {
    const a = await buildSession(t);
    const id = (await submit(t, a.accessToken, selfBody())).body.data.id;
    const stranger = await buildSession(t);
    expect((await post(t, 'applications.withdraw', { id }, stranger.accessToken)).status).toBe(404);
    await staffAct(id, 'accept');
    await staffAct(id, 'resolve');
    expect((await post(t, 'applications.withdraw', { id }, a.accessToken)).status).toBe(409);
  });
});

describe('applications.provideInfo', () => {
  it('answers a request for information, resuming the deadline by the time waited', async () => {
    const a = await buildSession(t);
    const id = (await submit(t, a.accessToken, selfBody())).body.data.id;
    expect((await post(t, 'applications.provideInfo', { id, message: '补充' }, a.accessToken)).status).toBe(409);
    await staffAct(id, 'accept');
    await inTransaction(t.deps.db, (tx) =>
      applyTransition(t.deps, tx, {
        applicationId: id,
        action: 'askInfo',
        actorUserId: staffId,
        canAct: () => true,
        note: '请补充收入证明',
        patch: { pausedAt: t.clock.now() },
      }),
    );
    const asked = await post(t, 'applications.get', { id }, a.accessToken);
    expect(asked.body.data).toMatchObject({ status: 'needs_info', canProvideInfo: true });
    expect(asked.body.data.timeline.at(-1).text).toBe('需要您补充材料：请补充收入证明');
    const empty = await post(t, 'applications.provideInfo', { id, message: '' }, a.accessToken);
    expect(empty.body.details[0]).toEqual({ field: 'message', message: '请填写要补充的内容' });
    const dueBefore = (await t.deps.db.select().from(applications).where(eq(applications.id, id)))[0]!.dueAt!;
    t.clock.advance(5 * 60_000); // the resident answers five minutes later (within the access token's life)
    const res = await post(t, 'applications.provideInfo', { id, message: '收入证明明天送到服务点' }, a.accessToken);
    expect(res.body.data.status).toBe('in_progress');
    const [after] = await t.deps.db.select().from(applications).where(eq(applications.id, id));
    expect(after!.pausedAt).toBeNull();
    expect(after!.dueAt!.getTime() - dueBefore.getTime()).toBe(5 * 60_000);
  });
});
