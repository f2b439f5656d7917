import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { TAuthSessionList } from '@shared/schemas/accounts';
import MinePage from '@/pages/mine/index';
import { clearSession, setSession } from '@/stores/session';
import { me, session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';

const ID = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}`;
const zhang = me({ displayName: '张阿姨' });
const dialog = () => within(document.querySelector('.dialog') as HTMLElement);

function sessions(ids: number[]): TAuthSessionList {
  return {
    items: ids.map((n) => ({
      id: ID(n),
      deviceLabel: n === 1 ? '微信 · iPhone' : n === 2 ? '浏览器 · Windows 电脑' : null,
      createdAt: '2026-12-01T11:00:00.000Z',
      lastUsedAt: '2026-12-05T01:30:00.000Z',
      expiresAt: '2026-12-31T11:00:00.000Z',
      current: n === 1,
    })),
  };
}

beforeEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
  clearSession();
});

describe('我的: 登录设备', () => {
  it('is not shown to a logged-out visitor', async () => {
    const api = mockApi({ 'auth.devUsers': () => ok({ enabled: true, users: [] }) });
    render(<MinePage />);
    await act(async () => undefined);
    expect(screen.queryByText('登录设备')).toBeNull();
    expect(api.callsTo('auth.sessions.list')).toHaveLength(0);
  });

  it('lists the logins with device and times, marks this one, and ends another after confirming', async () => {
    setSession(session({ user: zhang }));
    let live = [1, 2, 3];
    const api = mockApi({
      'me.get': () => ok(zhang),
      'auth.sessions.list': () => ok(sessions(live)),
      'auth.sessions.end': (data) => {
        live = live.filter((n) => ID(n) !== (data as { id: string }).id);
        return ok({ done: true });
      },
    });
    render(<MinePage />);
    expect(await screen.findByText('登录设备')).toBeInTheDocument();
    expect(await screen.findByText('微信 · iPhone（本机）')).toBeInTheDocument();
    expect(screen.getByText('浏览器 · Windows 电脑')).toBeInTheDocument();
    expect(screen.getByText('未知设备')).toBeInTheDocument();
    expect(screen.getAllByText('12月1日 周二 19:00 登录，最近使用 12月5日 周六 09:30')).toHaveLength(3);
    // this device has no end button; the two others do
    expect(screen.getAllByText('让它退出')).toHaveLength(2);

    fireEvent.click(screen.getAllByText('让它退出')[0]!);
    expect(dialog().getByText(/浏览器 · Windows 电脑上的登录会马上结束/)).toBeInTheDocument();
    await act(async () => fireEvent.click(dialog().getByText('取消')));
    expect(api.callsTo('auth.sessions.end')).toHaveLength(0);

    fireEvent.click(screen.getAllByText('让它退出')[0]!);
    await act(async () => fireEvent.click(dialog().getByText('让它退出')));
    expect(api.callsTo('auth.sessions.end')[0]!.data).toEqual({ id: ID(2) });
    expect(screen.queryByText('浏览器 · Windows 电脑')).toBeNull();
    expect(screen.getByText('未知设备')).toBeInTheDocument();
  });

  it('shows the server message when ending fails', async () => {
    setSession(session({ user: zhang }));
    mockApi({
      'me.get': () => ok(zhang),
      'auth.sessions.list': () => ok(sessions([1, 2])),
      'auth.sessions.end': () => ({
        statusCode: 404,
        data: { ok: false, code: 'NOT_FOUND', message: '没有找到这个登录，可能已经退出了', requestId: 'r' },
      }),
    });
    render(<MinePage />);
    fireEvent.click(await screen.findByText('让它退出'));
    await act(async () => fireEvent.click(dialog().getByText('让它退出')));
    expect(await screen.findByText('没有找到这个登录，可能已经退出了')).toBeInTheDocument();
  });
});
