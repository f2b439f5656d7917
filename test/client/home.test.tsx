import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '@/pages/index/index';
import { setCareMode } from '@/stores/care-mode';
import { clearSession } from '@/stores/session';
import { livestream } from './support/content-fixtures';
import { STREET_NAMES, overview, point } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setCareMode(false);
});

function mockGeolocation(impl: Geolocation['getCurrentPosition']) {
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition: impl } });
}

const story = (slug: string, title: string) => ({
  slug,
  title,
  summary: '邻居劝她去社区问问',
  cover: null,
  needTiers: ['survival'],
  targetGroups: [],
  publishedAt: '2026-01-01T00:00:00.000Z',
});

describe('首页', () => {
  it('shows a skeleton, then the hub and all 12 streets/towns with station and point count', async () => {
    const data = overview();
    const api = mockApi({ 'org.overview': () => ok(data) });

    const { container } = render(<HomePage />);
    expect(container.querySelector('.skeleton')).not.toBeNull();

    await screen.findByText('双浦镇');
    expect(api.callsTo('org.overview')).toHaveLength(1);
    expect(screen.getByText('西湖区助联体')).toBeInTheDocument();
    const cards = container.querySelectorAll('.street-card');
    expect(Array.from(cards, (card) => card.querySelector('.street-card__name')?.textContent)).toEqual(STREET_NAMES);
    const sandun = data.streets.find((s) => s.name === '三墩镇')!;
    const sandunCard = screen.getByText('三墩镇').closest('.street-card')!;
    expect(sandunCard).toHaveTextContent('三墩镇助联服务站');
    expect(sandunCard).toHaveTextContent(`${sandun.communityCount} 个村社服务点`);
  });

  it('opens the street subpackage page when a street is tapped', async () => {
    const data = overview();
    mockApi({ 'org.overview': () => ok(data) });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);

    render(<HomePage />);
    fireEvent.click(await screen.findByText('翠苑街道'));

    const code = data.streets.find((s) => s.name === '翠苑街道')!.code;
    expect(navigate).toHaveBeenCalledWith({
      url: `/packages/org/pages/street/index?code=${code}&name=${encodeURIComponent('翠苑街道')}`,
    });
  });

  it('shows what went wrong and a retry button that reloads', async () => {
    let attempts = 0;
    mockApi({ 'org.overview': () => (++attempts === 1 ? fail(503, 'SERVICE_UNAVAILABLE') : ok(overview())) });

    render(<HomePage />);

    expect(await screen.findByText('内容没有加载出来')).toBeInTheDocument();
    expect(screen.getByText('服务器说：SERVICE_UNAVAILABLE')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByText('重新加载'));
    });
    expect(await screen.findByText('北山街道')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it('says when the network is down', async () => {
    jest.spyOn(Taro, 'request').mockRejectedValue(new Error('request:fail'));

    render(<HomePage />);

    expect(await screen.findByText('网络连接不上')).toBeInTheDocument();
    expect(screen.getByText('网络不太好，请检查网络后重试')).toBeInTheDocument();
  });
});

