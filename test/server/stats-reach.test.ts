/**
 * Outreach reach by community on the dashboard and in the monthly report (issue 13): codes in two communities of
 * different streets, scans, self-checks and an attributed application; each viewer sees only its scope; the XLSX
 * sheet 宣传触达 and the CSV carry the dashboard's figures; events of another month are not counted.
 */
import ExcelJS from 'exceljs';
import { ZOutreachCode } from '../../shared/schemas/outreach';
import { ZDashboard, ZReportFile } from '../../shared/schemas/stats';
import { buildApplication } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { chinaAt } from './support/stats';

const t = useTestApp();
const CUIYUAN_1 = '330106005055'; // 翠苑一区社区（翠苑街道）
const SHANGBAO = '330106002051'; // 上保社区（北山街道）
const tok: Record<string, string> = {};

async function data(name: string, body: Record<string, unknown>, token: string) {
  const res = await post(t, name, body, token);
  if (res.status !== 200) throw new Error(`${name} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as unknown;
}
const reach = async (token: string, body: Record<string, unknown> = {}) =>
  ZDashboard.parse(await data('stats.dashboard', { month: '2026-11', months: 2, ...body }, token)).reach;

beforeAll(async () => {
  const session = async (key: string, spec: Parameters<typeof buildSession>[1]) => {
    const s = await buildSession(t, spec);
    tok[key] = s.accessToken;
    return s;
  };
  await session('point', { memberships: [{ role: 'point_staff', divisionCode: CUIYUAN_1 }] });
  await session('station', { memberships: [{ role: 'station_staff', divisionCode: '330106005000' }] });
  await session('beishan', { memberships: [{ role: 'station_staff', divisionCode: '330106002000' }] });
  await session('hub', { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
  await session('officer', { memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }] });
  const resident = await session('resident', {});
  const code = async (communityCode: string) =>
    ZOutreachCode.parse(await data('outreach.codes.create', { communityCode }, tok.hub!));
  t.clock.set(chinaAt('2026-11-10'));
  const [a, a2, b] = [await code(CUIYUAN_1), await code(CUIYUAN_1), await code(SHANGBAO)];
  const track = (id: string, kind: string) => post(t, 'outreach.track', { code: id, kind });
  for (const [id, kind] of [
    [a.id, 'visit'],
    [a.id, 'visit'],
    [a2.id, 'visit'],
    [a.id, 'self_check'],
    [b.id, 'visit'],
  ])
    expect((await track(id!, kind!)).status).toBe(200);
  const app = await buildApplication(t, { applicantUserId: resident.userId });
  await data('outreach.attribute', { code: a.id, applicationId: app.id }, tok.resident!);
  // another month: not in November's figures
  t.clock.set(chinaAt('2026-10-20'));
  expect((await track(b.id, 'self_check')).status).toBe(200);
  t.clock.set(chinaAt('2026-12-01'));
});

const CUIYUAN_ROW = {
  community: { code: CUIYUAN_1, name: '翠苑一区社区' },
  street: { code: '330106005000', name: '翠苑街道' },
  codes: 2,
  visits: 3,
  selfChecks: 1,
  applications: 1,
};
const SHANGBAO_ROW = {
  community: { code: SHANGBAO, name: '上保社区' },
  street: { code: '330106002000', name: '北山街道' },
  codes: 1,
  visits: 1,
  selfChecks: 0,
  applications: 0,
};

describe('reach by community on the dashboard', () => {
  it('401 without a session, 403 for a resident', async () => {
    expect((await post(t, 'stats.dashboard', { month: '2026-11' })).status).toBe(401);
    expect((await post(t, 'stats.dashboard', { month: '2026-11' }, tok.resident)).status).toBe(403);
  });

  it('the hub sees both communities, streets in the official order (北山 before 翠苑)', async () => {
    expect(await reach(tok.hub!)).toEqual([SHANGBAO_ROW, CUIYUAN_ROW]);
  });

  it('a station sees only its street, a point only its community, a department none', async () => {
    expect(await reach(tok.station!)).toEqual([CUIYUAN_ROW]);
    expect(await reach(tok.beishan!)).toEqual([SHANGBAO_ROW]);
    expect(await reach(tok.point!)).toEqual([CUIYUAN_ROW]);
    expect(await reach(tok.officer!)).toEqual([]);
  });

  it('counts only the chosen month and follows the street filter', async () => {
    const october = await reach(tok.hub!, { month: '2026-10' });
    expect(october).toEqual([
      { ...SHANGBAO_ROW, visits: 0, selfChecks: 1 },
      { ...CUIYUAN_ROW, visits: 0, selfChecks: 0, applications: 0 },
    ]);
    expect(await reach(tok.hub!, { streetCode: '330106002000' })).toEqual([SHANGBAO_ROW]);
  });
});

describe('reach in the monthly report', () => {
  it('the XLSX sheet 宣传触达 equals the dashboard figures, with a totals row', async () => {
    const file = ZReportFile.parse(await data('stats.monthlyReport', { month: '2026-11' }, tok.hub!));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.getWorksheet('宣传触达')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['镇街', '村社', '宣传码个数', '扫码次数', '自查次数', '申请件数']);
    const d = await reach(tok.hub!, { months: 12 });
    expect(rows.slice(1, -1)).toEqual(
      d.map((r) => [r.street.name, r.community.name, r.codes, r.visits, r.selfChecks, r.applications]),
    );
    expect(rows.at(-1)).toEqual(['合计', '', 3, 4, 1, 1]);
  });

  it('the CSV of a station holds its street only', async () => {
    const file = ZReportFile.parse(
      await data('stats.monthlyReport', { month: '2026-11', format: 'csv' }, tok.station!),
    );
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text).toContain(
      '宣传触达\r\n镇街,村社,宣传码个数,扫码次数,自查次数,申请件数\r\n翠苑街道,翠苑一区社区,2,3,1,1\r\n合计,,2,3,1,1\r\n',
    );
    expect(text).not.toContain('上保社区');
  });
});
