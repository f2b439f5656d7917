/**
 * Issue 10.7: neighbour leads. Until the subject's consent is recorded only the assigned unit sees the details;
 * cases.recordConsent; the referrer's phone for the assigned unit; erasure of leads that never became a case.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/db/client';
import { runLeadErasure } from '../../server/src/features/leads/lead-erasure.job';
import { LEAD_WITHHELD_TEXT } from '../../shared/schemas/cases';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { referralBody, selfBody, submit } from './support/intake';

const t = useTestApp();
const DAY = 24 * 3600_000;
const NAME = '楼下王奶奶';
const ADDRESS = '翠苑二区5幢一楼';
const OBSERVED = '一个人住，最近好几天没见她出门。';
const REFERRER_PHONE = '13600002222';
const tok = { resident: '', point: '', station: '', hub: '', otherStation: '' };

/** Fresh sessions (access tokens last 10 minutes of the test clock). */
async function openSessions() {
  tok.resident = (await buildSession(t)).accessToken;
  tok.point = (
    await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005056' }] })
  ).accessToken;
  tok.station = (
    await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] })
  ).accessToken;
  tok.hub = (await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] })).accessToken;
  tok.otherStation = (
    await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106007000' }] })
  ).accessToken;
}
beforeAll(openSessions);

async function newLead(over: Record<string, unknown> = {}) {
  const res = await submit(t, tok.resident, referralBody(over));
  expect(res.status).toBe(200);
  return { id: res.body.data.id as string, refNo: res.body.data.refNo as string };
}

const get = (id: string, token: string) => post(t, 'cases.get', { id }, token);
const queueItem = async (refNo: string, token: string) =>
  (await post(t, 'cases.queue', { refNo }, token)).body.data.items[0];
const recordConsent = (id: string, token?: string, over: Record<string, unknown> = {}) =>
  post(t, 'cases.recordConsent', { id, method: 'phone', note: '电话联系到本人，同意上门', ...over }, token);

function expectNoDetails(body: unknown) {
  const text = JSON.stringify(body);
  for (const secret of [NAME, ADDRESS, OBSERVED, REFERRER_PHONE]) expect(text).not.toContain(secret);
}

describe('lead details before consent', () => {
  it('the assigned point sees the details; station and hub see that it exists, where and its deadline', async () => {
    const lead = await newLead();
    const mine = await get(lead.id, tok.point);
    expect(mine.status).toBe(200);
    expect(mine.body.data).toMatchObject({
      subjectName: NAME,
      address: ADDRESS,
      description: OBSERVED,
      detailsWithheld: false,
    });
    expect(await queueItem(lead.refNo, tok.point)).toMatchObject({ subjectName: NAME, detailsWithheld: false });

    for (const token of [tok.station, tok.hub]) {
      const res = await get(lead.id, token);
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({
        detailsWithheld: true,
        subjectName: LEAD_WITHHELD_TEXT,
        address: LEAD_WITHHELD_TEXT,
        description: LEAD_WITHHELD_TEXT,
        streetName: '翠苑街道',
        communityName: '翠苑二区社区',
      });
      expect(res.body.data.dueAt).toEqual(mine.body.data.dueAt);
      expectNoDetails(res.body);
      const item = await queueItem(lead.refNo, token);
      expect(item).toMatchObject({
        id: lead.id,
        subjectName: LEAD_WITHHELD_TEXT,
        detailsWithheld: true,
        communityName: '翠苑二区社区',
      });
      expectNoDetails(item);
    }
    // out of scope stays 404
    expect((await get(lead.id, tok.otherStation)).status).toBe(404);
  });

  it('an action by the station answers with the redacted detail too; a lead moved to the station is its own', async () => {
    const lead = await newLead();
    const asked = await post(
      t,
      'cases.askInfo',
      { id: lead.id, expectedVersion: 1, message: '请再说说老人的情况', dueDays: 3 },
      tok.station,
    );
    expect(asked.status).toBe(200);
    expect(asked.body.data).toMatchObject({ detailsWithheld: true, subjectName: LEAD_WITHHELD_TEXT });
    expectNoDetails(asked.body);
    // escalated one tier, the lead sits at the station: the station is now the assigned unit, the point no longer is
    const other = await newLead();
    const moved = await post(
      t,
      'cases.escalate',
      { id: other.id, expectedVersion: 1, reason: '需要街道协调' },
      tok.station,
    );
    expect(moved.body.data).toMatchObject({ detailsWithheld: false, subjectName: NAME });
    expect((await get(other.id, tok.point)).status).toBe(404);
    expect((await get(other.id, tok.hub)).body.data.detailsWithheld).toBe(true);
  });

  it('a self application is never withheld', async () => {
    const s = await buildSession(t);
    const self = await submit(t, s.accessToken, selfBody({ divisionCode: '330106005056' }));
    expect(self.status).toBe(200);
    const item = await queueItem(self.body.data.refNo, tok.station);
    expect(item).toMatchObject({ subjectName: '张阿姨', detailsWithheld: false });
  });
});

