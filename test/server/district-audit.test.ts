/**
 * Issue 12.6: the hub's and admins' audit review: who viewed and revealed what and when, filtered by staff member,
 * case, action and time, paginated, exported as CSV, with unusual reveal volumes (REVEAL_ANOMALY_THRESHOLD, 2 here)
 * marked. Everyone else gets 403; the reveal's free note never appears.
 */
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp({ env: { REVEAL_ANOMALY_THRESHOLD: '2' } });
type Session = Awaited<ReturnType<typeof buildSession>>;
const s = {} as Record<'point' | 'busy' | 'station' | 'hub' | 'officer' | 'resident' | 'admin', Session>;
let caseA = '';
let caseB = '';
const NOTE = '核对低保档案的备注';

beforeAll(async () => {
  s.point = await buildSession(t, {
    displayName: '陈社工',
    memberships: [{ role: 'point_staff', divisionCode: '330106005055' }],
  });
  s.busy = await buildSession(t, {
    displayName: '忙碌社工',
    memberships: [{ role: 'point_staff', divisionCode: '330106005055' }],
  });
  s.station = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
  s.hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  s.officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
  s.resident = await buildSession(t);
  s.admin = await buildSession(t, { memberships: [{ role: 'admin' }] });
  caseA = (await buildApplication(t)).id;
  caseB = (await buildApplication(t)).id;
  await post(t, 'cases.get', { id: caseA }, s.point.accessToken).expect(200);
  await post(t, 'cases.reveal', { id: caseA, field: 'phone', reason: 'call_person' }, s.point.accessToken).expect(200);
  for (const id of [caseA, caseB, caseB])
    await post(t, 'cases.reveal', { id, field: 'idNumber', reason: 'other', note: NOTE }, s.busy.accessToken).expect(
      200,
    );
});

const review = (who: Session, body: unknown = {}) => post(t, 'audit.review', body, who.accessToken);

describe('audit.review', () => {
  it('401; 403 for point, station, officer and resident; 400 naming the field', async () => {
    expect((await post(t, 'audit.review', {})).status).toBe(401);
    for (const who of [s.point, s.station, s.officer, s.resident]) expect((await review(who)).status).toBe(403);
    for (const [body, field] of [
      [{ action: 'case.deleted' }, 'action'],
      [{ cursor: 'abc' }, 'cursor'],
      [{ from: '2026-02-30T00:00:00Z' }, 'from'],
      [{ applicationId: 'x' }, 'applicationId'],
      [{ from: '2026-05-02T00:00:00Z', to: '2026-05-01T00:00:00Z' }, 'to'],
    ] as const) {
      const res = await review(s.hub, body);
      expect([res.status, res.body.details?.[0]?.field]).toEqual([400, field]);
    }
  });

  it('lists views and reveals newest first, marks the unusual revealer, never the note', async () => {
    for (const who of [s.hub, s.admin]) {
      const res = await review(who);
      expect(res.status).toBe(200);
      const { items, unusual, threshold } = res.body.data;
      expect(threshold).toBe(2);
      expect(unusual).toEqual([{ userId: s.busy.userId, displayName: '忙碌社工', total: 3 }]);
      expect(items.map((i: { action: string }) => i.action)).toEqual([
        'case.revealed',
        'case.revealed',
        'case.revealed',
        'case.revealed',
        'case.viewed',
      ]);
      expect(items[0]).toMatchObject({
        actor: { id: s.busy.userId, displayName: '忙碌社工' },
        applicationId: caseB,
        field: 'idNumber',
        reason: 'other',
        unusual: true,
      });
      expect(items[4]).toMatchObject({ actor: { displayName: '陈社工' }, unusual: false });
      expect(JSON.stringify(res.body)).not.toContain(NOTE);
    }
  });

  it('filters by staff member, case, action and time; pages with a cursor', async () => {
    const byActor = (await review(s.hub, { actorUserId: s.point.userId })).body.data.items;
    expect(byActor).toHaveLength(2);
    const byCase = (await review(s.hub, { applicationId: caseB })).body.data.items;
    expect(byCase.map((i: { applicationId: string }) => i.applicationId)).toEqual([caseB, caseB]);
    const views = (await review(s.hub, { action: 'case.viewed' })).body.data.items;
    expect(views).toHaveLength(1);
    const future = new Date(t.clock.now().getTime() + 3600_000).toISOString();
    expect((await review(s.hub, { from: future })).body.data.items).toEqual([]);
    const first = (await review(s.hub, { limit: 3 })).body.data;
    expect(first.items).toHaveLength(3);
    const second = (await review(s.hub, { limit: 3, cursor: first.nextCursor })).body.data;
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((i: { id: string }) => i.id);
    expect(new Set(all).size).toBe(5);
  });
});

describe('audit.export', () => {
  it('401; 403 for staff below the hub; 400 naming the field', async () => {
    expect((await post(t, 'audit.export', {})).status).toBe(401);
    expect((await post(t, 'audit.export', {}, s.station.accessToken)).status).toBe(403);
    const bad = await post(t, 'audit.export', { limit: 5 }, s.hub.accessToken);
    expect(bad.status).toBe(400);
  });

  it('exports the filtered rows as CSV with a header, the unusual mark and no note', async () => {
    const res = await post(t, 'audit.export', { applicationId: caseA }, s.admin.accessToken);
    expect(res.status).toBe(200);
    const { csv, rows, filename } = res.body.data;
    expect(filename).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(rows).toBe(3);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('时间,工作人员,操作,申请编号,号码类型,原因,近24小时显示次数异常');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('忙碌社工');
    expect(lines[1]).toMatch(/,是$/);
    expect(lines[3]).toContain('查看申请');
    expect(csv).not.toContain(NOTE);
  });
});
