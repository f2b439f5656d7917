/**
 * Issue 12.2: classification at accept, the unclassified list (free text grouped by similarity, scoped, leads pending
 * consent withheld outside their unit, never logged) and the monthly gap report.
 */
import { chinaDay } from '../../shared/domain/china-time';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { referralBody, submit } from './support/intake';
import { sentinel } from './support/sentinels';

const t = useTestApp();
type Session = Awaited<ReturnType<typeof buildSession>>;
const s = {} as Record<'point' | 'station' | 'otherStation' | 'hub' | 'officer' | 'resident', Session>;

const HEARING = ['耳朵听不见了，想配一个助听器', '老人听力下降，助听器太贵买不起', '听力不好，想申请助听器补贴'];
const ROOF = ['屋顶漏水，下雨天家里到处是水', '房子屋顶漏水很严重，没钱修'];
const SECRET = sentinel('description');
const unclassified = (description: string, routeTo = '330106005055') =>
  buildApplication(t, {
    categories: [],
    flags: ['unclassified'],
    needTier: null,
    targetGroup: null,
    description,
    routeTo,
  });

let hearingIds: string[] = [];
let month = '';

beforeAll(async () => {
  s.point = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005055' }] });
  s.station = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
  s.otherStation = await buildSession(t, { memberships: [{ role: 'station_staff', divisionCode: '330106002000' }] });
  s.hub = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  s.officer = await buildSession(t, { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
  s.resident = await buildSession(t);
  hearingIds = [];
  for (const text of HEARING) hearingIds.push((await unclassified(text)).id);
  for (const text of ROOF) await unclassified(text);
  await unclassified(`家里的猫走丢了${SECRET}`);
  await unclassified('想找人陪我去医院复查', '330106002051');
  await buildApplication(t); // classified: never listed
  month = chinaDay(t.clock.now()).slice(0, 7);
});

const list = (who: Session, body: unknown = {}) => post(t, 'needs.unclassified', body, who.accessToken);
const allTexts = (data: { groups: { items: { text: string }[] }[] }) =>
  data.groups.flatMap((g) => g.items.map((i) => i.text));

describe('needs.unclassified', () => {
  it('401 without a session, 400 naming the field, 403 for officers and residents', async () => {
    expect((await post(t, 'needs.unclassified', {})).status).toBe(401);
    const bad = await list(s.point, { status: 'closed' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('status');
    expect((await list(s.officer)).status).toBe(403);
    expect((await list(s.resident)).status).toBe(403);
  });

  it('groups similar texts, largest group first, with shared keywords', async () => {
    const res = await list(s.point);
    expect(res.status).toBe(200);
    const { groups, total, withheld } = res.body.data;
    expect(total).toBe(6);
    expect(withheld).toBe(0);
    expect(groups.map((g: { items: unknown[] }) => g.items.length)).toEqual([3, 2, 1]);
    expect(groups[0].items.map((i: { text: string }) => i.text).sort()).toEqual([...HEARING].sort());
    expect(groups[0].keywords).toContain('助听');
    expect(groups[1].keywords).toContain('漏水');
    expect(groups[2].keywords).toEqual([]);
  });

  it('is scoped: the station sees its street, another station none of it, the hub the district', async () => {
    expect(allTexts((await list(s.station)).body.data)).toHaveLength(6);
    expect(allTexts((await list(s.otherStation)).body.data)).toEqual(['想找人陪我去医院复查']);
    expect(allTexts((await list(s.hub)).body.data)).toHaveLength(7);
  });

  it('a lead pending consent is shown to its point and only counted elsewhere', async () => {
    const lead = await submit(t, s.resident.accessToken, referralBody({ observed: '楼上独居老人好几天没出门了' }));
    expect(lead.status).toBe(200);
    const leadPoint = await buildSession(t, { memberships: [{ role: 'point_staff', divisionCode: '330106005056' }] });
    expect(allTexts((await list(leadPoint)).body.data)).toEqual(['楼上独居老人好几天没出门了']);
    const station = (await list(s.station)).body.data;
    expect(station.withheld).toBe(1);
    expect(JSON.stringify(station)).not.toContain('独居老人');
  });

  it('never writes the free text into a log line', async () => {
    await list(s.hub);
    expect(t.logs.join('')).not.toContain(SECRET);
  });
});

describe('classification at accept', () => {
  const accept = (id: string, version: number, extra: Record<string, unknown> = {}) =>
    post(t, 'cases.accept', { id, expectedVersion: version, ...extra }, s.point.accessToken);

  it('an unclassified case needs a classification: 400 naming it, nothing changes', async () => {
    const res = await accept(hearingIds[0]!, 1);
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('classification');
    const bad = await accept(hearingIds[0]!, 1, { classification: { categories: ['nope'], needTier: 'care' } });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toMatch(/^classification\.categories/);
    const still = await post(t, 'cases.get', { id: hearingIds[0] }, s.point.accessToken);
    expect(still.body.data).toMatchObject({ status: 'submitted', version: 1, categories: [] });
  });

  it('with categories the flag goes and the case leaves the list; with none it stays', async () => {
    const done = await accept(hearingIds[0]!, 1, {
      classification: { categories: ['disability', 'medical'], needTier: 'care', targetGroup: 'dibao' },
    });
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({
      status: 'accepted',
      categories: ['disability', 'medical'],
      needTier: 'care',
      targetGroup: 'dibao',
    });
    expect(done.body.data.flags).not.toContain('unclassified');
    const kept = await accept(hearingIds[1]!, 1, { classification: { categories: [], needTier: 'development' } });
    expect(kept.status).toBe(200);
    expect(kept.body.data.flags).toContain('unclassified');
    const ids = (await list(s.point)).body.data.groups.flatMap((g: { items: { id: string }[] }) =>
      g.items.map((i) => i.id),
    );
    expect(ids).not.toContain(hearingIds[0]);
    expect(ids).toContain(hearingIds[1]);
  });

  it('a classified case is accepted without one (as before)', async () => {
    const row = await buildApplication(t);
    expect((await accept(row.id, 1)).status).toBe(200);
  });
});

describe('needs.gapReport', () => {
  const report = (who: Session, body: unknown) => post(t, 'needs.gapReport', body, who.accessToken);

  it('401, 400 naming month, 403 for point staff, officers and residents', async () => {
    expect((await post(t, 'needs.gapReport', { month })).status).toBe(401);
    const bad = await report(s.hub, { month: '2026-13' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('month');
    for (const who of [s.point, s.officer, s.resident]) expect((await report(who, { month })).status).toBe(403);
  });

  it('counts the needs that found no policy or service, in groups; scoped to the station', async () => {
    const hub = (await report(s.hub, { month })).body.data;
    const station = (await report(s.station, { month })).body.data;
    const other = (await report(s.otherStation, { month })).body.data;
    expect(hub.total).toBe(station.total + other.total);
    expect(hub.unmatched).toBe(hub.groups.reduce((n: number, g: { count: number }) => n + g.count, 0));
    expect(hub.unmatched).toBe(station.unmatched + other.unmatched);
    // the roof group (unclassified, no category, no tier) matches nothing and keeps its keywords
    const roof = station.groups.find((g: { keywords: string[] }) => g.keywords.includes('漏水'));
    expect(roof).toMatchObject({ categories: [], count: 2 });
    expect(JSON.stringify(hub)).not.toContain(SECRET);
    const empty = (await report(s.hub, { month: '2001-01' })).body.data;
    expect(empty).toEqual({ month: '2001-01', total: 0, unmatched: 0, groups: [] });
  });
});