describe('cases.recordConsent', () => {
  it('401 without a session, 400 for a bad method or no note, 404 unknown or out of scope, 403 outside the assigned unit', async () => {
    const lead = await newLead();
    expect((await recordConsent(lead.id)).status).toBe(401);
    expect((await recordConsent(lead.id, tok.point, { method: 'telepathy' })).status).toBe(400);
    expect((await recordConsent(lead.id, tok.point, { note: '' })).status).toBe(400);
    expect((await recordConsent('00000000-0000-4000-8000-000000000000', tok.point)).status).toBe(404);
    expect((await recordConsent(lead.id, tok.otherStation)).status).toBe(404);
    expect((await recordConsent(lead.id, tok.station)).status).toBe(403);
    expect((await recordConsent(lead.id, tok.resident)).status).toBe(403);
  });

  it('records how, who and when, on the timeline and audited; then the whole scope sees the details', async () => {
    const lead = await newLead();
    const before = t.clock.now().toISOString();
    const res = await recordConsent(lead.id, tok.point, { method: 'in_person' });
    expect(res.status).toBe(200);
    expect(res.body.data.detailsWithheld).toBe(false);
    const entry = res.body.data.timeline.find((e: { type: string }) => e.type === 'consentRecorded');
    expect(entry).toMatchObject({
      note: '电话联系到本人，同意上门',
      data: { method: 'in_person' },
      actorName: '测试用户',
      at: before,
    });
    expect(res.body.data.consents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'lead_subject', method: 'in_person', grantedAt: before, revokedAt: null }),
      ]),
    );
    const audit = await queryRows<{ data: string }>(
      t.deps.db,
      sql`select data from audit_log where action = 'case.consent_recorded' and entity_id = ${lead.id}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).not.toContain('电话联系');
    for (const token of [tok.station, tok.hub]) {
      expect((await get(lead.id, token)).body.data).toMatchObject({
        subjectName: NAME,
        address: ADDRESS,
        description: OBSERVED,
        detailsWithheld: false,
      });
      expect(await queueItem(lead.refNo, token)).toMatchObject({ subjectName: NAME, detailsWithheld: false });
    }
    expect((await recordConsent(lead.id, tok.point)).status).toBe(409);
  });

  it('refuses a case that is not a lead', async () => {
    const s = await buildSession(t);
    const self = await submit(t, s.accessToken, selfBody({ divisionCode: '330106005056' }));
    expect(self.status).toBe(200);
    expect((await recordConsent(self.body.data.id, tok.point)).status).toBe(409);
  });
});

describe('the referrer phone', () => {
  const reveal = (id: string, token: string) =>
    post(t, 'cases.reveal', { id, field: 'referrerPhone', reason: 'other', note: '回电核实邻里反映的情况' }, token);

  it('the assigned unit reveals it, audited; station and hub may not, before or after consent', async () => {
    const lead = await newLead();
    const res = await reveal(lead.id, tok.point);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ field: 'referrerPhone', value: REFERRER_PHONE });
    const audit = await queryRows<{ data: string }>(
      t.deps.db,
      sql`select data from audit_log where action = 'case.revealed' and entity_id = ${lead.id}`,
    );
    expect(audit.map((a) => JSON.parse(a.data).field)).toEqual(['referrerPhone']);
    expect(audit[0]!.data).not.toContain(REFERRER_PHONE);
    for (const token of [tok.station, tok.hub]) expect((await reveal(lead.id, token)).status).toBe(403);
    expect((await reveal(lead.id, tok.otherStation)).status).toBe(404);
    expect((await recordConsent(lead.id, tok.point)).status).toBe(200);
    for (const token of [tok.station, tok.hub]) expect((await reveal(lead.id, token)).status).toBe(403);
    const none = await newLead({ referrerPhone: undefined });
    expect((await reveal(none.id, tok.point)).body.data).toEqual({ field: 'referrerPhone', value: null });
  });
});

describe('erasure of leads that never became a case', () => {
  async function endLead(id: string) {
    expect(
      (
        await post(
          t,
          'cases.accept',
          { id, expectedVersion: 1, classification: { categories: ['elderly_care'], needTier: 'care' } },
          tok.point,
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await post(
          t,
          'cases.resolve',
          { id, expectedVersion: 2, outcome: 'approved', decidedText: '已办好' },
          tok.point,
        )
      ).status,
    ).toBe(200);
  }
  // the stored fields as staff would read them: sealed columns decrypted, else the plain fallback (sealed-fields.ts)
  const row = async (id: string): Promise<Record<string, unknown>> => {
    const [r] = await queryRows<Record<string, unknown>>(
      t.deps.db,
      sql`select subject_name, subject_name_enc, address, address_enc, description, description_enc, referrer_contact_enc, lat, lng, details_erased_at, status, street_code, division_code, categories, urgency, created_at from applications where id = ${id}`,
    );
    const open = (sealed: unknown, plain: unknown) =>
      typeof sealed === 'string' ? t.deps.cipher.decrypt(sealed) : plain;
    return {
      ...r!,
      subject_name: open(r!.subject_name_enc, r!.subject_name),
      address: open(r!.address_enc, r!.address),
      description: open(r!.description_enc, r!.description),
    };
  };
  const erasures = async (id: string) =>
    (
      await queryRows<{ n: number }>(
        t.deps.db,
        sql`select count(*)::int as n from audit_log where action = 'lead.erased' and entity_id = ${id}`,
      )
    )[0]!.n;

  it('erases details 90 days after the lead ended, keeps counts, once; a lead with consent is kept', async () => {
    const start = t.clock.now();
    const old = await newLead({ lat: 30.29, lng: 120.12 });
    await endLead(old.id);
    const kept = await newLead();
    expect((await recordConsent(kept.id, tok.point)).status).toBe(200);
    await endLead(kept.id);
    const open = await newLead();
    t.clock.set(new Date(start.getTime() + 2 * DAY));
    await openSessions();
    const recent = await newLead();
    await endLead(recent.id);
    const before = await row(old.id);

    t.clock.set(new Date(start.getTime() + 89 * DAY));
    expect(await runLeadErasure(t.deps)).toBe(0);
    expect((await row(old.id)).subject_name).toBe(NAME);

    t.clock.set(new Date(start.getTime() + 91 * DAY));
    const [a, b] = await Promise.all([runLeadErasure(t.deps), runLeadErasure(t.deps)]);
    expect(a + b).toBe(1);
    const after = await row(old.id);
    expect(after).toMatchObject({
      subject_name: '已删除',
      address: '已删除',
      description: '已删除',
      referrer_contact_enc: null,
      lat: null,
      lng: null,
    });
    expect(after.details_erased_at).not.toBeNull();
    for (const k of ['status', 'street_code', 'division_code', 'categories', 'urgency', 'created_at'])
      expect(after[k]).toEqual(before[k]);
    expect(await erasures(old.id)).toBe(1);
    for (const id of [kept.id, recent.id, open.id]) {
      expect((await row(id)).subject_name).toBe(NAME);
      expect(await erasures(id)).toBe(0);
    }
    // idempotent
    expect(await runLeadErasure(t.deps)).toBe(0);
    expect(await erasures(old.id)).toBe(1);
    t.clock.set(new Date(start.getTime() + 93 * DAY));
    expect(await runLeadErasure(t.deps)).toBe(1);
    expect((await row(recent.id)).subject_name).toBe('已删除');
    expect((await row(kept.id)).subject_name).toBe(NAME);
  });
});
