import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import AdminPage from '@/packages/admin/pages/index/index';
import { clearSession, setSession } from '@/stores/session';
import { me, overview, point, session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';

const DEPARTMENTS = {
  items: [{ id: '0a1b2c3d-0000-4000-8000-0000000d0001', code: 'civil_affairs', name: '区民政局', isLead: true }],
};
const typeInto = (selector: string, value: string) =>
  fireEvent(
    document.querySelector(`.staff-field__input--${selector}`)!,
    new CustomEvent('input', { bubbles: true, detail: { value } }),
  );
const tab = (label: string) =>
  act(async () => fireEvent.click(within(document.querySelector('.admin__tabs') as HTMLElement).getByText(label)));

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(session({ user: me({ displayName: '管理员', roles: ['admin'] }) }));
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
});

describe('admin settings', () => {
  it('creates a staff invite for a community point and shows the one-time code', async () => {
    const o = overview();
    const cuiyuan = o.streets[2]!;
    const target = point({ name: '翠苑一区助联服务点' });
    const api = mockApi({
      'admin.policies.list': () => ok({ items: [] }),
      'org.overview': () => ok(o),
      'departments.list': () => ok(DEPARTMENTS),
      'admin.providers.list': () => ok({ items: [] }),
      'servicePoints.list': () => ok({ items: [target] }),
      'admin.invites.create': () =>
        ok({ code: 'K7QM-3XPA-92HD', role: 'point_staff', expiresAt: '2026-12-06T04:00:00.000Z' }),
    });
    render(<AdminPage />);
    await tab('邀请码');

    fireEvent.click(await screen.findByText('村社服务点工作人员'));
    await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
    expect(screen.getByText('请选择工作的站点')).toBeInTheDocument();
    expect(api.callsTo('admin.invites.create')).toHaveLength(0);

    await act(async () => fireEvent.click(screen.getByText(cuiyuan.name)));
    expect(api.callsTo('servicePoints.list').at(-1)!.data).toEqual({
      streetCode: cuiyuan.code,
      level: 'community_point',
    });
    fireEvent.click(await screen.findByText('翠苑一区助联服务点'));
    await act(async () => fireEvent.click(screen.getByText('生成邀请码')));

    expect(api.callsTo('admin.invites.create')[0]!.data).toEqual({
      role: 'point_staff',
      servicePointId: target.id,
      validDays: 7,
    });
    expect(screen.getByText('K7QM-3XPA-92HD')).toBeInTheDocument();
    expect(screen.getByText(/只显示这一次.*2026-12-06 12:00 前有效/)).toBeInTheDocument();
  });

  it('updates a self-check standard after checking the number', async () => {
    const api = mockApi({
      'admin.policies.list': () => ok({ items: [] }),
      'admin.standards.list': () =>
        ok({
          items: [
            { key: 'dibao_monthly', label: '低保标准', value: 1280, unit: '元/人/月', isSample: true, note: null },
          ],
        }),
      'admin.standards.update': () =>
        ok({ key: 'dibao_monthly', label: '低保标准', value: 1350, unit: '元/人/月', isSample: false, note: null }),
    });
    render(<AdminPage />);
    await tab('救助标准');
    await screen.findByText('低保标准');

    typeInto('standard-dibao_monthly', '-5');
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(screen.getByText('不能小于 0')).toBeInTheDocument();
    expect(api.callsTo('admin.standards.update')).toHaveLength(0);

    typeInto('standard-dibao_monthly', '1350');
    fireEvent.click(screen.getByText('已核实'));
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(api.callsTo('admin.standards.update')[0]!.data).toEqual({
      key: 'dibao_monthly',
      value: 1350,
      isSample: false,
    });
  });

  it('edits a service point phone and hours, refusing a malformed phone with the shared message', async () => {
    const o = overview();
    const target = point({ name: '翠苑一区助联服务点', phone: null });
    const api = mockApi({
      'admin.policies.list': () => ok({ items: [] }),
      'org.overview': () => ok(o),
      'servicePoints.list': () => ok({ items: [target] }),
      'admin.servicePoints.update': () => ok({ ...target, phone: '0571-88888888' }),
    });
    render(<AdminPage />);
    await tab('站点');
    await act(async () => fireEvent.click(await screen.findByText(o.streets[2]!.name)));
    fireEvent.click(await screen.findByText('翠苑一区助联服务点'));

    typeInto('phone', 'abc');
    await act(async () =>
      fireEvent.click(within(document.querySelector('.staff-sheet--point') as HTMLElement).getByText('保存')),
    );
    expect(screen.getByText('电话号码格式不对，应像 0571-88888888 或 13800000000')).toBeInTheDocument();

    typeInto('phone', '0571-88888888');
    typeInto('openingHours', '周一至周六 8:30-17:00');
    fireEvent.click(screen.getByText('已核实'));
    await act(async () =>
      fireEvent.click(within(document.querySelector('.staff-sheet--point') as HTMLElement).getByText('保存')),
    );
    expect(api.callsTo('admin.servicePoints.update')[0]!.data).toEqual({
      id: target.id,
      address: null,
      phone: '0571-88888888',
      openingHours: '周一至周六 8:30-17:00',
      isSampleContact: false,
    });
    expect(document.querySelector('.staff-sheet--point')).toBeNull();
  });
});
