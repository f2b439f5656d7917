/** Issue 12.2, 12.3, 12.6 screens: unclassified needs and the gap report, household merge with undo, audit review. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZAuditReview, ZGapReport, ZHouseholdProposals, ZUnclassified } from '@shared/schemas/district';
import AuditPage from '@/packages/district/pages/audit/index';
import MergePage from '@/packages/district/pages/merge/index';
import UnclassifiedPage from '@/packages/district/pages/unclassified/index';
import { clearSession, setSession } from '@/stores/session';
import { me, session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';
import { staffSession } from './support/staff-fixtures';

const ID = (n: number) => `0a1b2c3d-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const HUB = {
  role: 'hub_staff' as const,
  servicePoint: { id: ID(90), name: '西湖区助联体', level: 'district_hub' as const, divisionCode: '330106000000' },
  department: null,
};
const hubSession = () =>
  session({ user: me({ displayName: '吴主任', roles: ['resident', 'hub_staff'], memberships: [HUB] }) });

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
});

const item = (n: number, text: string) => ({
  id: ID(n),
  refNo: `XH261201-AA0${n}`,
  channel: 'referral' as const,
  status: 'submitted',
  statusLabel: '待受理',
  text,
  streetName: '翠苑街道',
  createdAt: '2026-12-01T02:00:00.000Z',
});

describe('未归类需求', () => {
  const unclassified = ZUnclassified.parse({
    total: 4,
    withheld: 1,
    truncated: false,
    groups: [
      { keywords: ['助听', '听器'], items: [item(1, '想配一个助听器'), item(2, '助听器太贵买不起')] },
      { keywords: [], items: [item(3, '家里的猫走丢了')] },
    ],
  });

  it('shows the groups with their shared words and texts; point staff get no gap report', async () => {
    setSession(staffSession());
    const api = mockApi({ 'needs.unclassified': () => ok(unclassified) });
    render(<UnclassifiedPage />);
    expect(await screen.findByText('2 件：都提到“助听”“听器”')).toBeInTheDocument();
    expect(screen.getByText('家里的猫走丢了')).toBeInTheDocument();
    expect(screen.getByText(/另有 1 件邻居反映的线索/)).toBeInTheDocument();
    expect(api.callsTo('needs.gapReport')).toHaveLength(0);
    await act(async () => fireEvent.click(screen.getByText('全部（含已办结）')));
    expect(api.callsTo('needs.unclassified').map((c) => c.data)).toEqual([{ status: 'open' }, { status: 'all' }]);
  });

  it('the hub sees the monthly gap report and moves between months', async () => {
    setSession(hubSession());
    const report = ZGapReport.parse({
      month: '2026-12',
      total: 30,
      unmatched: 5,
      groups: [
        { categories: ['housing'], keywords: [], count: 3 },
        { categories: [], keywords: ['漏水'], count: 2 },
      ],
    });
    const api = mockApi({ 'needs.unclassified': () => ok(unclassified), 'needs.gapReport': () => ok(report) });
    render(<UnclassifiedPage />);
    expect(await screen.findByText('本月共 30 件求助，其中 5 件没有找到对应的政策或服务。')).toBeInTheDocument();
    expect(screen.getByText('未归类：漏水')).toBeInTheDocument();
    const first = (api.callsTo('needs.gapReport')[0]!.data as { month: string }).month;
    await act(async () => fireEvent.click(screen.getByText('‹ 上个月')));
    const second = (api.callsTo('needs.gapReport')[1]!.data as { month: string }).month;
    expect(second < first).toBe(true);
  });
});

describe('合并同户', () => {
  const c = (n: number, channel: 'self' | 'proxy') => ({
    id: ID(n),
    refNo: `XH261201-BB0${n}`,
    channel,
    statusLabel: '待受理',
    subjectName: '王秀英',
    createdAt: '2026-12-01T02:00:00.000Z',
    householdId: null,
  });
  const proposals = ZHouseholdProposals.parse({
    items: [{ a: c(1, 'self'), b: c(2, 'proxy'), reasons: ['id_number', 'name_address'] }],
    truncated: false,
  });

  it('merges a proposed pair after confirming, and undoes it', async () => {
    setSession(staffSession());
    const api = mockApi({
      'households.proposals': () => ok(proposals),
      'households.merge': () => ok({ id: ID(50), members: [], hiddenMembers: 0 }),
      'households.unmerge': () => ok({ id: null, members: [], hiddenMembers: 0 }),
    });
    render(<MergePage />);
    expect(await screen.findByText('身份证号相同，姓名相同、地址相近')).toBeInTheDocument();
    expect(screen.getByText('XH261201-BB02 · 家人代办 · 待受理')).toBeInTheDocument();
    fireEvent.click(screen.getByText('合并为一户'));
    await act(async () => fireEvent.click(screen.getByText('确定合并')));
    expect(api.callsTo('households.merge')[0]!.data).toEqual({ applicationIds: [ID(1), ID(2)] });
    expect(await screen.findByText('已把 XH261201-BB01 和 XH261201-BB02 合并为一户。')).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByText('撤销这次合并')));
    expect(api.callsTo('households.unmerge')[0]!.data).toEqual({ applicationId: ID(2) });
  });
});

describe('查看记录', () => {
  const review = ZAuditReview.parse({
    items: [
      {
        id: '12',
        at: '2026-12-05T06:30:00.000Z',
        action: 'case.revealed',
        actor: { id: ID(7), displayName: '忙碌社工' },
        applicationId: ID(1),
        refNo: 'XH261201-CC01',
        field: 'idNumber',
        reason: 'call_person',
        unusual: true,
      },
      {
        id: '11',
        at: '2026-12-05T06:00:00.000Z',
        action: 'case.viewed',
        actor: { id: ID(8), displayName: '陈社工' },
        applicationId: ID(1),
        refNo: 'XH261201-CC01',
        field: null,
        reason: null,
        unusual: false,
      },
    ],
    nextCursor: null,
    unusual: [{ userId: ID(7), displayName: '忙碌社工', total: 14 }],
    threshold: 10,
  });

  it('lists entries, marks the unusual revealer, filters by a tapped name and exports', async () => {
    setSession(hubSession());
    const api = mockApi({
      'audit.review': () => ok(review),
      'audit.export': () => ok({ filename: 'audit-2026-12-05.csv', csv: '\uFEFF时间\r\n', rows: 2 }),
    });
    const { container } = render(<AuditPage />);
    expect(await screen.findByText('近 24 小时显示完整号码超过 10 次：')).toBeInTheDocument();
    expect(screen.getByText('忙碌社工（14 次）')).toBeInTheDocument();
    expect(container.querySelectorAll('.audit__row--unusual')).toHaveLength(1);
    expect(screen.getByText('身份证号：电话联系本人')).toBeInTheDocument();
    expect(api.callsTo('audit.review')[0]!.data).toMatchObject({ limit: 50, from: expect.any(String) });
    await act(async () => fireEvent.click(screen.getByText('陈社工')));
    expect(api.callsTo('audit.review')[1]!.data).toMatchObject({ actorUserId: ID(8) });
    expect(screen.getByText('工作人员：陈社工')).toBeInTheDocument();
    await act(async () => fireEvent.click(within(container.querySelector('.filter-bar')!).getByText('显示完整号码')));
    expect(api.callsTo('audit.review')[2]!.data).toMatchObject({ actorUserId: ID(8), action: 'case.revealed' });
    const created = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await act(async () => fireEvent.click(screen.getByText('导出表格（CSV）')));
    expect(api.callsTo('audit.export')[0]!.data).toMatchObject({ actorUserId: ID(8), action: 'case.revealed' });
    expect(created).toHaveBeenCalled();
    expect(clicked).toHaveBeenCalled();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已导出 2 条' }));
  });

  it('point staff are turned away by the gate and never call the endpoint', async () => {
    setSession(staffSession());
    const api = mockApi({ 'audit.review': () => ok(review) });
    render(<AuditPage />);
    await act(async () => undefined);
    expect(api.callsTo('audit.review')).toHaveLength(0);
  });
});

describe('同户的其他求助 on the case page', () => {
  it('lists the other cases of the household in scope and counts the rest', async () => {
    const { openCase } = await import('./support/staff-page');
    const { CASE_ID, staffDetail } = await import('./support/staff-fixtures');
    const { default: CasePage } = await import('@/packages/staff/pages/case/index');
    openCase();
    setSession(staffSession());
    const member = (id: string, refNo: string) => ({
      id,
      refNo,
      channel: 'proxy' as const,
      statusLabel: '办理中',
      subjectName: '王秀英',
      createdAt: '2026-12-01T02:00:00.000Z',
      householdId: ID(50),
    });
    const api = mockApi({
      'cases.get': () => ok(staffDetail()),
      'households.ofCase': () =>
        ok({
          id: ID(50),
          members: [member(CASE_ID, 'XH261201-DD01'), member(ID(3), 'XH261201-DD03')],
          hiddenMembers: 1,
        }),
    });
    render(<CasePage />);
    expect(await screen.findByText('王秀英 · XH261201-DD03 · 家人代办 · 办理中 ›')).toBeInTheDocument();
    expect(screen.getByText('另有 1 件在其他辖区办理')).toBeInTheDocument();
    expect(screen.queryByText(/XH261201-DD01/)).toBeNull();
    expect(api.callsTo('households.ofCase')[0]!.data).toEqual({ applicationId: CASE_ID });
  });
});
