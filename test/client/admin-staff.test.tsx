import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { TStaffList, TStaffMember } from '@shared/schemas/accounts';
import AdminPage from '@/packages/admin/pages/index/index';
import { clearSession, setSession } from '@/stores/session';
import { me, session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';

const tab = (label: string) =>
  act(async () => fireEvent.click(within(document.querySelector('.admin__tabs') as HTMLElement).getByText(label)));
const dialog = () => within(document.querySelector('.dialog') as HTMLElement);
const ID = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}`;

function member(overrides: Partial<TStaffMember> = {}): TStaffMember {
  return {
    userId: ID(1),
    displayName: '王站长',
    memberships: [
      {
        id: ID(11),
        role: 'station_staff',
        unitId: ID(21),
        unitName: '翠苑街道助联工作站',
        createdAt: '2026-11-01T02:00:00.000Z',
        revokedAt: null,
      },
      {
        id: ID(12),
        role: 'point_staff',
        unitId: ID(22),
        unitName: '翠苑一区助联服务点',
        createdAt: '2026-10-01T02:00:00.000Z',
        revokedAt: '2026-11-02T02:00:00.000Z',
      },
    ],
    lastLoginAt: '2026-12-04T01:00:00.000Z',
    lastSeenAt: '2026-12-05T01:30:00.000Z',
    disabledAt: null,
    ...overrides,
  };
}
const page = (items: TStaffMember[], total = items.length): TStaffList => ({ items, total, page: 1, pageSize: 20 });

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(session({ user: me({ displayName: '管理员', roles: ['admin'] }) }));
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
});

describe('admin staff panel', () => {
  it('lists staff with unit names, revoked memberships and last use; filters by role and pages', async () => {
    const api = mockApi({
      'admin.policies.list': () => ok({ items: [] }),
      'admin.staff.list': () => ok(page([member()], 25)),
    });
    render(<AdminPage />);
    await tab('工作人员');
    expect(await screen.findByText('王站长')).toBeInTheDocument();
    expect(screen.getByText('镇街服务站工作人员 · 翠苑街道助联工作站')).toBeInTheDocument();
    expect(screen.getByText(/翠苑一区助联服务点（2026-11-02 10:00 已撤销）/)).toBeInTheDocument();
    expect(screen.getByText('最近登录：2026-12-04 09:00；最近使用：2026-12-05 09:30')).toBeInTheDocument();
    expect(api.callsTo('admin.staff.list')[0]!.data).toEqual({ page: 1, pageSize: 20 });

    await act(async () => fireEvent.click(screen.getByText('下一页')));
    expect(api.callsTo('admin.staff.list').at(-1)!.data).toEqual({ page: 2, pageSize: 20 });
    expect(await screen.findByText('上一页')).toBeInTheDocument();
    expect(screen.queryByText('下一页')).toBeNull();

    await act(async () =>
      fireEvent.click(within(document.querySelector('.staff-choice') as HTMLElement).getByText('区级助联体工作人员')),
    );
    expect(api.callsTo('admin.staff.list').at(-1)!.data).toEqual({ page: 1, pageSize: 20, role: 'hub_staff' });
  });

  it('revokes a membership only after the confirm dialog, then reloads', async () => {
    let revoked = false;
    const api = mockApi({
      'admin.policies.list': () => ok({ items: [] }),
      'admin.staff.list': () =>
        ok(
          page([
            revoked
              ? member({ memberships: [{ ...member().memberships[0]!, revokedAt: '2026-12-05T02:00:00.000Z' }] })
              : member(),
          ]),
        ),
      'admin.memberships.revoke': () => (
        (revoked = true),
        ok({ membershipId: ID(11), revokedAt: '2026-12-05T02:00:00.000Z' })
      ),
    });
    render(<AdminPage />);
    await tab('工作人员');
    fireEvent.click(await screen.findByText('撤销'));
    expect(dialog().getByText('撤销这项身份？')).toBeInTheDocument();
    await act(async () => fireEvent.click(dialog().getByText('取消')));
    expect(api.callsTo('admin.memberships.revoke')).toHaveLength(0);

    fireEvent.click(screen.getByText('撤销'));
    await act(async () => fireEvent.click(dialog().getAllByText('撤销').at(-1)!));
    expect(api.callsTo('admin.memberships.revoke')[0]!.data).toEqual({ membershipId: ID(11) });
    expect(await screen.findByText(/翠苑街道助联工作站（2026-12-05 10:00 已撤销）/)).toBeInTheDocument();
    expect(screen.queryByText('撤销')).toBeNull();
  });

  it('disables an account after confirming, shows it as disabled, and shows the server refusal for oneself', async () => {
    let disabled = false;
    const api = mockApi({
      'admin.policies.list': () => ok({ items: [] }),
      'admin.staff.list': () =>
        ok(
          page([
            member({ disabledAt: disabled ? '2026-12-05T02:00:00.000Z' : null }),
            member({ userId: ID(2), displayName: '管理员', memberships: [] }),
          ]),
        ),
      'admin.users.disable': (data) =>
        (data as { userId: string }).userId === ID(2)
          ? { statusCode: 409, data: { ok: false, code: 'CONFLICT', message: '不能停用您自己的账号', requestId: 'r' } }
          : ((disabled = true), ok({ userId: ID(1), disabledAt: '2026-12-05T02:00:00.000Z' })),
    });
    render(<AdminPage />);
    await tab('工作人员');
    const [first, second] = await screen.findAllByText('停用账号');
    fireEvent.click(first!);
    expect(dialog().getByText(/王站长会马上在所有设备上退出/)).toBeInTheDocument();
    await act(async () => fireEvent.click(dialog().getByText('停用')));
    expect(api.callsTo('admin.users.disable')[0]!.data).toEqual({ userId: ID(1) });
    expect(await screen.findByText('（已停用）')).toBeInTheDocument();
    expect(screen.getByText('恢复账号')).toBeInTheDocument();

    fireEvent.click(second!);
    await act(async () => fireEvent.click(dialog().getByText('停用')));
    expect(await screen.findByText('不能停用您自己的账号')).toBeInTheDocument();
  });
});
