/**
 * A typed phone number never opens someone's case (issue 10.3): the subject of a proxy application reaches it only
 * after binding their account with the one-time code staff read out (cases.subjectCode → applications.claimSubject),
 * and only from an account whose verified phone is the one the proxy typed. Wrong and recycled numbers see nothing.
 */
import { eq } from 'drizzle-orm';
import { auditLog, users } from '../../server/src/db/schema';
import { applications, subjectCodes } from '../../server/src/db/schema-applications';
import { openSessionFor } from '../../server/src/features/auth/auth.service';
import { pdf, upload, useDataDir } from './support/attachments';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { proxyBody, submit } from './support/intake';

const dataDir = useDataDir();
const t = useTestApp({ env: { DATA_DIR: dataDir } });
type Session = Awaited<ReturnType<typeof buildSession>>;

const PHONE = '13700003333';
let son: Session;
let worker: Session;
let otherWorker: Session;

beforeAll(async () => {
  son = await buildSession(t);
  worker = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
  otherWorker = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005056' }] });
});

/** A resident whose verified phone is `phone`. */
async function residentWithPhone(phone: string | null): Promise<Session> {
  const s = await buildSession(t);
  if (phone)
    await t.deps.db
      .update(users)
      .set({ phoneHash: t.deps.cipher.blindIndex(phone) })
      .where(eq(users.id, s.userId));
  return s;
}

/** A proxy application (by the son, for PHONE) with one evidence file. */
async function proxyCase() {
  const staged = await upload(t, son.accessToken, pdf(), '父亲的病历.pdf');
  expect(staged.status).toBe(201);
  const fileId: string = staged.body.data.id;
  const res = await submit(t, son.accessToken, proxyBody({ phone: PHONE, attachmentIds: [fileId] }));
  expect(res.status).toBe(200);
  return { id: res.body.data.id as string, refNo: res.body.data.refNo as string, fileId };
}

const issue = (id: string, s: Session = worker) => post(t, 'cases.subjectCode', { id }, s.accessToken);
const claim = (s: Session, refNo: string, code: string) =>
  post(t, 'applications.claimSubject', { refNo, code }, s.accessToken);
const download = (id: string, s: Session) =>
  t.api().get(`/api/attachments/${id}`).set('Authorization', `Bearer ${s.accessToken}`).buffer(true);
const codeRow = async (id: string) =>
  (await t.deps.db.select().from(subjectCodes).where(eq(subjectCodes.applicationId, id)))[0];
const subjectOf = async (id: string) =>
  (await t.deps.db.select({ s: applications.subjectUserId }).from(applications).where(eq(applications.id, id)))[0]!.s;
const wrongCode = (code: string) => (code === '000000' ? '000001' : '000000');

/** The owner of a number sees nothing of an application that typed it: no list, no detail, no file, no revocation. */
async function expectNoAccess(s: Session, c: { id: string; fileId: string }) {
  expect((await post(t, 'applications.mine', {}, s.accessToken)).body.data.items).toEqual([]);
  expect((await post(t, 'applications.get', { id: c.id }, s.accessToken)).status).toBe(404);
  expect((await download(c.fileId, s)).status).toBe(404);
  expect((await post(t, 'applications.revokeConsent', { id: c.id }, s.accessToken)).status).toBe(404);
}

describe('a typed phone grants nothing', () => {
  it('the owner of the typed number sees nothing, cannot download and cannot revoke', async () => {
    const c = await proxyCase();
    const owner = await residentWithPhone(PHONE);
    await expectNoAccess(owner, c);
    const [row] = await t.deps.db.select().from(applications).where(eq(applications.id, c.id));
    expect(row!.status).toBe('submitted');
  });

  it('a code read out to the wrong person is useless when their number is not the typed one', async () => {
    const c = await proxyCase();
    const { code } = (await issue(c.id)).body.data;
    const wrongPerson = await residentWithPhone('13700009999');
    const res = await claim(wrongPerson, c.refNo, code);
    expect([res.status, res.body.details?.[0]?.field]).toEqual([400, 'code']);
    expect(res.body.message).toContain('确认码或受理编号不对');
    expect(await subjectOf(c.id)).toBeNull();
    expect((await codeRow(c.id))!.tries).toBe(0); // not counted: a stranger cannot burn the real person's code
    await expectNoAccess(wrongPerson, c);
  });

  it('a recycled number: a new account with the same phone sees nothing, even after the real person claimed', async () => {
    const c = await proxyCase();
    const father = await residentWithPhone(PHONE);
    const { code } = (await issue(c.id)).body.data;
    expect((await claim(father, c.refNo, code)).status).toBe(200);
    const newOwner = await residentWithPhone(PHONE);
    await expectNoAccess(newOwner, c);
    const reuse = await claim(newOwner, c.refNo, code);
    expect(reuse.status).toBe(409);
    expect(await subjectOf(c.id)).toBe(father.userId);
    await expectNoAccess(newOwner, c);
  });
});

