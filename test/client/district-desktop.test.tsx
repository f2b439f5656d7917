/**
 * Issue 12.7: at 1024 px and wider the queue uses the desktop layout (side navigation by role, a sortable table, the
 * filters in a bar); below it the phone layout is unchanged. Issue 12.2: the accept sheet classifies an unclassified case.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { navFor } from '@/components/DesktopShell';
import CasePage from '@/packages/staff/pages/case/index';
import QueuePage from '@/packages/staff/pages/queue/index';
import { clearSession, setSession } from '@/stores/session';
import { mockApi, ok } from './support/request-mock';
import { CASE_ID, queueItem, staffDetail, staffSession } from './support/staff-fixtures';
import { openCase, sheet, submitSheet, tapAction } from './support/staff-page';

const setWidth = (px: number) => Object.defineProperty(window, 'innerWidth', { configurable: true, value: px });

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(staffSession());
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
});
afterEach(() => setWidth(375));

const items = [
  queueItem({
    id: '0a1b2c3d-0000-4000-8000-00000000c101',
    subjectName: '张三',
    refNo: 'XH261201-AAAA',
    dueAt: '2026-12-09T01:00:00.000Z',
  }),
  queueItem({
    id: '0a1b2c3d-0000-4000-8000-00000000c102',
    subjectName: '李四',
    refNo: 'XH261201-BBBB',
    dueAt: '2026-12-08T01:00:00.000Z',
  }),
];

describe('desktop layout', () => {
  it('at 1280 px: side navigation for the roles, a sortable table, filters in a bar', async () => {
    setWidth(1280);
    mockApi({ 'cases.queue': () => ok({ view: 'staff', items, nextCursor: null }) });
    const { container } = render(<QueuePage />);
    const nav = await screen.findByRole('navigation');
    expect(within(nav).getByText('案件工作台')).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByText('未归类需求')).toBeInTheDocument();
    expect(within(nav).queryByText('查看记录')).toBeNull(); // point staff: no audit review
    expect(within(nav).queryByText('内容与设置')).toBeNull();
    expect(container.querySelector('.filter-bar .queue__search')).not.toBeNull();
    const names = () => Array.from(container.querySelectorAll('.sortable-table__open'), (e) => e.textContent);
    expect(names()).toEqual(['李四', '张三']); // by deadline first
    const header = screen.getByText(/求助对象/);
    fireEvent.click(header);
    expect(names()).toEqual(['张三', '李四'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(header.closest('[role="columnheader"]')).toHaveAttribute('aria-sort', 'ascending');
    fireEvent.click(header);
    expect(header.closest('[role="columnheader"]')).toHaveAttribute('aria-sort', 'descending');
    expect(document.documentElement.classList.contains('zl-desktop')).toBe(true);
    expect(document.documentElement.style.fontSize).toBe('20px');
  });

  it('at 375 px: the phone list, no navigation, no table', async () => {
    mockApi({ 'cases.queue': () => ok({ view: 'staff', items, nextCursor: null }) });
    const { container } = render(<QueuePage />);
    expect(await screen.findByText('张三')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(container.querySelector('.sortable-table')).toBeNull();
    expect(container.querySelectorAll('.case-card')).toHaveLength(2);
    expect(screen.getByText('未归类需求 ›')).toBeInTheDocument();
    expect(document.documentElement.classList.contains('zl-desktop')).toBe(false);
  });

  it('navigation entries follow roles, with the dashboard and demand pages of the district package', () => {
    const labels = (roles: Parameters<typeof navFor>[0]) => navFor(roles).flatMap((s) => s.items.map((i) => i.url));
    expect(labels(['hub_staff'])).toEqual(
      expect.arrayContaining([
        '/packages/district/pages/dashboard/index',
        '/packages/district/pages/demand/index',
        '/packages/district/pages/audit/index',
      ]),
    );
    expect(labels(['admin'])).toContain('/packages/admin/pages/index/index');
    expect(labels(['resident'])).toEqual([]);
  });
});

describe('accept classifies an unclassified case', () => {
  it('asks for a need tier, then sends categories, tier and group', async () => {
    openCase();
    const api = mockApi({
      'cases.get': () => ok(staffDetail({ categories: [], needTier: null, flags: ['unclassified'] })),
      'cases.accept': () => ok(staffDetail({ status: 'accepted', version: 5 })),
    });
    render(<CasePage />);
    await screen.findByText('基本情况');
    tapAction('接收');
    await submitSheet('accept', '确认接收');
    expect(api.callsTo('cases.accept')).toHaveLength(0);
    expect(within(sheet('accept')).getByText('请选择需求层次')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(within(sheet('accept')).getByText('看病就医'));
      fireEvent.click(within(sheet('accept')).getByText('关爱型'));
    });
    await submitSheet('accept', '确认接收');
    expect(api.callsTo('cases.accept')[0]!.data).toEqual({
      id: CASE_ID,
      expectedVersion: 4,
      classification: { categories: ['medical'], needTier: 'care', targetGroup: null },
    });
  });
});
