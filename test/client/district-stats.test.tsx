/**
 * District figures: the dashboard shows each figure's numbers as a table (the same numbers the chart draws),
 * Chinese labels, the month switch and the monthly report export; the demand-side list groups, drills down to
 * the cases behind a row and narrows by it.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZDashboard, ZDemandCases, ZDemandList, type TDashboardMonth } from '@shared/schemas/stats';
import DashboardPage from '@/packages/district/pages/dashboard/index';
import DemandPage from '@/packages/district/pages/demand/index';
import { chartOption, legendRows } from '@/packages/district/lib/chart-option';
import { figures } from '@/packages/district/lib/figures';
import { clearSession, setSession } from '@/stores/session';
import { mockApi, ok } from './support/request-mock';
import { CASE_ID, staffSession } from './support/staff-fixtures';

const month = (m: string, over: Partial<TDashboardMonth> = {}): TDashboardMonth => ({
  month: m,
  personTimes: 0,
  peopleHelped: 0,
  applications: 0,
  byChannel: [
    { channel: 'self', count: 0 },
    { channel: 'proxy', count: 0 },
    { channel: 'referral', count: 0 },
  ],
  medianAcceptHours: null,
  medianResolveHours: null,
  compliance: [
    { urgency: 'normal', accepted: 0, onTime: 0 },
    { urgency: 'urgent', accepted: 0, onTime: 0 },
    { urgency: 'emergency', accepted: 0, onTime: 0 },
  ],
  escalations: 0,
  unclassified: 0,
  ...over,
});

const dashboard = ZDashboard.parse({
  scopeLabel: '全区',
  months: [
    month('2026-10', { personTimes: 5, peopleHelped: 4, applications: 2 }),
    month('2026-11', {
      personTimes: 37,
      peopleHelped: 21,
      applications: 8,
      byChannel: [
        { channel: 'self', count: 5 },
        { channel: 'proxy', count: 2 },
        { channel: 'referral', count: 1 },
      ],
      medianAcceptHours: 36,
      medianResolveHours: 456,
      compliance: [
        { urgency: 'normal', accepted: 3, onTime: 3 },
        { urgency: 'urgent', accepted: 1, onTime: 0 },
        { urgency: 'emergency', accepted: 0, onTime: 0 },
      ],
      escalations: 2,
      unclassified: 2,
    }),
  ],
  streets: [
    { code: '330106001000', name: '北山街道', applications: 3, personTimes: 30 },
    { code: '330106005000', name: '翠苑街道', applications: 5, personTimes: 7 },
  ],
  reach: [
    {
      community: { code: '330106002051', name: '上保社区' },
      street: { code: '330106002000', name: '北山街道' },
      codes: 1,
      visits: 4,
      selfChecks: 0,
      applications: 0,
    },
    {
      community: { code: '330106005055', name: '翠苑一区社区' },
      street: { code: '330106005000', name: '翠苑街道' },
      codes: 2,
      visits: 9,
      selfChecks: 3,
      applications: 1,
    },
  ],
});

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(staffSession(['resident', 'hub_staff']));
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
});

describe('数据看板', () => {
  it('shows the headline and every figure as a table with Chinese labels', async () => {
    const api = mockApi({ 'stats.dashboard': () => ok(dashboard) });
    render(<DashboardPage />);
    expect(await screen.findByText('全区 · ' + `${new Date().getFullYear()}年`, { exact: false })).toBeInTheDocument();
    expect(api.callsTo('stats.dashboard')[0]!.data).toEqual({ months: 12 });
    const kpis = document.querySelector('.district-dash__kpis') as HTMLElement;
    const kpi = (label: string) => within(kpis).getByText(label).closest('.district-dash__kpi') as HTMLElement;
    expect(within(kpi('按时受理率')).getByText('75%')).toBeInTheDocument();
    expect(within(kpi('未分类占比')).getByText('25%')).toBeInTheDocument();
    const streets = document.querySelector('.district-figure--streets') as HTMLElement;
    const rows = [...streets.querySelectorAll('.district-table__row')].map((r) => r.textContent);
    expect(rows).toEqual(['镇街申请件数服务人次', '北山街道330', '翠苑街道57', '合计837']);
    const channels = document.querySelector('.district-figure--channels') as HTMLElement;
    expect(within(channels).getByText('代亲友申请')).toBeInTheDocument();
    expect(within(channels).getAllByText('2026年11月')).toHaveLength(1);
  });

  it('every chart draws exactly the numbers of its table', () => {
    for (const f of figures(dashboard)) {
      const fromTable = f.table.rows
        .filter((r) => r[0] !== '合计')
        .map((r) => r.slice(1, 1 + f.chart.series.length).map((c) => (c === '—' ? null : c)));
      const fromChart = f.chart.categories.map((_, i) => f.chart.series.map((s) => s.values[i]));
      expect([f.key, fromChart]).toEqual([f.key, fromTable]);
    }
  });

  it('leaves room above the plot when the legend wraps (care mode on a phone), as before when it does not', () => {
    const spec = figures(dashboard).find((f) => f.key === 'channels')!.chart;
    const names = spec.series.map((s) => s.name);
    expect(names).toEqual(['本人申请', '代亲友申请', '邻里报告']);
    // a 375-px phone draws the chart about 317 px wide: 14 px text fits one row, care mode's 18 px takes two
    expect([legendRows(names, 14, 317), legendRows(names, 18, 317), legendRows(names, 18, 460)]).toEqual([1, 2, 1]);
    expect(chartOption(spec, 14, 317).grid.top).toBe(36);
    expect(chartOption(spec, 14).grid.top).toBe(36);
    expect(chartOption(spec, 18, 317).grid.top).toBe(36 + 23 + 10);
  });

  it('shows outreach reach per community, the table beside the chart with the same numbers', async () => {
    mockApi({ 'stats.dashboard': () => ok(dashboard) });
    render(<DashboardPage />);
    await screen.findByText('宣传码触达', { exact: false });
    const reach = document.querySelector('.district-figure--reach') as HTMLElement;
    const rows = [...reach.querySelectorAll('.district-table__row')].map((r) => r.textContent);
    expect(rows).toEqual([
      '村社扫码次数自查次数申请件数宣传码个数所属镇街',
      '上保社区4001北山街道',
      '翠苑一区社区9312翠苑街道',
      '合计13313',
    ]);
    const f = figures(dashboard).find((x) => x.key === 'reach')!;
    expect(f.chart.categories).toEqual(['上保社区', '翠苑一区社区']);
    expect(f.chart.series.map((s) => [s.name, s.values])).toEqual([
      ['扫码次数', [4, 9]],
      ['自查次数', [0, 3]],
      ['申请件数', [0, 1]],
    ]);
  });

  it('says so when no code was scanned in the month, without an empty chart', async () => {
    const quiet = {
      ...dashboard,
      reach: dashboard.reach.map((r) => ({ ...r, visits: 0, selfChecks: 0, applications: 0 })),
    };
    mockApi({ 'stats.dashboard': () => ok(quiet) });
    render(<DashboardPage />);
    expect(await screen.findByText('这个月还没有人扫宣传码。')).toBeInTheDocument();
    const reach = document.querySelector('.district-figure--reach') as HTMLElement;
    expect(reach.querySelector('.district-table__row')).toBeNull();
  });

  it('moves to the month before and exports the report', async () => {
    const api = mockApi({
      'stats.dashboard': () => ok(dashboard),
      'stats.monthlyReport': () => ok({ fileName: 'r.csv', mime: 'text/csv', base64: 'MQ==' }),
    });
    render(<DashboardPage />);
    await screen.findByText('‹ 上个月');
    await act(async () => fireEvent.click(screen.getByText('‹ 上个月')));
    const sent = api.callsTo('stats.dashboard')[1]!.data as { month: string };
    expect(sent.month).toMatch(/^\d{4}-\d{2}$/);
    await screen.findByText('下个月 ›');
    const created = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await act(async () => fireEvent.click(screen.getByText('导出 CSV')));
    expect(api.callsTo('stats.monthlyReport')[0]!.data).toEqual({ month: sent.month, format: 'csv' });
    expect(created).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
  });
});

describe('需求侧清单', () => {
  const list = ZDemandList.parse({
    groupBy: 'targetGroup',
    rows: [
      { key: 'dibao', label: '低保', people: 2, open: 1, closed: 1 },
      { key: null, label: '未填写', people: 1, open: 1, closed: 0 },
    ],
    totals: { people: 3, open: 2, closed: 1 },
  });
  const cases = ZDemandCases.parse({
    items: [
      {
        id: CASE_ID,
        refNo: 'XH261101-AB12',
        status: 'submitted',
        streetName: '翠苑街道',
        communityName: '翠苑一区社区',
        needTier: 'survival',
        categories: ['basic_living', 'medical'],
        createdAt: '2026-11-01T02:00:00Z',
      },
    ],
    total: 1,
    page: 1,
    pageSize: 20,
  });

  it('groups, drills down to the cases of a row, opens one and narrows the list', async () => {
    const api = mockApi({ 'stats.demand': () => ok(list), 'stats.demandCases': () => ok(cases) });
    render(<DemandPage />);
    expect(await screen.findByText('低保')).toBeInTheDocument();
    expect(screen.getByText('合计（每件只算一次）')).toBeInTheDocument();
    // the first column says what the rows are
    expect(document.querySelector('.district-table__row--head')!.textContent).toBe('救助对象人数在办办结合计');
    expect((api.callsTo('stats.demand')[0]!.data as { groupBy: string }).groupBy).toBe('targetGroup');
    // a row that cannot be narrowed does nothing
    fireEvent.click(screen.getByText('未填写'));
    expect(api.callsTo('stats.demandCases')).toHaveLength(0);
    await act(async () => fireEvent.click(screen.getByText('低保')));
    expect(api.callsTo('stats.demandCases')[0]!.data).toMatchObject({ targetGroup: 'dibao' });
    expect(await screen.findByText('XH261101-AB12')).toBeInTheDocument();
    expect(screen.getByText('吃饭穿衣等基本生活、看病就医 · 2026-11-01')).toBeInTheDocument();
    fireEvent.click(screen.getByText('XH261101-AB12'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/staff/pages/case/index?id=${CASE_ID}` });
    await act(async () => fireEvent.click(screen.getByText('只看低保')));
    expect(api.callsTo('stats.demand').at(-1)!.data).toMatchObject({ targetGroup: 'dibao', groupBy: 'targetGroup' });
    await act(async () => fireEvent.click(screen.getByText('镇街')));
    expect(api.callsTo('stats.demand').at(-1)!.data).toMatchObject({ groupBy: 'street' });
  });
});
