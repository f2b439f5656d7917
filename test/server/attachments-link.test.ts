/**
 * Staged uploads become an application's files (submit, added information) or a visit's photos, inside the same
 * transaction; who then sees them in details and may download them (applicant, subject, staff in scope) and who
 * gets 404 (other residents, staff of another point, department officers, visit photos for residents).
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { ZApplicationDetail } from '../../shared/schemas/applications';
import { ZStaffCaseDetail } from '../../shared/schemas/cases';
import { queryRows } from '../../server/src/db/client';
import { departments, users } from '../../server/src/db/schema';
import { attachments, departmentReferrals } from '../../server/src/db/schema-applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { proxyBody, referralBody, selfBody, submit } from './support/intake';
import { jpegWithGps, pdf, png, readStored, storedState, upload, useDataDir } from './support/attachments';

const dataDir = useDataDir();
const t = useTestApp({ env: { DATA_DIR: dataDir } });
type Session = Awaited<ReturnType<typeof buildSession>>;

let applicant: Session;
let stranger: Session;
let worker: Session;
let otherPointWorker: Session;
let stationWorker: Session;
beforeAll(async () => {
  applicant = await buildSession(t, { displayName: '张阿姨' });
  stranger = await buildSession(t);
  worker = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
  otherPointWorker = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005056' }] });
  stationWorker = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
});

async function staged(s: Session, data: Buffer | Promise<Buffer>, name: string, purpose?: string): Promise<string> {
  const res = await upload(t, s.accessToken, await data, name, { purpose });
  expect(res.status).toBe(201);
  return res.body.data.id;
}
const download = (id: string, s?: Session) => {
  const req = t.api().get(`/api/attachments/${id}`).buffer(true);
  return s ? req.set('Authorization', `Bearer ${s.accessToken}`) : req;
};
const countApplications = async () =>
  (await queryRows<{ n: number }>(t.deps.db, sql`select count(*)::int as n from applications`))[0]!.n;
const rowOf = async (id: string) => (await t.deps.db.select().from(attachments).where(eq(attachments.id, id)))[0]!;
const fieldOf = (res: { body: { details?: { field: string }[] } }) => res.body.details?.[0]?.field;

describe('applications.submit with attachmentIds', () => {
  let applicationId = '';
  let photoId = '';
  let scanId = '';

  it('links the staged files in the submit transaction and lists them to the applicant', async () => {
    photoId = await staged(applicant, jpegWithGps(), '病房.jpg');
    scanId = await staged(applicant, pdf(), '诊断证明.pdf');
    const res = await submit(t, applicant.accessToken, selfBody({ attachmentIds: [photoId, scanId] }));
    expect(res.status).toBe(200);
    applicationId = res.body.data.id;
    for (const id of [photoId, scanId])
      expect(await rowOf(id)).toMatchObject({
        applicationId,
        purpose: 'application',
        linkedAt: expect.any(Date),
        eventId: null,
      });

    const detail = ZApplicationDetail.parse(
      (await post(t, 'applications.get', { id: applicationId }, applicant.accessToken)).body.data,
    );
    expect(detail.attachments).toEqual([
      {
        id: photoId,
        kind: 'image',
        mime: 'image/jpeg',
        bytes: expect.any(Number),
        name: '病房.jpg',
        purpose: 'application',
      },
      {
        id: scanId,
        kind: 'pdf',
        mime: 'application/pdf',
        bytes: (await rowOf(scanId)).bytes,
        name: '诊断证明.pdf',
        purpose: 'application',
      },
    ]);
  });

  it('lets the applicant and staff in scope download; other residents, staff of another point and officers get 404', async () => {
    const own = await download(scanId, applicant);
    expect(own.status).toBe(200);
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect(own.headers['content-disposition']).toMatch(/^attachment; /);
    expect(Buffer.from(own.body).equals(readStored(dataDir, (await rowOf(scanId)).storageKey))).toBe(true);

    for (const s of [worker, stationWorker]) {
      const res = await download(photoId, s);
      expect([res.status, res.headers['content-type'], res.headers['x-content-type-options']]).toEqual([
        200,
        'image/jpeg',
        'nosniff',
      ]);
    }
    const audits = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from audit_log where action = 'attachment.downloaded' and entity_id = ${applicationId}`,
    );
    expect(audits[0]!.n).toBe(2);

    const [dept] = await t.deps.db.select().from(departments).where(eq(departments.code, 'civil_affairs'));
    await t.deps.db
      .insert(departmentReferrals)
      .values({ applicationId, departmentId: dept!.id, referredByUserId: worker.userId, note: '请核对低保' });
    const officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
    expect((await post(t, 'cases.get', { id: applicationId }, officer.accessToken)).body.data.view).toBe('officer');
    for (const s of [stranger, otherPointWorker, officer]) {
      const res = await download(photoId, s);
      expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
    }
    expect((await download(photoId)).status).toBe(401);
    expect((await download(randomUUID(), applicant)).status).toBe(404);
  });

  it('lists the files to staff in the case detail', async () => {
    const detail = ZStaffCaseDetail.parse(
      (await post(t, 'cases.get', { id: applicationId }, worker.accessToken)).body.data,
    );
    expect(detail.attachments.map((a) => [a.id, a.purpose])).toEqual([
      [photoId, 'application'],
      [scanId, 'application'],
    ]);
  });

  it("refuses another user's upload (400 attachmentIds) and stores nothing", async () => {
    const theirs = await staged(stranger, png(), 'theirs.png');
    const mine = await staged(applicant, png(), 'mine.png');
    const [apps, state] = [await countApplications(), await storedState(t, dataDir)];
    const res = await submit(t, applicant.accessToken, selfBody({ attachmentIds: [mine, theirs] }));
    expect([res.status, res.body.code, fieldOf(res)]).toEqual([400, 'VALIDATION_FAILED', 'attachmentIds']);
    expect(await countApplications()).toBe(apps);
    expect(await storedState(t, dataDir)).toEqual(state);
    for (const id of [mine, theirs]) expect((await rowOf(id)).applicationId).toBeNull();
  });

  it('refuses files without the sensitive-data consent (400 consents.sensitiveData), linking and storing nothing', async () => {
    const id = await staged(applicant, png(), 'proof.png');
    const apps = await countApplications();
    const body = selfBody({ attachmentIds: [id], consents: { privacyNotice: true, sensitiveData: false } });
    const res = await submit(t, applicant.accessToken, body);
    expect([res.status, res.body.code, fieldOf(res)]).toEqual([400, 'VALIDATION_FAILED', 'consents.sensitiveData']);
    expect(res.body.message).toContain('敏感信息');
    expect(await countApplications()).toBe(apps);
    expect((await rowOf(id)).applicationId).toBeNull();
    // without files the description alone still needs it (test/server/sensitive-consent.test.ts has the matrix)
    const plain = await submit(
      t,
      applicant.accessToken,
      selfBody({ consents: { privacyNotice: true, sensitiveData: false } }),
    );
    expect([plain.status, fieldOf(plain)]).toEqual([400, 'consents.sensitiveData']);
  });

  it('refuses already linked, unknown, duplicate, visit-purpose ids and a 10th file, each naming attachmentIds', async () => {
    const apps = await countApplications();
    const visitPhoto = await staged(applicant, png(), 'visit.png', 'visit');
    const nine = await Promise.all(Array.from({ length: 9 }, (_, i) => staged(applicant, png(4, 4), `p${i}.png`)));
    const cases: unknown[][] = [
      [photoId],
      [randomUUID()],
      [nine[0], nine[0]],
      [visitPhoto],
      [...nine, randomUUID()],
      ['not-a-uuid'],
    ];
    for (const ids of cases) {
      const res = await submit(t, applicant.accessToken, selfBody({ attachmentIds: ids }));
      expect([res.status, fieldOf(res)?.split('.')[0]]).toEqual([400, 'attachmentIds']);
    }
    expect(await countApplications()).toBe(apps);
    // nine is the most, and they link
    const ok = await submit(t, applicant.accessToken, selfBody({ attachmentIds: nine }));
    expect(ok.status).toBe(200);
    const linked = await t.deps.db.select().from(attachments).where(eq(attachments.applicationId, ok.body.data.id));
    expect(linked).toHaveLength(9);
  });

  it('refuses files on a referral: a neighbour never sends photos of someone else', async () => {
    const id = await staged(applicant, png(), 'neighbour.png');
    const res = await submit(t, applicant.accessToken, referralBody({ attachmentIds: [id] }));
    expect([res.status, fieldOf(res)]).toEqual([400, 'attachmentIds']);
    expect((await rowOf(id)).applicationId).toBeNull();
  });

  it('lets the subject of a proxy application see and download its files once they entered the code staff gave them', async () => {
    const son = await buildSession(t);
    const father = await buildSession(t);
    const file = await staged(son, pdf(), '父亲的残疾证.pdf');
    const { id, refNo } = (await submit(t, son.accessToken, proxyBody({ phone: '13700002222', attachmentIds: [file] })))
      .body.data;
    expect((await download(file, father)).status).toBe(404);
    await t.deps.db
      .update(users)
      .set({ phoneHash: t.deps.cipher.blindIndex('13700002222') })
      .where(eq(users.id, father.userId));
    expect((await download(file, father)).status).toBe(404); // the typed phone alone grants nothing
    const { code } = (await post(t, 'cases.subjectCode', { id }, worker.accessToken)).body.data;
    expect((await post(t, 'applications.claimSubject', { refNo, code }, father.accessToken)).status).toBe(200);
    const seen = await post(t, 'applications.get', { id }, father.accessToken);
    expect(seen.body.data.attachments.map((a: { id: string }) => a.id)).toEqual([file]);
    expect((await download(file, father)).status).toBe(200);
  });
});

describe('cases.visit with photoIds', () => {
  let caseId = '';
  let version = 0;

  beforeAll(async () => {
    caseId = (await submit(t, applicant.accessToken, selfBody())).body.data.id;
    const accepted = await post(t, 'cases.accept', { id: caseId, expectedVersion: 1 }, worker.accessToken);
    expect(accepted.status).toBe(200);
    version = accepted.body.data.version;
  });

  const visit = (s: Session, photoIds: unknown[]) =>
    post(
      t,
      'cases.visit',
      {
        id: caseId,
        expectedVersion: version,
        note: '上门看了看，家里比较困难',
        visitedAt: t.clock.now().toISOString(),
        photoIds,
      },
      s.accessToken,
    );

  it("refuses a resident's upload, a PDF and an application-purpose upload as photos, recording no visit", async () => {
    const residentPhoto = await staged(applicant, png(), 'mine.png', 'visit');
    const scan = await staged(worker, pdf(), 'scan.pdf', 'visit');
    const evidence = await staged(worker, png(), 'evidence.png');
    for (const ids of [[residentPhoto], [scan], [evidence]]) {
      const res = await visit(worker, ids);
      expect([res.status, fieldOf(res)]).toEqual([400, 'photoIds']);
    }
    const detail = (await post(t, 'cases.get', { id: caseId }, worker.accessToken)).body.data;
    expect([detail.version, detail.timeline.some((e: { type: string }) => e.type === 'visit')]).toEqual([
      version,
      false,
    ]);
  });

  it('links the photos to the case and its visit event; staff see them, the applicant does not', async () => {
    const photos = [
      await staged(worker, jpegWithGps(), '门口.jpg', 'visit'),
      await staged(worker, png(), '厨房.png', 'visit'),
    ];
    const res = await visit(worker, photos);
    expect(res.status).toBe(200);
    const detail = ZStaffCaseDetail.parse(res.body.data);
    expect(detail.attachments.filter((a) => a.purpose === 'visit').map((a) => a.id)).toEqual(photos);
    const event = detail.timeline.find((e) => e.type === 'visit')!;
    expect(event.data.photoIds).toEqual(photos);
    const rows = await t.deps.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.applicationId, caseId), eq(attachments.purpose, 'visit')));
    expect(rows.map((r) => r.eventId)).toEqual([event.id, event.id]);

    expect((await download(photos[0]!, stationWorker)).status).toBe(200);
    expect((await download(photos[0]!, applicant)).status).toBe(404);
    expect((await download(photos[0]!, otherPointWorker)).status).toBe(404);
    const mine = ZApplicationDetail.parse(
      (await post(t, 'applications.get', { id: caseId }, applicant.accessToken)).body.data,
    );
    expect(mine.attachments).toEqual([]);
  });

  it('refuses a 10th photo (400 photoIds)', async () => {
    const ids = Array.from({ length: 10 }, () => randomUUID());
    const current = (await post(t, 'cases.get', { id: caseId }, worker.accessToken)).body.data.version;
    const res = await post(
      t,
      'cases.visit',
      { id: caseId, expectedVersion: current, note: '再次走访', visitedAt: t.clock.now().toISOString(), photoIds: ids },
      worker.accessToken,
    );
    expect([res.status, fieldOf(res)]).toEqual([400, 'photoIds']);
  });
});

describe('applications.provideInfo with attachmentIds', () => {
  it('adds files when answering a request for information, linked to that event', async () => {
    const id = (await submit(t, applicant.accessToken, selfBody())).body.data.id;
    const accepted = await post(t, 'cases.accept', { id, expectedVersion: 1 }, worker.accessToken);
    const asked = await post(
      t,
      'cases.askInfo',
      { id, expectedVersion: accepted.body.data.version, message: '请补充收入证明', dueDays: 7 },
      worker.accessToken,
    );
    expect(asked.status).toBe(200);

    const theirs = await staged(stranger, pdf(), 'x.pdf');
    const refused = await post(
      t,
      'applications.provideInfo',
      { id, message: '已上传', attachmentIds: [theirs] },
      applicant.accessToken,
    );
    expect([refused.status, fieldOf(refused)]).toEqual([400, 'attachmentIds']);
    expect((await post(t, 'applications.get', { id }, applicant.accessToken)).body.data.status).toBe('needs_info');

    const proof = await staged(applicant, pdf(), '收入证明.pdf');
    const res = await post(
      t,
      'applications.provideInfo',
      { id, message: '已上传收入证明', attachmentIds: [proof] },
      applicant.accessToken,
    );
    expect(res.status).toBe(200);
    expect(res.body.data.attachments.map((a: { name: string }) => a.name)).toEqual(['收入证明.pdf']);
    const row = await rowOf(proof);
    const [event] = await queryRows<{ type: string }>(
      t.deps.db,
      sql`select type from application_events where id = ${row.eventId}`,
    );
    expect(event!.type).toBe('provideInfo');
  });
});