describe('cases.subjectCode → applications.claimSubject', () => {
  it('binds the subject, who then sees the application, downloads its files and can revoke consent', async () => {
    const c = await proxyCase();
    const father = await residentWithPhone(PHONE);
    const issued = await issue(c.id);
    expect(issued.status).toBe(200);
    expect(issued.body.data).toMatchObject({ refNo: c.refNo, code: expect.stringMatching(/^\d{6}$/) });
    expect(Date.parse(issued.body.data.expiresAt) - t.clock.now().getTime()).toBe(24 * 3600_000);
    const stored = (await codeRow(c.id))!;
    expect(stored.codeHash).not.toContain(issued.body.data.code);
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, c.id));
    expect(audit.map((a) => a.action)).toContain('case.subject_code_issued');
    expect(JSON.stringify(audit)).not.toContain(issued.body.data.code);

    const res = await claim(father, c.refNo.toLowerCase(), issued.body.data.code);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: c.id, role: 'subject', canRevokeConsent: true, canWithdraw: false });
    expect(
      (await post(t, 'applications.mine', {}, father.accessToken)).body.data.items.map((i: { id: string }) => i.id),
    ).toEqual([c.id]);
    expect((await download(c.fileId, father)).status).toBe(200);
    const revoked = await post(t, 'applications.revokeConsent', { id: c.id }, father.accessToken);
    expect([revoked.status, revoked.body.data.status]).toEqual([200, 'withdrawn']);
    expect((await download(c.fileId, father)).status).toBe(200); // their own application's files stay theirs
  });

  it('refuses a code once used, after a day, and after five wrong tries (the code is burnt)', async () => {
    const c = await proxyCase();
    const father = await residentWithPhone(PHONE);
    const first = (await issue(c.id)).body.data.code as string;
    expect((await claim(father, c.refNo, first)).status).toBe(200);
    const again = await claim(father, c.refNo, first);
    expect([again.status, again.body.message]).toEqual([409, '这个确认码已经失效，请联系工作人员重新获取']);

    const c3 = await proxyCase();
    const code = (await issue(c3.id)).body.data.code as string;
    for (let i = 1; i <= 4; i++) {
      const res = await claim(father, c3.refNo, wrongCode(code));
      expect([res.status, res.body.details?.[0]?.field]).toEqual([400, 'code']);
      expect((await codeRow(c3.id))!.tries).toBe(i);
    }
    const fifth = await claim(father, c3.refNo, wrongCode(code));
    expect([fifth.status, fifth.body.message]).toEqual([409, '确认码输错太多次，已经作废，请联系工作人员重新获取']);
    const burnt = await claim(father, c3.refNo, code);
    expect(burnt.status).toBe(409);
    expect(await subjectOf(c3.id)).toBeNull();
    const renewed = (await issue(c3.id)).body.data.code as string; // staff issue a new code: it works
    expect((await claim(father, c3.refNo, renewed)).status).toBe(200);

    const c2 = await proxyCase();
    const late = (await issue(c2.id)).body.data.code as string;
    t.clock.advance(24 * 3600_000);
    const fresh = await openSessionFor(t.deps, father.userId);
    const expired = await post(t, 'applications.claimSubject', { refNo: c2.refNo, code: late }, fresh.accessToken);
    expect([expired.status, expired.body.message]).toEqual([409, '这个确认码已经失效，请联系工作人员重新获取']);
    expect(await subjectOf(c2.id)).toBeNull();
    // the day passed: the other sessions of this file need new tokens
    worker = { ...worker, ...(await openSessionFor(t.deps, worker.userId)) };
    son = { ...son, ...(await openSessionFor(t.deps, son.userId)) };
    otherWorker = { ...otherWorker, ...(await openSessionFor(t.deps, otherWorker.userId)) };
  });

  it('answers 404 to staff out of scope, 409 for a self application, and refuses the applicant claiming', async () => {
    const c = await proxyCase();
    const out = await issue(c.id, otherWorker);
    expect(out.status).toBe(404);
    expect(await codeRow(c.id)).toBeUndefined();
    const resident = await buildSession(t);
    expect((await issue(c.id, resident)).status).toBe(403);
    const self = await submit(t, son.accessToken, {
      ...proxyBody(),
      channel: 'self',
      relationship: undefined,
      subjectConsentMethod: undefined,
      applicantPhone: undefined,
    });
    expect(self.status).toBe(200);
    expect((await issue(self.body.data.id)).status).toBe(409);
    await t.deps.db
      .update(users)
      .set({ phoneHash: t.deps.cipher.blindIndex(PHONE) })
      .where(eq(users.id, son.userId));
    const code = (await issue(c.id)).body.data.code as string;
    expect((await claim(son, c.refNo, code)).status).toBe(400);
    await t.deps.db.update(users).set({ phoneHash: null }).where(eq(users.id, son.userId));
  });

  it('needs a session (401), names the field of a bad input (400) and asks for a verified phone first (409)', async () => {
    expect((await post(t, 'applications.claimSubject', { refNo: 'XH261129-7KQ3', code: '123456' })).status).toBe(401);
    expect((await post(t, 'cases.subjectCode', { id: '00000000-0000-4000-8000-000000000000' })).status).toBe(401);
    const s = await residentWithPhone(PHONE);
    const badCode = await claim(s, 'XH261129-7KQ3', '12345');
    expect([badCode.status, badCode.body.details[0].field, badCode.body.details[0].message]).toEqual([
      400,
      'code',
      '确认码是 6 位数字',
    ]);
    const badRef = await claim(s, 'nope', '123456');
    expect([badRef.status, badRef.body.details[0].field]).toEqual([400, 'refNo']);
    const badId = await post(t, 'cases.subjectCode', { id: 'x' }, worker.accessToken);
    expect([badId.status, badId.body.details?.[0]?.field]).toEqual([400, 'id']);
    const unknown = await claim(s, 'XH261129-7KQ3', '123456');
    expect([unknown.status, unknown.body.details[0].field]).toEqual([400, 'code']);
    const noPhone = await residentWithPhone(null);
    const res = await claim(noPhone, 'XH261129-7KQ3', '123456');
    expect([res.status, res.body.message]).toEqual([409, '请先在“我的”页面验证手机号，再输入确认码']);
  });
});
