import { render, screen } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import Taro from '@tarojs/taro';
import StreetPage from '@/packages/org/pages/street/index';
import { point } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';

const CODE = '330106005000';

function openWith(params: Record<string, string>) {
  Current.router = {
    params,
    path: '/packages/org/pages/street/index',
    onReady: '',
    onHide: '',
    onShow: '',
    shareTimelineReady: '',
  } as never;
}

beforeEach(() => {
  jest.restoreAllMocks();
  jest.spyOn(Taro, 'setNavigationBarTitle').mockResolvedValue({ errMsg: 'ok' } as never);
});

describe('street page', () => {
  it('lists the station first, then every community/village point, with sample-contact notes', async () => {
    const api = mockApi({
      'servicePoints.list': () =>
        ok({
          items: [
            point({ name: '翠苑一区助联服务点', address: null }),
            point({
              level: 'street_station',
              name: '翠苑街道助联服务站',
              divisionCode: CODE,
              divisionName: '翠苑街道',
              address: '文三西路 1 号',
            }),
            point({ name: '翠苑二区助联服务点', openingHours: null, isSampleContact: false }),
          ],
        }),
    });
    openWith({ code: CODE, name: encodeURIComponent('翠苑街道') });

    const { container } = render(<StreetPage />);

    await screen.findByText('翠苑街道助联服务站');
    expect(api.callsTo('servicePoints.list')[0]!.data).toEqual({ streetCode: CODE });
    const names = Array.from(container.querySelectorAll('.point-card__name'), (el) => el.textContent);
    expect(names).toEqual(['翠苑街道助联服务站', '翠苑一区助联服务点', '翠苑二区助联服务点']);
    expect(screen.getByText('地址：文三西路 1 号')).toBeInTheDocument();
    expect(screen.getAllByText('地址待补充')).toHaveLength(2);
    expect(screen.getByText('开放时间：待补充')).toBeInTheDocument();
    expect(screen.getAllByText(/联系方式和开放时间是示例/)).toHaveLength(2);
    expect(screen.getByText('2 个村社服务点，可以就近前往')).toBeInTheDocument();
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '翠苑街道' });
  });

  it('refuses a malformed street code without calling the API', async () => {
    const api = mockApi({});
    openWith({ code: 'abc' });

    render(<StreetPage />);

    expect(await screen.findByText('没有找到这个街道，请返回首页重新选择')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});