describe('首页: first steps', () => {
  it('offers the two big entries while the streets are still loading', async () => {
    let answer: (r: ReturnType<typeof ok>) => void = () => undefined;
    mockApi({ 'org.overview': () => new Promise((resolve) => (answer = resolve)) });
    const { container } = render(<HomePage />);
    expect(await screen.findByText('我要求助')).toBeInTheDocument();
    expect(screen.getByText('我能申请什么？')).toBeInTheDocument();
    expect(container.querySelector('.street-card')).toBeNull();
    await act(async () => answer(ok(overview())));
    expect(await screen.findByText(STREET_NAMES[0]!)).toBeInTheDocument();
    expect(screen.getAllByText('我要求助')).toHaveLength(1);
  });

  it('opens the apply wizard and the self-check from the two big entries', async () => {
    mockApi({ 'org.overview': () => ok(overview()) });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<HomePage />);
    fireEvent.click(await screen.findByText('我要求助'));
    fireEvent.click(screen.getByText('我能申请什么？'));
    expect(navigate.mock.calls.map(([o]) => (o as { url: string }).url)).toEqual([
      '/packages/apply/pages/wizard/index',
      '/packages/content/pages/self-check/index',
    ]);
  });

  it('shows the stream on now (else the next one) and a few stories; their failure never hides the page', async () => {
    const api = mockApi({
      'org.overview': () => ok(overview()),
      'livestreams.list': () =>
        ok({
          items: [
            livestream({ slug: 'later', title: '下周的直播' }),
            livestream({ slug: 'now', title: '正在讲医疗救助', state: 'live' }),
          ],
        }),
      'stories.list': () =>
        ok({
          items: [story('zhang-ayi', '张阿姨：开口问了一次'), story('li-shifu', '李师傅：重新上班')],
          nextCursor: null,
        }),
    });
    const first = render(<HomePage />);
    const { container } = first;
    await screen.findByText('正在讲医疗救助');
    expect(screen.queryByText('下周的直播')).toBeNull();
    expect(api.callsTo('stories.list').map((c) => c.data)).toEqual([{ limit: 3 }]);
    expect(api.callsTo('livestreams.list')).toHaveLength(1);
    expect(Array.from(container.querySelectorAll('.story-card__title'), (el) => el.textContent)).toEqual([
      '张阿姨：开口问了一次',
      '李师傅：重新上班',
    ]);

    first.unmount();
    mockApi({ 'org.overview': () => ok(overview()), 'livestreams.list': () => fail(503, 'SERVICE_UNAVAILABLE') });
    const second = render(<HomePage />);
    await screen.findByText('双浦镇');
    expect(second.container.querySelector('.home-live')).toBeNull();
    expect(second.container.querySelectorAll('.street-card')).toHaveLength(12);
  });

  it('finds my nearest point only when I tap, and falls back to the street list when refused', async () => {
    const nearest = point({ name: '嘉绿苑社区助联服务点', level: 'street_station', lat: 30.278, lng: 120.125 });
    const getPosition = jest.fn((ok: PositionCallback) =>
      ok({ coords: { latitude: 30.27, longitude: 120.12 } } as GeolocationPosition),
    );
    mockGeolocation(getPosition as never);
    const api = mockApi({
      'org.overview': () => ok(overview()),
      'servicePoints.near': () =>
        ok({
          insideDistrict: true,
          items: [{ point: nearest, distanceMetres: 860, withinTenMinutes: true, openNow: null }],
          unlocated: null,
        }),
    });
    const first = render(<HomePage />);
    await screen.findByText('用我的位置找一找');
    expect(getPosition).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(screen.getByText('用我的位置找一找'));
    });
    expect(await screen.findByText('嘉绿苑社区助联服务点')).toBeInTheDocument();
    expect(screen.getByText('约 860 米 · 在十分钟服务圈内')).toBeInTheDocument();
    expect(api.callsTo('servicePoints.near')[0]!.data).toEqual({ lat: 30.27, lng: 120.12, limit: 1 });
    first.unmount();

    mockGeolocation(((_ok: PositionCallback, err: PositionErrorCallback) =>
      err({ code: 1 } as GeolocationPositionError)) as never);
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<HomePage />);
    await screen.findByText('用我的位置找一找');
    await act(async () => {
      fireEvent.click(screen.getByText('用我的位置找一找'));
    });
    expect(await screen.findByText('没有拿到位置授权，可以按街道找服务点。')).toBeInTheDocument();
    fireEvent.click(screen.getByText('按街道找服务点 ↓'));
    expect(scroll).toHaveBeenCalledWith({ selector: '#home-streets', duration: 300 });
    expect(api.callsTo('servicePoints.near')).toHaveLength(1);
  });

  it('care mode: four big buttons, then the streets; 打电话 dials the 12345 hotline when the hub has no number', async () => {
    setCareMode(true);
    mockApi({
      'org.overview': () => ok(overview()),
      'livestreams.list': () => ok({ items: [livestream({ state: 'live' })] }),
    });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' } as never);
    const { container } = render(<HomePage />);
    await screen.findByText('双浦镇');

    expect(Array.from(container.querySelectorAll('.care-actions__title'), (el) => el.textContent)).toEqual([
      '我要求助',
      '我能申请什么',
      '找服务点',
      '打电话',
    ]);
    expect(container.querySelector('.home-live')).toBeNull();
    expect(container.querySelectorAll('.street-card')).toHaveLength(12);
    fireEvent.click(screen.getByText('找服务点'));
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/org/pages/near/index' });
    fireEvent.click(screen.getByText('打电话'));
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '12345' });
  });
});
