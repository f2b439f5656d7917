import { act, fireEvent, render, screen } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import Taro from '@tarojs/taro';
import PolicyPage from '@/packages/content/pages/policy/index';
import ReplayPage from '@/packages/content/pages/replay/index';
import StoryPage from '@/packages/content/pages/story/index';
import { livestreamDetail, policyDetail } from './support/content-fixtures';
import { mockApi, ok } from './support/request-mock';

function openWith(path: string, params: Record<string, string>) {
  Current.router = { params, path, onReady: '', onHide: '', onShow: '', shareTimelineReady: '' } as never;
}

beforeEach(() => {
  jest.restoreAllMocks();
});

describe('policy detail', () => {
  it('shows eligibility, materials, steps with time limits, tap-to-call contacts and related content', async () => {
    const api = mockApi({ 'policies.get': () => ok(policyDetail()) });
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' } as never);
    openWith('/packages/content/pages/policy/index', { slug: 'minimum-living-allowance' });

    render(<PolicyPage />);

    await screen.findByText('户籍在西湖区，家庭人均月收入低于低保标准。');
    expect(api.callsTo('policies.get')[0]!.data).toEqual({ slug: 'minimum-living-allowance' });
    expect(screen.getByText('低保：最低生活保障：家庭收入低于本区标准时，每月发放生活补助')).toBeInTheDocument();
    expect(screen.getByText('1. 身份证')).toBeInTheDocument();
    expect(screen.getByText('时限：10 个工作日')).toBeInTheDocument();
    expect(screen.getByText('第二段说明。')).toBeInTheDocument();
    fireEvent.click(screen.getByText('电话 0571-00000000（点击拨打）'));
    expect(call).toHaveBeenCalledWith({ phoneNumber: '0571-00000000' });
    expect(screen.getByText('爱心食物银行 ›')).toBeInTheDocument();
    expect(screen.getByText('5:30 收入怎么算')).toBeInTheDocument();
  });

  it('links to the wizard, the self-check, a replay chapter and a story', async () => {
    mockApi({ 'policies.get': () => ok(policyDetail()) });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    openWith('/packages/content/pages/policy/index', { slug: 'minimum-living-allowance' });
    render(<PolicyPage />);
    await screen.findByText('我要申请');

    fireEvent.click(screen.getByText('我要申请'));
    fireEvent.click(screen.getByText('看看我能不能申请'));
    fireEvent.click(screen.getByText('5:30 收入怎么算'));
    fireEvent.click(screen.getByText('张阿姨：开口问了一次 ›'));
    fireEvent.click(screen.getByText('爱心食物银行 ›'));

    expect(navigate.mock.calls.map(([o]) => (o as { url: string }).url)).toEqual([
      '/packages/apply/pages/wizard/index?from=policy&needTier=survival&categories=basic_living&targetGroup=dibao',
      '/packages/content/pages/self-check/index',
      '/packages/content/pages/replay/index?slug=replay-dibao&t=330',
      '/packages/content/pages/story/index?slug=zhang-ayi-asked-at-last',
      '/packages/content/pages/service/index?slug=food-bank',
    ]);
  });

  it('refuses a malformed slug without calling the API', async () => {
    const api = mockApi({});
    openWith('/packages/content/pages/policy/index', { slug: '../etc' });
    render(<PolicyPage />);
    expect(await screen.findByText('没有找到这条政策，请回到政策清单重新选择')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});

describe('replay', () => {
  it('plays the replay video in H5, counts one view, seeks to chapters and names linked policies', async () => {
    const seek = jest.fn();
    const play = jest.fn();
    jest.spyOn(Taro, 'createVideoContext').mockReturnValue({ seek, play } as never);
    const api = mockApi({
      'livestreams.get': () => ok(livestreamDetail()),
      'livestreams.view': () => ok({ viewCount: 1 }),
      'policies.get': () => ok(policyDetail({ slug: 'elderly-allowance', title: '高龄津贴' })),
    });
    openWith('/packages/content/pages/replay/index', { slug: 'replay-elderly', t: '330' });

    const { container } = render(<ReplayPage />);

    await screen.findByText('高龄津贴怎么领');
    const video = container.querySelector('.replay__video') as (HTMLElement & { src?: string }) | null;
    expect(video?.src ?? video?.getAttribute('src')).toBe('https://media.example.org/replay.mp4');
    expect(api.callsTo('livestreams.view').map((c) => c.data)).toEqual([{ slug: 'replay-elderly' }]);
    expect(container.querySelector('.replay-chapter--on')).toHaveTextContent('高龄津贴怎么领');
    expect((await screen.findAllByText('政策：高龄津贴 ›')).length).toBeGreaterThan(0);

    fireEvent.click(screen.getByText('开场'));
    expect(seek).toHaveBeenCalledWith(0);
    expect(play).toHaveBeenCalled();
  });

  it('says clearly when the replay has expired, and counts no view', async () => {
    const api = mockApi({
      'livestreams.get': () =>
        ok(livestreamDetail({ state: 'replay_expired', replayUrl: null, replayExpiresAt: null })),
      'policies.get': () => ok(policyDetail({ slug: 'elderly-allowance', title: '高龄津贴' })),
    });
    openWith('/packages/content/pages/replay/index', { slug: 'replay-elderly' });
    const { container } = render(<ReplayPage />);
    expect(await screen.findByText(/这场直播的回放已经过期，不能再看了/)).toBeInTheDocument();
    expect(container.querySelector('.replay__video')).toBeNull();
    expect(api.callsTo('livestreams.view')).toHaveLength(0);
  });
});

describe('story', () => {
  it('shows the story in paragraphs and offers to ask for help with a pre-filled wizard', async () => {
    mockApi({
      'stories.get': () =>
        ok({
          slug: 'zhang-ayi-asked-at-last',
          title: '张阿姨：开口问了一次',
          summary: '一直不好意思求助',
          cover: null,
          needTiers: ['survival'],
          targetGroups: ['dibao'],
          publishedAt: '2026-01-01T00:00:00.000Z',
          body: '第一段。\n\n第二段。',
          images: ['javascript:alert(1)'],
          policySlugs: [],
        }),
    });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    openWith('/packages/content/pages/story/index', { slug: 'zhang-ayi-asked-at-last' });
    const { container } = render(<StoryPage />);

    await screen.findByText('第二段。');
    expect(container.querySelectorAll('.story__body-p')).toHaveLength(2);
    expect(container.querySelector('.story__image')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByText('我要求助'));
    });
    expect(navigate).toHaveBeenCalledWith({
      url: '/packages/apply/pages/wizard/index?from=story&needTier=survival&categories=basic_living&targetGroup=dibao',
    });
  });
});

describe('replay that fails', () => {
  const failVideo = (container: HTMLElement) => {
    const video = container.querySelector('.replay__video');
    expect(video).not.toBeNull();
    fireEvent(video!, new Event('error'));
  };

  it('plays a video the server ships from the API origin', async () => {
    mockApi({
      'livestreams.get': () => ok(livestreamDetail({ replayUrl: '/media/replay-sample.mp4' })),
      'livestreams.view': () => ok({ viewCount: 1 }),
      'policies.get': () => ok(policyDetail({ slug: 'elderly-allowance', title: '高龄津贴' })),
    });
    openWith('/packages/content/pages/replay/index', { slug: 'replay-elderly' });
    const { container } = render(<ReplayPage />);
    await screen.findByText('高龄津贴怎么领');
    const video = container.querySelector('.replay__video') as (HTMLElement & { src?: string }) | null;
    expect(video?.src ?? video?.getAttribute('src')).toBe('/media/replay-sample.mp4');
  });

  it('blames the video file, not the network, and offers a retry, the policy text and another replay', async () => {
    const api = mockApi({
      'livestreams.get': () => ok(livestreamDetail()),
      'livestreams.view': () => ok({ viewCount: 1 }),
      'livestreams.list': () =>
        ok({
          items: [
            livestreamDetail(),
            livestreamDetail({ slug: 'replay-school', title: '孩子上学的资助', state: 'replay' }),
          ],
        }),
      'policies.get': () => ok(policyDetail({ slug: 'elderly-allowance', title: '高龄津贴' })),
    });
    jest.spyOn(Taro, 'getNetworkType').mockResolvedValue({ networkType: 'wifi', errMsg: 'ok' } as never);
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never);
    openWith('/packages/content/pages/replay/index', { slug: 'replay-elderly' });
    const { container } = render(<ReplayPage />);
    await screen.findByText('高龄津贴怎么领');

    await act(async () => failVideo(container));

    expect(await screen.findByText('回放没有放出来')).toBeInTheDocument();
    expect(screen.getByText(/回放视频文件打不开/)).toBeInTheDocument();
    expect(screen.queryByText(/网络/)).toBeNull();
    fireEvent.click(await screen.findByText('先看文字说明：高龄津贴 ›'));
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/content/pages/policy/index?slug=elderly-allowance' });
    fireEvent.click(await screen.findByText('看另一场回放：孩子上学的资助 ›'));
    expect(redirect).toHaveBeenCalledWith({ url: '/packages/content/pages/replay/index?slug=replay-school' });
    expect(api.callsTo('livestreams.list')).toHaveLength(1);

    fireEvent.click(screen.getByText('再试一次'));
    expect(container.querySelector('.replay__video')).not.toBeNull();
    expect(screen.queryByText('回放没有放出来')).toBeNull();
  });

  it('says the phone is offline when it is, and points to the live tab when there is no other replay', async () => {
    mockApi({
      'livestreams.get': () => ok(livestreamDetail()),
      'livestreams.view': () => ok({ viewCount: 1 }),
      'livestreams.list': () => ok({ items: [livestreamDetail()] }),
      'policies.get': () => ok(policyDetail({ slug: 'elderly-allowance', title: '高龄津贴' })),
    });
    jest.spyOn(Taro, 'getNetworkType').mockResolvedValue({ networkType: 'none', errMsg: 'ok' } as never);
    openWith('/packages/content/pages/replay/index', { slug: 'replay-elderly' });
    const { container } = render(<ReplayPage />);
    await screen.findByText('高龄津贴怎么领');

    await act(async () => failVideo(container));

    expect(await screen.findByText(/手机现在没有连上网络/)).toBeInTheDocument();
    expect(await screen.findByText('去「直播」页看看别的 ›')).toBeInTheDocument();
  });
});
