/**
 * Someone to call (issue 11.8): a proxy application carries the applicant's own phone (typed, or their verified
 * phone), stored only encrypted; staff see the applicant, the relationship and the phone masked beside the subject,
 * and reveal it through the audited reveal. The phone never reaches a log line, the outbox or the database in plain.
 */
import { and, eq, sql } from 'drizzle-orm';
import { ZStaffCaseDetail } from '../../shared/schemas/cases';
import { auditLog, users } from '../../server/src/db/schema';
import { applications } from '../../server/src/db/schema-applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { proxyBody, selfBody, submit } from './support/intake';
import { SENTINEL_APPLICANT_PHONE, sentinelsIn } from './support/sentinels';

const t = useTestApp();
let staff = '';
let other = '';

beforeAll(async () => {
  staff = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] })).accessToken;
  other = (await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005057' }] })).accessToken;
});

async function proxyApplication(over: Record<string, unknown>, verifiedPhone?: string) {
  const son = await buildSession(t, { displayName: '李小军' });
  if (verifiedPhone)
    await t.deps.db
      .update(users)
      .set({ phoneEnc: t.deps.cipher.encrypt(verifiedPhone), phoneHash: t.deps.cipher.blindIndex(verifiedPhone) })
      .where(eq(users.id, son.userId));
  const res = await submit(t, son.accessToken, proxyBody(over));
  return { res, son };
}

const staffCase = async (id: string) => ZStaffCaseDetail.parse((await post(t, 'cases.get', { id }, staff)).body.data);

describe('the applicant’s phone on a proxy application', () => {
  it('is stored encrypted, shown masked with the applicant and relationship, revealed with an audit entry', async () => {
    const mark = t.logs.length;
    const { res } = await proxyApplication({ applicantPhone: SENTINEL_APPLICANT_PHONE });
    expect(res.status).toBe(200);
    const id: string = res.body.data.id;

    const [row] = await t.deps.db.select().from(applications).where(eq(applications.id, id));
    expect(row!.applicantPhoneEnc).not.toContain(SENTINEL_APPLICANT_PHONE);
    expect(t.deps.cipher.decrypt(row!.applicantPhoneEnc!)).toBe(SENTINEL_APPLICANT_PHONE);

    const d = await staffCase(id);
    expect(d.applicant).toEqual({ displayName: '李小军', relationship: 'parent', phoneMasked: '199****0468' });
    expect(JSON.stringify(d)).not.toContain(SENTINEL_APPLICANT_PHONE);

    const reveal = await post(t, 'cases.reveal', { id, field: 'applicantPhone', reason: 'call_person' }, staff);
    expect(reveal.body.data).toEqual({ field: 'applicantPhone', value: SENTINEL_APPLICANT_PHONE });
    const audits = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'case.revealed')));
    expect(audits.map((a) => JSON.parse(a.data))).toEqual([{ field: 'applicantPhone', reason: 'call_person' }]);

    // nowhere in plain: log lines, audit data, the outbox
    expect(sentinelsIn(t.logs.slice(mark).join(''))).toEqual([]);
    const outbox = await t.deps.db.execute(sql`select payload::text as p from outbox`);
    expect(sentinelsIn(JSON.stringify(outbox.rows))).toEqual([]);
    const audit = await t.deps.db.execute(sql`select data as d from audit_log`);
    expect(sentinelsIn(JSON.stringify(audit.rows))).toEqual([]);
  });

  it('falls back to the verified phone; without either, 400 names applicantPhone', async () => {
    const verified = await proxyApplication({ applicantPhone: undefined }, '13600004444');
    expect(verified.res.status).toBe(200);
    const d = await staffCase(verified.res.body.data.id);
    expect(d.applicant?.phoneMasked).toBe('136****4444');

    const none = await proxyApplication({ applicantPhone: undefined });
    expect([none.res.status, none.res.body.details?.map((x: { field: string }) => x.field)]).toEqual([
      400,
      ['applicantPhone'],
    ]);
    const bad = await proxyApplication({ applicantPhone: '12345' });
    expect([bad.res.status, bad.res.body.details?.map((x: { field: string }) => x.field)]).toEqual([
      400,
      ['applicantPhone'],
    ]);
  });

  it('a self application has no applicant block; the reveal answers 401, 400 naming field, 404 out of scope', async () => {
    const me = await buildSession(t);
    const self = await submit(t, me.accessToken, selfBody());
    const id: string = self.body.data.id;
    expect((await staffCase(id)).applicant).toBeNull();
    const { res } = await proxyApplication({});
    const proxyId: string = res.body.data.id;
    expect(
      (await post(t, 'cases.reveal', { id: proxyId, field: 'applicantPhone', reason: 'call_person' })).status,
    ).toBe(401);
    const badField = await post(t, 'cases.reveal', { id: proxyId, field: 'mobile', reason: 'call_person' }, staff);
    expect([badField.status, badField.body.details.map((x: { field: string }) => x.field)]).toEqual([400, ['field']]);
    const outside = await post(
      t,
      'cases.reveal',
      { id: proxyId, field: 'applicantPhone', reason: 'call_person' },
      other,
    );
    expect(outside.status).toBe(404);
  });
});
