import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MinePage from '@/pages/mine/index';
import { emptyDraft, saveDraft } from '@/services/draft';
import { readReturnUrl, writeReturnUrl } from '@/storage/apply';
import { clearSession, getSession, setSession } from '@/stores/session';
import { readSession } from '@/storage/session';
import { me, session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

const ZHANG = '11111111-1111-4111-8111-111111111111';
const CHEN = '22222222-2222-4222-8222-222222222222';
const devUsers = {
  enabled: true,
  users: [
    { id: ZHANG, displayName: '张阿姨', description: '居民，住翠苑一区', roles: ['resident'] },
    { id: CHEN, displayName: '陈社工', description: '翠苑一区社区服务点', roles: ['resident', 'point_staff'] },
  ],
};
const chen = me({
  id: CHEN,
  displayName: '陈社工',
  roles: ['resident', 'point_staff'],
  memberships: [
    {
      role: 'point_staff',
      servicePoint: { id: ZHANG, name: '翠苑一区助联服务点', level: 'community_point', divisionCode: '330106005055' },
      department: null,
    },
  ],
});

beforeEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
  clearSession();
});

const entryTitles = () => Array.from(document.querySelectorAll('.mine-entries__title'), (el) => el.textContent);

describe('我的: H5 dev login', () => {
  it('lists the demo accounts with roles in Chinese and logs in with a tap', async () => {
    const api = mockApi({
      'auth.devUsers': () => ok(devUsers),
      'auth.devLogin': () => ok(session({ user: chen })),
      'me.get': () => ok(chen),
    });

    render(<MinePage />);

    expect(await screen.findByText('选择一个演示账号登录')).toBeInTheDocument();
    expect(screen.getByText('身份：居民、村社服务点工作人员')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByText('陈社工'));
    });

    expect(await screen.findByText('您好，陈社工')).toBeInTheDocument();
    expect(api.callsTo('auth.devLogin')[0]!.data).toEqual({ userId: CHEN, inviteCode: undefined });
    expect(screen.getByText('村社服务点工作人员：翠苑一区助联服务点')).toBeInTheDocument();
    expect(screen.getByText('退出登录')).toBeInTheDocument();
    expect(readSession()?.user.displayName).toBe('陈社工');
    expect(api.callsTo('me.get')).toHaveLength(1); // roles re-read on arrival
  });

  it('sends the staff invite code and explains a bad one next to the field', async () => {
    const api = mockApi({
      'auth.devUsers': () => ok(devUsers),
      'auth.devLogin': () =>
        fail(400, 'VALIDATION_FAILED', { details: [{ field: 'inviteCode', message: '邀请码已失效' }] }),
    });

    render(<MinePage />);
    fireEvent.click(await screen.findByText('我是工作人员，有邀请码 ›'));
    const input = document.querySelector('.login__input')!;
    await act(async () => {
      // Taro's H5 <Input> reports typing as an input event carrying { detail: { value } }.
      fireEvent(input, new CustomEvent('input', { bubbles: true, detail: { value: 'K7QM-3XPA-92HD' } }));
    });
    await act(async () => {
      fireEvent.click(screen.getByText('陈社工'));
    });

    expect(api.callsTo('auth.devLogin')[0]!.data).toEqual({ userId: CHEN, inviteCode: 'K7QM-3XPA-92HD' });
    expect(await screen.findByText('没有登录成功')).toBeInTheDocument();
    expect(screen.getByText('邀请码已失效，请核对邀请码后再试')).toBeInTheDocument();
    expect(screen.getByText('邀请码已失效')).toBeInTheDocument();
    fireEvent.click(screen.getByText('知道了'));
    expect(screen.queryByText('没有登录成功')).toBeNull();
    expect(getSession()).toBeNull();
  });

  it('says so when the server offers no dev login', async () => {
    mockApi({ 'auth.devUsers': () => ok({ enabled: false, users: [] }) });
    render(<MinePage />);
    expect(await screen.findByText(/网页版暂时不能登录/)).toBeInTheDocument();
  });

  it('hides the demo picker quietly when the server has no demo login at all (404 outside demo mode)', async () => {
    const api = mockApi({ 'auth.devUsers': () => fail(404, 'NOT_FOUND', { message: '没有这个接口' }) });
    render(<MinePage />);
    expect(await screen.findByText(/网页版暂时不能登录/)).toBeInTheDocument();
    expect(screen.queryByText('内容没有加载出来')).toBeNull();
    expect(screen.queryByText('重新加载')).toBeNull();
    expect(screen.queryByText('没有这个接口')).toBeNull();
    expect(screen.queryByText('选择一个演示账号登录')).toBeNull();
    expect(api.callsTo('auth.devUsers')).toHaveLength(1);
  });

  it('still offers a retry when loading the demo accounts fails for another reason', async () => {
    mockApi({ 'auth.devUsers': () => fail(503, 'SERVICE_UNAVAILABLE') });
    render(<MinePage />);
    expect(await screen.findByText('重新加载')).toBeInTheDocument();
  });
});

