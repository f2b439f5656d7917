import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZMyApplications } from '@shared/schemas/applications';
import MyApplicationsPage from '@/packages/mine/pages/applications/index';
import { readReturnUrl } from '@/storage/apply';
import { clearSession, setSession } from '@/stores/session';
import { myApp, openPage, stubNavigation } from './support/apply';
import { session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';

beforeEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
  clearSession();
  openPage('/packages/mine/pages/applications/index');
});

describe('my applications: list', () => {
  it('groups mine, for relatives, by relatives for me, and neighbour leads, each opening its detail', async () => {
    setSession(session());
    const items = [
      myApp({
        channel: 'referral',
        role: 'referrer',
        subjectName: '王奶奶',
        statusText: '已收到',
        status: null,
        servicePointName: null,
        canWithdraw: false,
      }),
      myApp({ subjectName: '张阿姨' }),
      myApp({
        channel: 'proxy',
        subjectName: '李大爷',
        statusText: '需要您补充材料',
        status: 'needs_info',
        canProvideInfo: true,
      }),
      myApp({
        channel: 'proxy',
        role: 'subject',
        subjectName: '张阿姨',
        statusText: '正在办理',
        canWithdraw: false,
        canRevokeConsent: true,
      }),
    ];
    expect(ZMyApplications.safeParse({ items }).success).toBe(true);
    mockApi({ 'applications.mine': () => ok({ items }) });
    const nav = stubNavigation();

    const { container } = render(<MyApplicationsPage />);

    expect(await screen.findByText('共 4 份，点开看进度')).toBeInTheDocument();
    const groups = Array.from(container.querySelectorAll('.my-apps__group-title'), (el) => el.textContent);
    expect(groups).toEqual(['我本人的申请', '我替家人提交的', '家人替我提交的', '我帮邻居反映的']);
    const names = Array.from(container.querySelectorAll('.my-app-card__name'), (el) => el.textContent);
    expect(names).toEqual(['为我自己', '李大爷', '张阿姨', '王奶奶']);
    expect(screen.getByText('需要您补充情况，点开填写 ›')).toBeInTheDocument();
    const referral = container.querySelector('.my-apps__group--referral')!;
    expect(referral.textContent).toContain('已收到');
    expect(referral.textContent).not.toContain('负责:');

    fireEvent.click(screen.getByText('李大爷'));
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: `/packages/mine/pages/application/index?id=${items[2]!.id}` });
  });

  it('invites a first application when there is none', async () => {
    setSession(session());
    mockApi({ 'applications.mine': () => ok({ items: [] }) });
    const nav = stubNavigation();
    render(<MyApplicationsPage />);
    expect(await screen.findByText('还没有申请')).toBeInTheDocument();
    fireEvent.click(screen.getByText('申请帮助'));
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/packages/apply/pages/wizard/index' });
  });

  it('asks to log in, and remembers to come back here', async () => {
    const api = mockApi({});
    const nav = stubNavigation();
    render(<MyApplicationsPage />);
    expect(await screen.findByText('登录后才能看到您的申请')).toBeInTheDocument();
    fireEvent.click(screen.getByText('去登录'));
    expect(nav.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' });
    expect(readReturnUrl()).toBe('/packages/mine/pages/applications/index');
    expect(api.calls).toHaveLength(0);
  });
});
