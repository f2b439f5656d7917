import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import LivePage from '@/pages/live/index';
import { clearSession, setSession } from '@/stores/session';
import { session } from './support/fixtures';
import { livestream } from './support/content-fixtures';
import { fail, mockApi, ok } from './support/request-mock';

const HOUR = 3_600_000;
const items = [
  livestream({
    slug: 'live-medical',
    title: '看病花钱多？',
    state: 'live',
    startsAt: new Date(Date.now() - HOUR).toISOString(),
  }),
  livestream(),
  livestream({ slug: 'replay-elderly', title: '在家养老有人帮', state: 'replay', chapterCount: 6 }),
  livestream({ slug: 'live-disability', title: '残疾人两项补贴', state: 'ended' }),
  livestream({ slug: 'replay-typhoon', title: '台风季怎么办', state: 'replay_expired' }),
];

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  Taro.removeStorageSync('zhulian.liveReminders.v1');
});

const card = (title: string) => screen.getByText(title).closest('.live-card') as HTMLElement;

describe('直播 tab', () => {
  it('groups streams by state with a badge in words and the action each state allows', async () => {
    const api = mockApi({ 'livestreams.list': () => ok({ items }) });
    const { container } = render(<LivePage />);
    await screen.findByText('看病花钱多？');

    expect(api.callsTo('livestreams.list')[0]!.data).toEqual({ limit: 50 });
    expect(Array.from(container.querySelectorAll('.live__section-title'), (el) => el.textContent)).toEqual([
      '正在直播',
      '即将开始',
      '回放',
    ]);
    expect(Array.from(container.querySelectorAll('.live-card__badge'), (el) => el.textContent)).toEqual([
      '正在直播',
      '即将开始',
      '可看回放',
      '已结束',
      '回放已过期',
    ]);
    expect(within(card('看病花钱多？')).getByText('去看直播')).toBeInTheDocument();
    expect(within(card('低保、低边怎么申请？')).getByText('提醒我')).toBeInTheDocument();
    expect(within(card('在家养老有人帮')).getByText('看回放（6 个小节）')).toBeInTheDocument();
    expect(card('残疾人两项补贴')).toHaveTextContent('回放正在整理');
    expect(card('台风季怎么办')).toHaveTextContent('回放已经过了可看的时间');
  });

  it('"提醒我" without login says so, links to 我的 and sends nothing', async () => {
    const api = mockApi({ 'livestreams.list': () => ok({ items }) });
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<LivePage />);
    await screen.findByText('提醒我');

    fireEvent.click(screen.getByText('提醒我'));

    expect(screen.getByText('预约开播提醒要先登录。')).toBeInTheDocument();
    expect(api.callsTo('livestreams.remind')).toHaveLength(0);
    fireEvent.click(screen.getByText('去「我的」登录 ›'));
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' });
  });

  it('reminds a logged-in resident with the session token, and cancels', async () => {
    const s = session();
    setSession(s);
    const api = mockApi({
      'livestreams.list': () => ok({ items }),
      'livestreams.remind': () => ok({ reminded: true, remindAt: '2030-01-01T10:30:00.000Z' }),
      'livestreams.cancelReminder': () => ok({ reminded: false, remindAt: null }),
    });
    render(<LivePage />);
    await screen.findByText('提醒我');

    await act(async () => {
      fireEvent.click(screen.getByText('提醒我'));
    });

    expect(api.callsTo('livestreams.remind')).toEqual([
      { name: 'livestreams.remind', data: { slug: 'live-dibao' }, authorization: `Bearer ${s.accessToken}` },
    ]);
    expect(await screen.findByText('✓ 已预约，开播前会提醒您')).toBeInTheDocument();
    // H5 has no WeChat subscription, so the message promises nothing beyond the booking and the time
    expect(screen.getByText(/^已预约，开播时间：\d+月\d+日 周. \d\d:\d\d。$/)).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(screen.getByText('取消提醒'));
    });
    expect(api.callsTo('livestreams.cancelReminder')[0]!.data).toEqual({ slug: 'live-dibao' });
    expect(await screen.findByText('提醒我')).toBeInTheDocument();
    expect(screen.getByText('已取消提醒。')).toBeInTheDocument();
  });

  it('remembers the reminder for the same user after the page reopens', async () => {
    setSession(session());
    mockApi({
      'livestreams.list': () => ok({ items }),
      'livestreams.remind': () => ok({ reminded: true, remindAt: null }),
    });
    const first = render(<LivePage />);
    await screen.findByText('提醒我');
    await act(async () => {
      fireEvent.click(screen.getByText('提醒我'));
    });
    first.unmount();

    render(<LivePage />);
    expect(await screen.findByText('✓ 已预约，开播前会提醒您')).toBeInTheDocument();
  });

  it('shows the server message when the stream has already started', async () => {
    setSession(session());
    mockApi({
      'livestreams.list': () => ok({ items }),
      'livestreams.remind': () => fail(409, 'CONFLICT', { message: '直播已经开始或结束，不用再预约提醒了' }),
    });
    render(<LivePage />);
    await screen.findByText('提醒我');
    await act(async () => {
      fireEvent.click(screen.getByText('提醒我'));
    });
    expect(await screen.findByText('直播已经开始或结束，不用再预约提醒了')).toBeInTheDocument();
    expect(screen.getByText('提醒我')).toBeInTheDocument();
  });

  it('says to open the mini-program when a live stream is tapped outside WeChat', async () => {
    mockApi({
      'livestreams.list': () => ok({ items }),
      'livestreams.get': () =>
        ok({
          ...items[0],
          chapters: [],
          policySlugs: [],
          channels: { finderUserName: 'sph-x', feedId: null },
          replayUrl: null,
          replayExpiresAt: null,
        }),
    });
    render(<LivePage />);
    const watch = await screen.findByText('去看直播');
    await act(async () => {
      fireEvent.click(watch);
    });
    expect(await screen.findByText(/请在微信里打开「助联」小程序观看/)).toBeInTheDocument();
  });
});