describe('我的: logged in', () => {
  it('logs out after confirming: revokes on the server and forgets the session', async () => {
    setSession(session({ user: chen }));
    const api = mockApi({
      'me.get': () => ok(chen),
      'auth.logout': () => ok({ done: true }),
      'auth.devUsers': () => ok(devUsers),
    });

    render(<MinePage />);
    fireEvent.click(await screen.findByText('退出登录'));
    expect(screen.getByText('确定要退出登录吗？')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getAllByText('退出登录')[1]!);
    });

    expect(api.callsTo('auth.logout')).toHaveLength(1);
    expect(getSession()).toBeNull();
    expect(await screen.findByText('选择一个演示账号登录')).toBeInTheDocument();
  });

  it('goes back to the login view with a notice when the session cannot be refreshed', async () => {
    setSession(session({ user: chen }));
    mockApi({
      'me.get': () => fail(401, 'UNAUTHENTICATED'),
      'auth.refresh': () => fail(401, 'UNAUTHENTICATED'),
      'auth.devUsers': () => ok(devUsers),
    });

    render(<MinePage />);

    expect(await screen.findByText('登录已过期，请重新登录')).toBeInTheDocument();
    expect(await screen.findByText('选择一个演示账号登录')).toBeInTheDocument();
    expect(getSession()).toBeNull();
  });
});

describe('我的: entries', () => {
  it('offers only 申请帮助 before login, and 继续填写申请 when a draft is waiting', async () => {
    mockApi({ 'auth.devUsers': () => ok(devUsers) });
    const first = render(<MinePage />);
    expect(entryTitles()).toEqual(['申请帮助', '社区活动']);
    first.unmount();

    saveDraft({ ...emptyDraft(), channel: 'self', subjectName: '张阿姨' });
    render(<MinePage />);
    expect(entryTitles()).toEqual(['继续填写申请', '社区活动']);
    await screen.findByText('选择一个演示账号登录');
  });

  it.each([
    [['resident'], ['申请帮助', '社区活动', '我的申请', '我的活动报名', '输入确认码']],
    [
      ['resident', 'point_staff'],
      [
        '申请帮助',
        '社区活动',
        '我的申请',
        '我的活动报名',
        '输入确认码',
        '工作台',
        '活动管理',
        '服务单',
        '待清零风险',
        '政策找人',
        '我的待办',
        '会商安排',
        '宣传码',
        '服务点信息',
        '数据看板',
        '需求侧清单',
      ],
    ],
    [
      ['station_staff'],
      [
        '申请帮助',
        '社区活动',
        '我的申请',
        '我的活动报名',
        '输入确认码',
        '工作台',
        '活动管理',
        '服务单',
        '待清零风险',
        '政策找人',
        '我的待办',
        '会商安排',
        '宣传码',
        '服务点信息',
        '服务点资料完整度',
        '数据看板',
        '需求侧清单',
      ],
    ],
    [
      ['dept_officer'],
      [
        '申请帮助',
        '社区活动',
        '我的申请',
        '我的活动报名',
        '输入确认码',
        '工作台',
        '活动管理',
        '服务单',
        '我的待办',
        '会商安排',
        '联席会议',
        '数据看板',
        '需求侧清单',
      ],
    ],
    [
      ['provider_staff'],
      ['申请帮助', '社区活动', '我的申请', '我的活动报名', '输入确认码', '服务单', '我的待办', '会商安排'],
    ],
    [
      ['admin'],
      [
        '申请帮助',
        '社区活动',
        '我的申请',
        '我的活动报名',
        '输入确认码',
        '联席会议',
        '宣传码',
        '服务点信息',
        '服务点资料完整度',
        '数据看板',
        '需求侧清单',
        '管理后台',
      ],
    ],
    [
      ['hub_staff', 'admin'],
      [
        '申请帮助',
        '社区活动',
        '我的申请',
        '我的活动报名',
        '输入确认码',
        '工作台',
        '活动管理',
        '服务单',
        '待清零风险',
        '政策找人',
        '我的待办',
        '会商安排',
        '联席会议',
        '宣传码',
        '服务点信息',
        '服务点资料完整度',
        '数据看板',
        '需求侧清单',
        '管理后台',
      ],
    ],
  ] as const)('roles %j see %j', async (roles, titles) => {
    const user = me({ roles: [...roles] });
    setSession(session({ user }));
    mockApi({ 'me.get': () => ok(user) });
    render(<MinePage />);
    await act(async () => undefined);
    expect(entryTitles()).toEqual(titles);
  });

  it('opens the workbench and my applications', async () => {
    const user = me({ roles: ['resident', 'station_staff'] });
    setSession(session({ user }));
    mockApi({ 'me.get': () => ok(user) });
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<MinePage />);
    await act(async () => undefined);
    fireEvent.click(screen.getByText('工作台'));
    fireEvent.click(screen.getByText('我的申请'));
    expect(navigateTo.mock.calls.map((c) => c[0])).toEqual([
      { url: '/packages/staff/pages/queue/index' },
      { url: '/packages/mine/pages/applications/index' },
    ]);
  });

  it('goes back to the page that asked for the login, once', async () => {
    writeReturnUrl('/packages/apply/pages/wizard/index?resume=1');
    mockApi({
      'auth.devUsers': () => ok(devUsers),
      'auth.devLogin': () => ok(session({ user: chen })),
      'me.get': () => ok(chen),
    });
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<MinePage />);
    expect(navigateTo).not.toHaveBeenCalled();

    const chenButton = await screen.findByText('陈社工');
    await act(async () => {
      fireEvent.click(chenButton);
    });

    expect(await screen.findByText('您好，陈社工')).toBeInTheDocument();
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/apply/pages/wizard/index?resume=1' });
    expect(readReturnUrl()).toBeNull();
  });

  it('does not jump away when opened already logged in', async () => {
    writeReturnUrl('/packages/apply/pages/wizard/index?resume=1');
    setSession(session({ user: chen }));
    mockApi({ 'me.get': () => ok(chen) });
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<MinePage />);
    await act(async () => undefined);
    expect(navigateTo).not.toHaveBeenCalled();
  });
});
