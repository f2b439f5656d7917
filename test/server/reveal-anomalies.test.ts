/**
 * cases.revealAnomalies: staff whose reveals in the last 24 hours exceed REVEAL_ANOMALY_THRESHOLD (3 here), with
 * counts by reason. The hub sees the district; a station sees only reveals of cases in its street; point staff,
 * officers and residents get 403.
 */
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp({ env: { REVEAL_ANOMALY_THRESHOLD: '3' } });
type Session = Awaited<ReturnType<typeof buildSession>>;
let hub: Session;
let cuiyuan: Session;
let otherStation: Session;
let heavy: Session;
let light: Session;
let hubRevealer: Session;

const reveal = (s: Session, id: string, reason: string, note?: string) =>
  post(t, 'cases.reveal', { id, field: 'phone', reason, ...(note ? { note } : {}) }, s.accessToken).expect(200);
const anomalies = (s: Session) => post(t, 'cases.revealAnomalies', {}, s.accessToken);

beforeAll(async () => {
  hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  cuiyuan = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
  otherStation = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106002000' }] });
  heavy = await buildSession(t, {
    displayName: '频繁查看者',
    memberships: [{ role: 'point_staff', divisionCode: '330106005055' }],
  });
  light = await buildSession(t, {
    displayName: '偶尔查看者',
    memberships: [{ role: 'point_staff', divisionCode: '330106005055' }],
  });
  hubRevealer = await buildSession(t, {
    displayName: '区级查看者',
    memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }],
  });
  const inCuiyuan = (await buildApplication(t, { routeTo: '330106005055' })).id;
  const elsewhere = (await buildApplication(t, { routeTo: '330106002051' })).id;
  for (const reason of ['call_person', 'call_person', 'home_visit']) await reveal(heavy, inCuiyuan, reason);
  await reveal(heavy, inCuiyuan, 'other', '核对低保档案');
  for (let i = 0; i < 3; i++) await reveal(light, inCuiyuan, 'call_person');
  // 2 in 翠苑 + 3 elsewhere: over the threshold for the district, not for 翠苑's station
  for (let i = 0; i < 2; i++) await reveal(hubRevealer, inCuiyuan, 'dept_referral');
  for (let i = 0; i < 3; i++) await reveal(hubRevealer, elsewhere, 'dept_referral');
});

describe('cases.revealAnomalies', () => {
  it('the hub sees everyone over the threshold in the district, busiest first, by reason', async () => {
    const res = await anomalies(hub);
    expect(res.status).toBe(200);
    expect(res.body.data.threshold).toBe(3);
    expect(res.body.data.items).toEqual([
      {
        userId: hubRevealer.userId,
        displayName: '区级查看者',
        total: 5,
        byReason: [{ reason: 'dept_referral', count: 5 }],
      },
      {
        userId: heavy.userId,
        displayName: '频繁查看者',
        total: 4,
        byReason: [
          { reason: 'call_person', count: 2 },
          { reason: 'home_visit', count: 1 },
          { reason: 'other', count: 1 },
        ],
      },
    ]);
  });

  it("a station counts only reveals of its street's cases", async () => {
    const mine = await anomalies(cuiyuan);
    expect(mine.body.data.items.map((i: { userId: string }) => i.userId)).toEqual([heavy.userId]);
    // the hub revealer's 3 reveals there do not exceed the threshold of 3
    expect((await anomalies(otherStation)).body.data.items).toEqual([]);
  });

  it('forgets reveals older than 24 hours', async () => {
    t.clock.advance(24 * 3600_000 + 1000);
    const fresh = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
    expect((await anomalies(fresh)).body.data.items).toEqual([]);
  });

  it('403 for point staff, department officers and residents; 401 without a session', async () => {
    const point = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
    const officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
    const resident = await buildSession(t);
    for (const s of [point, officer, resident]) expect((await anomalies(s)).status).toBe(403);
    expect((await post(t, 'cases.revealAnomalies', {})).status).toBe(401);
  });
});
