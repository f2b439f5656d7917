/** cases.get (masked, audited), cases.reveal (audited with reason) and the department officer's allow-listed view. */
import { and, desc, eq } from 'drizzle-orm';
import { ZOfficerCaseView, ZStaffCaseDetail } from '../../shared/schemas/cases';
import { auditLog } from '../../server/src/db/schema';
import { consents } from '../../server/src/db/schema-applications';
import { buildApplication, makeIdNumber } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
const ID = makeIdNumber('20120315', '123');
const PHONE = '13912345678';
let staff = { accessToken: '', userId: '' };
let otherPoint = '';
let caseId = '';

async function lastAudit(action: string, entityId: string) {
  const [row] = await t.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

beforeAll(async () => {
  staff = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
  otherPoint = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005057' }] }))
    .accessToken;
  const app = await buildApplication(t, { idNumber: ID, phone: PHONE, flags: ['possible_duplicate'] });
  caseId = app.id;
  await t.deps.db.insert(consents).values({
    applicationId: caseId,
    purpose: 'privacy_notice',
    grantedByUserId: app.applicantUserId,
    method: 'in_app',
    grantedAt: t.clock.now(),
  });
});

describe('cases.get', () => {
  it('401 without a session, 400 naming id, 404 out of scope or unknown', async () => {
    expect((await post(t, 'cases.get', { id: caseId })).status).toBe(401);
    const bad = await post(t, 'cases.get', { id: 'x' }, staff.accessToken);
    expect([bad.status, bad.body.details[0].field]).toEqual([400, 'id']);
    for (const [token, id] of [
      [otherPoint, caseId],
      [staff.accessToken, '00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const res = await post(t, 'cases.get', { id }, token);
      expect(res.status).toBe(404);
      expect(res.body.data).toBeUndefined();
      expect(JSON.stringify(res.body)).not.toContain('王秀英');
    }
  });

  it('shows the full case with ID and phone masked, and audits the read without personal data', async () => {
    const res = await post(t, 'cases.get', { id: caseId }, staff.accessToken);
    expect(res.status).toBe(200);
    const d = ZStaffCaseDetail.parse(res.body.data);
    expect(d.idNumberMasked).toBe(`3301**********${ID.slice(-4)}`);
    expect(d.phoneMasked).toBe('139****5678');
    expect(JSON.stringify(res.body)).not.toContain(ID);
    expect(JSON.stringify(res.body)).not.toContain(PHONE);
    expect(d.routing.ruleVersion).toBe(1);
    expect(d.routing.text).toMatch(/^已分派至/);
    expect(d.routing.detail.rule).toBe('community');
    expect(d.flags).toEqual(['possible_duplicate']);
    expect(d.consents).toHaveLength(1);
    expect(d.nextActions).toEqual(['accept', 'askInfo', 'transfer', 'escalate']);
    expect(d.communityName).toBe('翠苑一区社区');
    const audit = await lastAudit('case.viewed', caseId);
    expect(audit?.actorUserId).toBe(staff.userId);
    expect(audit?.data).not.toContain(ID.slice(-4));
  });
});

describe('cases.reveal', () => {
  it('401, 400 naming reason / note / field, 404 out of scope', async () => {
    expect((await post(t, 'cases.reveal', { id: caseId, field: 'phone', reason: 'call_person' })).status).toBe(401);
    const free = await post(
      t,
      'cases.reveal',
      { id: caseId, field: 'phone', reason: '电话回访核实' },
      staff.accessToken,
    );
    expect([free.status, free.body.details[0].field]).toEqual([400, 'reason']);
    const missing = await post(t, 'cases.reveal', { id: caseId, field: 'phone' }, staff.accessToken);
    expect([missing.status, missing.body.details[0].field]).toEqual([400, 'reason']);
    for (const note of [undefined, '', '看', '看一下']) {
      const other = await post(
        t,
        'cases.reveal',
        { id: caseId, field: 'phone', reason: 'other', ...(note === undefined ? {} : { note }) },
        staff.accessToken,
      );
      expect([other.status, other.body.details[0].field, other.body.details[0].message]).toEqual([
        400,
        'note',
        '选择「其他」时，请写明查看原因（至少 4 个字）',
      ]);
    }
    const field = await post(
      t,
      'cases.reveal',
      { id: caseId, field: 'income', reason: 'call_person' },
      staff.accessToken,
    );
    expect([field.status, field.body.details[0].field]).toEqual([400, 'field']);
    const out = await post(t, 'cases.reveal', { id: caseId, field: 'phone', reason: 'call_person' }, otherPoint);
    expect(out.status).toBe(404);
    expect(JSON.stringify(out.body)).not.toContain(PHONE);
  });

  it('returns the plain value and audits who, which field and why (not the value)', async () => {
    const res = await post(
      t,
      'cases.reveal',
      { id: caseId, field: 'idNumber', reason: 'other', note: '核对低保档案' },
      staff.accessToken,
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ field: 'idNumber', value: ID });
    const audit = await lastAudit('case.revealed', caseId);
    expect(JSON.parse(audit!.data)).toEqual({ field: 'idNumber', reason: 'other', note: '核对低保档案' });
    expect(audit!.data).not.toContain(ID);
    expect(
      (await post(t, 'cases.reveal', { id: caseId, field: 'phone', reason: 'call_person' }, staff.accessToken)).body
        .data.value,
    ).toBe(PHONE);
    expect(JSON.parse((await lastAudit('case.revealed', caseId))!.data)).toEqual({
      field: 'phone',
      reason: 'call_person',
    });
  });

  it('department officers cannot reveal at all', async () => {
    const officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
    expect(
      (await post(t, 'cases.reveal', { id: caseId, field: 'phone', reason: 'call_person' }, officer.accessToken))
        .status,
    ).toBe(403);
  });
});

describe('department officer view', () => {
  let referred = '';
  beforeAll(async () => {
    referred = (await buildApplication(t, { idNumber: ID, phone: PHONE, status: 'accepted' })).id;
    const detail = ZStaffCaseDetail.parse((await post(t, 'cases.get', { id: referred }, staff.accessToken)).body.data);
    for (const [i, code] of ['education', 'civil_affairs', 'justice'].entries()) {
      const res = await post(
        t,
        'cases.referDepartment',
        { id: referred, expectedVersion: detail.version + i, departmentCode: code, note: '请协助核实' },
        staff.accessToken,
      );
      expect(res.status).toBe(200);
    }
  });

  it('sees only referred cases, with only the fields its department needs', async () => {
    const view = async (dept: string) => {
      const officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: dept }] });
      const res = await post(t, 'cases.get', { id: referred }, officer.accessToken);
      expect(JSON.stringify(res.body)).not.toContain(PHONE);
      expect(JSON.stringify(res.body)).not.toContain(ID);
      expect(JSON.stringify(res.body)).not.toMatch(/phone|timeline|consents/i);
      return res;
    };
    const edu = ZOfficerCaseView.parse((await view('education')).body.data);
    expect(edu.ageYears).toBeGreaterThanOrEqual(10);
    expect(edu.idNumberMasked).toBeUndefined();
    expect(edu.referral.note).toBe('请协助核实');
    const civil = ZOfficerCaseView.parse((await view('civil_affairs')).body.data);
    expect(civil.idNumberMasked).toBe(`3301**********${ID.slice(-4)}`);
    expect(civil.targetGroup).toBe('dibao');
    const justice = ZOfficerCaseView.parse((await view('justice')).body.data);
    expect(Object.keys(justice).sort()).toEqual(
      [
        'categories',
        'communityName',
        'description',
        'detailsWithheld',
        'id',
        'needTier',
        'referral',
        'refNo',
        'status',
        'streetName',
        'subjectName',
        'suggestions',
        'urgency',
        'view',
      ].sort(),
    );
    expect((await view('housing')).status).toBe(404);
    expect((await view('justice')).status).toBe(200);
    const other = await view('civil_affairs');
    expect(other.status).toBe(200);
    // not referred: not there
    const officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
    expect((await post(t, 'cases.get', { id: caseId }, officer.accessToken)).status).toBe(404);
    const q = (await post(t, 'cases.queue', {}, officer.accessToken)).body.data;
    expect(q.items.map((i: { id: string }) => i.id)).toEqual([referred]);
    expect(q.items[0].flags).toEqual([]);
  });

  it('answers a referral: accepted then done; done leaves the queue; 400/404/409', async () => {
    const officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'education' }] });
    expect(
      (await post(t, 'cases.referralRespond', { id: referred, note: '已联系学校', status: 'accepted' })).status,
    ).toBe(401);
    const bad = await post(
      t,
      'cases.referralRespond',
      { id: referred, note: '', status: 'accepted' },
      officer.accessToken,
    );
    expect([bad.status, bad.body.details[0].field]).toEqual([400, 'note']);
    expect(
      (
        await post(
          t,
          'cases.referralRespond',
          { id: caseId, note: '已联系学校', status: 'accepted' },
          officer.accessToken,
        )
      ).status,
    ).toBe(404);
    const ok = await post(
      t,
      'cases.referralRespond',
      { id: referred, note: '已联系学校', status: 'accepted' },
      officer.accessToken,
    );
    expect(ok.status).toBe(200);
    expect(ok.body.data.referral.status).toBe('accepted');
    expect(
      (
        await post(
          t,
          'cases.referralRespond',
          { id: referred, note: '再次接收', status: 'accepted' },
          officer.accessToken,
        )
      ).status,
    ).toBe(409);
    const done = await post(
      t,
      'cases.referralRespond',
      { id: referred, note: '已减免学杂费', status: 'done' },
      officer.accessToken,
    );
    expect(done.body.data.referral.status).toBe('done');
    expect((await post(t, 'cases.get', { id: referred }, officer.accessToken)).status).toBe(404);
    const staffView = ZStaffCaseDetail.parse(
      (await post(t, 'cases.get', { id: referred }, staff.accessToken)).body.data,
    );
    expect(staffView.timeline.filter((e) => e.type === 'referralResponse').map((e) => e.note)).toEqual([
      '已联系学校',
      '已减免学杂费',
    ]);
    expect(staffView.referrals.find((r) => r.department.code === 'education')?.status).toBe('done');
  });
});
