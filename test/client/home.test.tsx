import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '../../client/pages/index/index';
import { clearSession } from '../../client/stores/session';
import { STREET_NAMES, overview } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
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
    expect(screen.getByText('服务器说:SERVICE_UNAVAILABLE')).toBeInTheDocument();
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
    expect(screen.getByText('网络不太好,请检查网络后重试')).toBeInTheDocument();
  });
});
