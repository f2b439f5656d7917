/**
 * District statistics (issue 12): the demand-side list, its drill-down, the dashboard and the monthly report —
 * 401, 400 naming the field, 403 for roles and areas outside the viewer's scope, and each viewer's figures
 * (point, station, hub, admin, department) on a small known set of cases; the XLSX is parsed and compared with
 * the dashboard.
 */
import ExcelJS from 'exceljs';
import { ZDashboard, ZDemandCases, ZDemandList, ZReportFile } from '../../shared/schemas/stats';
import { departmentReferrals } from '../../server/src/db/schema-applications';
import { departments } from '../../server/src/db/schema';
import { eq } from 'drizzle-orm';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { buildProviderWithService, providerStaffSession } from './support/orders';
import { addDeliveries, addEvent, chinaAt, communityOf } from './support/stats';

const t = useTestApp();
const CUIYUAN = '330106005000';
const POINT = '330106005055';
const OTHER_POINT = '330106005057';
const OTHER_STREET = '330106004000';
const tok: Record<string, string> = {};
const ids: Record<string, string> = {};

async function data(name: string, body: Record<string, unknown>, token: string) {
  const res = await post(t, name, body, token);
  if (res.status !== 200) throw new Error(`${name} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as unknown;
}
const dash = async (token: string, body: Record<string, unknown> = {}) =>
  ZDashboard.parse(await data('stats.dashboard', { month: '2026-11', months: 2, ...body }, token));
const demand = async (token: string, body: Record<string, unknown>) =>
  ZDemandList.parse(await data('stats.demand', { month: '2026-11', ...body }, token));

beforeAll(async () => {
  const session = async (key: string, spec: Parameters<typeof buildSession>[1]) => {
    const s = await buildSession(t, spec);
    tok[key] = s.accessToken;
    ids[key] = s.userId;
  };
  await session('point', { memberships: [{ role: 'point_staff', divisionCode: POINT }] });
  await session('otherPoint', { memberships: [{ role: 'point_staff', divisionCode: OTHER_POINT }] });
  await session('station', { memberships: [{ role: 'station_staff', divisionCode: CUIYUAN }] });
  await session('otherStation', { memberships: [{ role: 'station_staff', divisionCode: OTHER_STREET }] });
  await session('hub', { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  await session('admin', { memberships: [{ role: 'admin' }] });
  await session('officer', { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
  await session('resident', {});
  const food = await buildProviderWithService(t);
  tok.provider = (await providerStaffSession(t, food.providerId)).accessToken;

  const nov = (day: number, hour = 10) => chinaAt(`2026-11-${String(day).padStart(2, '0')}`, hour);
  const a = await buildApplication(t, {
    routeTo: POINT,
    createdAt: nov(1),
    targetGroup: 'dibao',
    idNumber: '330106198001011234',
  });
  const b = await buildApplication(t, {
    routeTo: POINT,
    channel: 'proxy',
    createdAt: nov(1),
    targetGroup: 'tekun',
    needTier: 'care',
    categories: ['elderly_care'],
    status: 'resolved',
    resolvedAt: nov(20),
  });
  await buildApplication(t, {
    routeTo: OTHER_POINT,
    channel: 'referral',
    idNumber: null,
    phone: null,
    createdAt: nov(2),
    targetGroup: 'dibao',
    categories: [],
    flags: ['unclassified'],
    status: 'closed',
  });
  const d = await buildApplication(t, {
    routeTo: await communityOf(t, OTHER_STREET),
    createdAt: nov(1),
    urgency: 'urgent',
    targetGroup: 'emergency',
    needTier: 'development',
    categories: ['employment'],
    status: 'in_progress',
  });
  // the same person as a, a month earlier
  await buildApplication(t, { routeTo: POINT, createdAt: chinaAt('2026-10-15'), idNumber: '330106198001011234' });
  await addEvent(t, b.id, 'accept', nov(2));
  await addEvent(t, d.id, 'escalate', nov(2), { automatic: true });
  await addEvent(t, d.id, 'accept', nov(3));
  await addDeliveries(t, { ...food, applicationId: d.id, userId: ids.hub!, days: ['2026-11-05', '2026-11-30'] });
  const [dept] = await t.deps.db.select().from(departments).where(eq(departments.code, 'civil_affairs'));
  await t.deps.db
    .insert(departmentReferrals)
    .values({ applicationId: d.id, departmentId: dept!.id, referredByUserId: ids.hub!, note: '请协助' });
  ids.a = a.id;
});

const ENDPOINTS = ['stats.demand', 'stats.demandCases', 'stats.dashboard', 'stats.monthlyReport'];
const VALID: Record<string, Record<string, unknown>> = {
  'stats.demand': {},
  'stats.demandCases': {},
  'stats.dashboard': {},
  'stats.monthlyReport': { month: '2026-11' },
};

describe('access', () => {
  it.each(ENDPOINTS)('%s answers 401 without a session', async (name) => {
    const res = await post(t, name, VALID[name]);
    expect(res.status).toBe(401);
  });

  it.each(ENDPOINTS)('%s answers 403 to residents and provider staff', async (name) => {
    expect((await post(t, name, VALID[name], tok.resident)).status).toBe(403);
    expect((await post(t, name, VALID[name], tok.provider)).status).toBe(403);
  });

  it.each([
    ['stats.demand', { groupBy: 'name' }, 'groupBy'],
    ['stats.demand', { month: '2026-13' }, 'month'],
    ['stats.demand', { streetCode: '330106999000' }, 'streetCode'],
    ['stats.demand', { streetCode: POINT }, 'streetCode'],
    ['stats.demandCases', { page: 0 }, 'page'],
    ['stats.demandCases', { communityCode: CUIYUAN }, 'communityCode'],
    ['stats.dashboard', { months: 25 }, 'months'],
    ['stats.monthlyReport', { month: '2026-11', format: 'pdf' }, 'format'],
    ['stats.monthlyReport', {}, 'month'],
  ])('%s %j answers 400 naming %s', async (name, body, field) => {
    const res = await post(t, name, body, tok.hub);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details?.[0]?.field).toBe(field);
  });

  it.each(ENDPOINTS)('%s answers 403 for a street outside a station or point', async (name) => {
    const body = { ...VALID[name], streetCode: OTHER_STREET };
    expect((await post(t, name, body, tok.station)).status).toBe(403);
    expect((await post(t, name, body, tok.point)).status).toBe(403);
    expect((await post(t, name, body, tok.hub)).status).toBe(200);
  });

  it.each(['stats.demand', 'stats.demandCases'])('%s answers 403 for a community of another street', async (name) => {
    expect((await post(t, name, { communityCode: POINT }, tok.otherStation)).status).toBe(403);
    expect((await post(t, name, { communityCode: POINT }, tok.station)).status).toBe(200);
  });
});

describe('the dashboard per viewer', () => {
  it('counts the district for the hub and for admins', async () => {
    for (const token of [tok.hub!, tok.admin!]) {
      const d = await dash(token);
      expect(d.scopeLabel).toBe('全区');
      expect(d.months.map((m) => m.month)).toEqual(['2026-10', '2026-11']);
      const nov = d.months[1]!;
      expect(nov).toMatchObject({ applications: 4, personTimes: 3, peopleHelped: 2, escalations: 1, unclassified: 1 });
      expect(nov.byChannel).toEqual([
        { channel: 'self', count: 2 },
        { channel: 'proxy', count: 1 },
        { channel: 'referral', count: 1 },
      ]);
      expect(nov.medianAcceptHours).toBe(36);
      expect(nov.medianResolveHours).toBe(456);
      expect(nov.compliance).toEqual([
        { urgency: 'normal', accepted: 1, onTime: 1 },
        { urgency: 'urgent', accepted: 1, onTime: 0 },
        { urgency: 'emergency', accepted: 0, onTime: 0 },
      ]);
      expect(d.months[0]).toMatchObject({ applications: 1, personTimes: 0 });
      expect(d.streets.map((s) => s.code)).toEqual([...d.streets.map((s) => s.code)].sort());
      expect(d.streets).toHaveLength(12);
      expect(d.streets.find((s) => s.code === CUIYUAN)).toMatchObject({ applications: 3, personTimes: 1 });
      expect(d.streets.find((s) => s.code === OTHER_STREET)).toMatchObject({ applications: 1, personTimes: 2 });
    }
  });

  it('a station sees its street, a point its own cases, a department its referrals', async () => {
    const station = await dash(tok.station!);
    expect(station.months[1]).toMatchObject({ applications: 3, personTimes: 1, peopleHelped: 1 });
    expect(station.streets.map((s) => s.code)).toEqual([CUIYUAN]);
    expect((await dash(tok.point!)).months[1]).toMatchObject({ applications: 2, personTimes: 1 });
    expect((await dash(tok.otherPoint!)).months[1]).toMatchObject({ applications: 1, personTimes: 0 });
    const officer = await dash(tok.officer!);
    expect(officer.months[1]).toMatchObject({ applications: 1, personTimes: 2, peopleHelped: 1 });
    expect(officer.scopeLabel).not.toBe('全区');
    expect((await dash(tok.hub!, { streetCode: CUIYUAN })).months[1]).toMatchObject({ applications: 3 });
  });
});

describe('the demand-side list', () => {
  it('groups by target group with Chinese labels; totals count each case once', async () => {
    const list = await demand(tok.hub!, { groupBy: 'targetGroup' });
    expect(list.rows).toEqual(
      expect.arrayContaining([
        { key: 'dibao', label: '低保', people: 2, open: 1, closed: 1 },
        { key: 'tekun', label: '特困供养', people: 1, open: 0, closed: 1 },
        { key: 'emergency', label: '急难救助', people: 1, open: 1, closed: 0 },
      ]),
    );
    expect(list.totals).toEqual({ people: 4, open: 2, closed: 2 });
    const categories = await demand(tok.hub!, { groupBy: 'category' });
    expect(categories.rows.find((r) => r.key === null)).toMatchObject({ label: '未分类', closed: 1 });
    expect(categories.rows.find((r) => r.key === 'medical')).toMatchObject({ label: '看病就医', open: 1 });
    const streets = await demand(tok.station!, { groupBy: 'street' });
    expect(streets.rows).toEqual([{ key: CUIYUAN, label: '翠苑街道', people: 3, open: 1, closed: 2 }]);
    const months = await demand(tok.point!, { groupBy: 'month', month: undefined });
    expect(months.rows.map((r) => [r.label, r.open + r.closed])).toEqual([
      ['2026年10月', 1],
      ['2026年11月', 2],
    ]);
    const people = await demand(tok.point!, { groupBy: 'needTier', month: undefined });
    expect(people.totals.people).toBe(2);
  });

  it('drills down to the cases the viewer may see, without personal data', async () => {
    const page = ZDemandCases.parse(
      await data('stats.demandCases', { month: '2026-11', targetGroup: 'dibao', status: 'open' }, tok.station!),
    );
    expect(page.items.map((c) => c.id)).toEqual([ids.a]);
    expect(page.items[0]).toMatchObject({ streetName: '翠苑街道', communityName: expect.any(String) });
    expect(JSON.stringify(page)).not.toMatch(/王秀英|13912345678|330106198001011234/);
    const other = ZDemandCases.parse(await data('stats.demandCases', { targetGroup: 'dibao' }, tok.otherPoint!));
    expect(other.total).toBe(1);
    const officer = ZDemandCases.parse(await data('stats.demandCases', {}, tok.officer!));
    expect(officer.total).toBe(1);
  });
});

describe('the monthly report', () => {
  it('exports XLSX whose sheets carry the dashboard figures, streets in the official order', async () => {
    const file = ZReportFile.parse(await data('stats.monthlyReport', { month: '2026-11' }, tok.hub!));
    expect(file.fileName).toBe('联席会议月报-全区-2026-11.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const d = await dash(tok.hub!, { months: 12 });
    const nov = d.months.at(-1)!;
    const summary = new Map<string, unknown>();
    book.getWorksheet('月度概况')!.eachRow((row) => summary.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(summary.get('服务人次')).toBe(nov.personTimes);
    expect(summary.get('帮助人数')).toBe(nov.peopleHelped);
    expect(summary.get('申请件数')).toBe(nov.applications);
    expect(summary.get('受理用时中位数（小时）')).toBe(nov.medianAcceptHours);
    const streets: unknown[][] = [];
    book
      .getWorksheet('镇街')!
      .eachRow((row) => streets.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]));
    expect(streets[0]).toEqual(['镇街', '申请件数', '服务人次']);
    expect(streets.slice(1, -1)).toEqual(d.streets.map((s) => [s.name, s.applications, s.personTimes]));
    expect(streets.at(-1)).toEqual(['合计', 4, 3]);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '月度概况',
      '申请渠道',
      '镇街',
      '时限达标',
      '宣传触达',
      '救助对象',
      '需求层次',
      '困难类别',
      '逐月趋势',
    ]);
  });

  it('exports CSV with a BOM and the same figures', async () => {
    const file = ZReportFile.parse(
      await data('stats.monthlyReport', { month: '2026-11', format: 'csv' }, tok.station!),
    );
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF月度概况')).toBe(true);
    expect(text).toContain('服务人次,1\r\n');
    expect(text).toContain('翠苑街道,3,1\r\n');
  });
});
