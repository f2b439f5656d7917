/**
 * Issue 12.3: reports about the same person or household (ID blind index, phone blind index, name + similar address)
 * from self, relative and neighbour are proposed to staff in scope; a merge links them, keeps every timeline and every
 * applicant's own view (applicant A never sees B's data), and can be undone; both are audited.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/db/client';
import { buildApplication, makeIdNumber } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { sentinel } from './support/sentinels';

const t = useTestApp();
type Session = Awaited<ReturnType<typeof buildSession>>;
const s = {} as Record<'point' | 'station' | 'otherStation' | 'hub' | 'officer' | 'a' | 'b', Session>;
const ids = { self: '', proxy: '', lead: '', samePhone: '', elsewhere: '', unrelated: '' };
const B_SECRET = sentinel('description');

beforeAll(async () => {
  s.point = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
  s.station = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
  s.otherStation = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106002000' }] });
  s.hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  s.officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
  s.a = await buildSession(t, { displayName: '申请人甲' });
  s.b = await buildSession(t, { displayName: '申请人乙' });
  const id = makeIdNumber('19450302');
  const address = '翠苑一区3幢2单元501室';
  ids.self = (
    await buildApplication(t, { applicantUserId: s.a.userId, idNumber: id, phone: '13900000001', address })
  ).id;
  ids.proxy = (
    await buildApplication(t, {
      channel: 'proxy',
      relationship: 'child',
      applicantUserId: s.b.userId,
      idNumber: id,
      phone: '13900000002',
      address,
      description: B_SECRET,
    })
  ).id;
  ids.lead = (
    await buildApplication(t, {
      channel: 'referral',
      idNumber: null,
      phone: null,
      categories: [],
      flags: ['unclassified'],
      address: '翠苑一区3幢2单元',
      description: '好几天没见她出门',
    })
  ).id;
  ids.samePhone = (
    await buildApplication(t, { subjectName: '李建国', idNumber: makeIdNumber('19500101'), phone: '13900000001' })
  ).id;
  ids.elsewhere = (await buildApplication(t, { routeTo: '330106002051', idNumber: id, phone: null })).id;
  ids.unrelated = (
    await buildApplication(t, { subjectName: '赵六', idNumber: makeIdNumber('19600101'), phone: '13900000009' })
  ).id;
});

type Pair = { a: { id: string }; b: { id: string }; reasons: string[] };
const proposals = async (who: Session) => (await post(t, 'households.proposals', {}, who.accessToken)).body.data;
const pairKey = (p: Pair) => [p.a.id, p.b.id].sort().join('+');
const key = (x: string, y: string) => [x, y].sort().join('+');
const reasonsOf = (items: Pair[]) => Object.fromEntries(items.map((p) => [pairKey(p), p.reasons]));

describe('households.proposals', () => {
  it('401 without a session; 403 for officers and residents', async () => {
    expect((await post(t, 'households.proposals', {})).status).toBe(401);
    for (const who of [s.officer, s.a])
      expect((await post(t, 'households.proposals', {}, who.accessToken)).status).toBe(403);
  });

  it('proposes pairs by ID, phone and name + address, only inside the scope', async () => {
    const mine = reasonsOf((await proposals(s.point)).items);
    expect(mine[key(ids.self, ids.proxy)]).toEqual(['id_number', 'name_address']);
    expect(mine[key(ids.self, ids.lead)]).toEqual(['name_address']);
    expect(mine[key(ids.self, ids.samePhone)]).toEqual(['phone']);
    expect(Object.keys(mine).some((k) => k.includes(ids.unrelated))).toBe(false);
    expect(Object.keys(mine).some((k) => k.includes(ids.elsewhere))).toBe(false);
    expect((await proposals(s.otherStation)).items).toEqual([]);
    const station = reasonsOf((await proposals(s.station)).items);
    expect(station[key(ids.self, ids.proxy)]).toEqual(['id_number', 'name_address']);
    expect(Object.keys(station).some((k) => k.includes(ids.lead))).toBe(false);
    const hub = reasonsOf((await proposals(s.hub)).items);
    // the hub compares the district, but never a lead pending consent outside its unit
    expect(hub[key(ids.self, ids.elsewhere)]).toEqual(['id_number']);
    expect(Object.keys(hub).some((k) => k.includes(ids.lead))).toBe(false);
  });
});

describe('households.merge / ofCase / unmerge', () => {
  const merge = (who: Session, applicationIds: unknown) =>
    post(t, 'households.merge', { applicationIds }, who.accessToken);

  it('401; 400 naming applicationIds; 403 for officers and residents; 404 out of scope changes nothing', async () => {
    expect((await post(t, 'households.merge', { applicationIds: [ids.self, ids.proxy] })).status).toBe(401);
    for (const bad of [[ids.self], [ids.self, ids.self], ['x', ids.self]]) {
      const res = await merge(s.point, bad);
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toMatch(/^applicationIds/);
    }
    for (const who of [s.officer, s.a]) expect((await merge(who, [ids.self, ids.proxy])).status).toBe(403);
    expect((await merge(s.point, [ids.self, ids.elsewhere])).status).toBe(404);
    expect((await merge(s.otherStation, [ids.self, ids.proxy])).status).toBe(404);
    const rows = await queryRows(t.deps.db, sql`select * from household_members`);
    expect(rows).toEqual([]);
  });

  it('links the cases, drops their proposals, audits each case; 409 when already merged', async () => {
    const res = await merge(s.point, [ids.self, ids.proxy, ids.lead]);
    expect(res.status).toBe(200);
    expect(res.body.data.members.map((m: { id: string }) => m.id).sort()).toEqual(
      [ids.self, ids.proxy, ids.lead].sort(),
    );
    expect(res.body.data.hiddenMembers).toBe(0);
    const left = reasonsOf((await proposals(s.point)).items);
    expect(left[key(ids.self, ids.proxy)]).toBeUndefined();
    expect(left[key(ids.self, ids.samePhone)]).toEqual(['phone']);
    const audit = await queryRows<{ entity_id: string }>(
      t.deps.db,
      sql`select entity_id from audit_log where action = 'household.merged'`,
    );
    expect(audit.map((a) => a.entity_id).sort()).toEqual([ids.self, ids.proxy, ids.lead].sort());
    expect((await merge(s.point, [ids.self, ids.proxy])).status).toBe(409);
  });

  it('the hub adds a case of another street; the point sees it only as a count', async () => {
    expect((await merge(s.hub, [ids.self, ids.elsewhere])).status).toBe(200);
    const point = await post(t, 'households.ofCase', { applicationId: ids.proxy }, s.point.accessToken);
    expect(point.status).toBe(200);
    expect(point.body.data.members).toHaveLength(3);
    expect(point.body.data.hiddenMembers).toBe(1);
    const hub = await post(t, 'households.ofCase', { applicationId: ids.proxy }, s.hub.accessToken);
    expect(hub.body.data.members).toHaveLength(4);
    // the lead pending consent: the hub sees that it is there, not whom it is about
    const lead = hub.body.data.members.find((m: { id: string }) => m.id === ids.lead);
    expect(lead.subjectName).toBe('（本人同意后可见）');
    expect((await post(t, 'households.ofCase', { applicationId: ids.self }, s.otherStation.accessToken)).status).toBe(
      404,
    );
    const bad = await post(t, 'households.ofCase', { applicationId: 'nope' }, s.point.accessToken);
    expect([bad.status, bad.body.details[0].field]).toEqual([400, 'applicationId']);
  });

  it("applicant A never sees B's application or data after the merge", async () => {
    const mine = await post(t, 'applications.mine', {}, s.a.accessToken);
    expect(mine.status).toBe(200);
    expect(mine.body.data.items.map((i: { id: string }) => i.id)).toEqual([ids.self]);
    const own = await post(t, 'applications.get', { id: ids.self }, s.a.accessToken);
    expect(own.status).toBe(200);
    expect((await post(t, 'applications.get', { id: ids.proxy }, s.a.accessToken)).status).toBe(404);
    expect((await post(t, 'applications.suggestions', { id: ids.proxy }, s.a.accessToken)).status).toBe(404);
    const seen = JSON.stringify([mine.body, own.body]);
    for (const secret of [B_SECRET, ids.proxy, '申请人乙', ids.lead]) expect(seen).not.toContain(secret);
    // and B keeps their own view and timeline
    const b = await post(t, 'applications.get', { id: ids.proxy }, s.b.accessToken);
    expect(b.status).toBe(200);
    expect(JSON.stringify(b.body)).not.toContain(ids.self);
  });

  it('unmerge takes a case out (audited); 409 when it is in no household; 404 out of scope', async () => {
    const unmerge = (who: Session, applicationId: string) =>
      post(t, 'households.unmerge', { applicationId }, who.accessToken);
    expect((await unmerge(s.otherStation, ids.self)).status).toBe(404);
    expect((await unmerge(s.officer, ids.self)).status).toBe(403);
    expect((await unmerge(s.point, ids.unrelated)).status).toBe(409);
    const res = await unmerge(s.point, ids.lead);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ id: null, members: [expect.objectContaining({ id: ids.lead })], hiddenMembers: 0 });
    const after = await post(t, 'households.ofCase', { applicationId: ids.self }, s.hub.accessToken);
    expect(after.body.data.members.map((m: { id: string }) => m.id).sort()).toEqual(
      [ids.self, ids.proxy, ids.elsewhere].sort(),
    );
    const audit = await queryRows(t.deps.db, sql`select 1 from audit_log where action = 'household.unmerged'`);
    expect(audit).toHaveLength(1);
  });
});
