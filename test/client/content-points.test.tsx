import { act, fireEvent, render, screen } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import Taro from '@tarojs/taro';
import NearPage from '@/packages/org/pages/near/index';
import PointPage from '@/packages/org/pages/point/index';
import StreetPage from '@/packages/org/pages/street/index';
import { overview, point } from './support/fixtures';
import { pointDetail, service } from './support/content-fixtures';
import { mockApi, ok } from './support/request-mock';

function openWith(path: string, params: Record<string, string>) {
  Current.router = { params, path, onReady: '', onHide: '', onShow: '', shareTimelineReady: '' } as never;
}

type Geo = Pick<Geolocation, 'getCurrentPosition'>;
function mockGeolocation(impl: Geo['getCurrentPosition']) {
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition: impl } });
}

beforeEach(() => {
  jest.restoreAllMocks();
  jest.spyOn(Taro, 'setNavigationBarTitle').mockResolvedValue({ errMsg: 'ok' } as never);
});

describe('service point page', () => {
  it('says it is open now, lists the weekly hours in words and the services delivered there', async () => {
    const detail = pointDetail();
    const api = mockApi({ 'servicePoints.get': () => ok(detail) });
    openWith('/packages/org/pages/point/index', { id: detail.id });

    const { container } = render(<PointPage />);

    await screen.findByText('翠苑一区助联服务点');
    expect(api.callsTo('servicePoints.get')[0]!.data).toEqual({ id: detail.id });
    expect(container.querySelector('.point__open')).toHaveClass('point__open--yes');
    expect(container.querySelector('.point__open')).toHaveTextContent('现在开门');
    expect(screen.getByText('周一至周五 08:30–12:00、13:30–17:30')).toBeInTheDocument();
    expect(screen.getByText('翠苑一区 12 幢')).toBeInTheDocument();
    expect(screen.getByText('居家上门探访')).toBeInTheDocument();
    expect(screen.getByText('服务帮扶 · 翠苑社工站')).toBeInTheDocument();
    expect(screen.getByText('联系方式和开放时间是示例，请以站点现场公布的为准')).toBeInTheDocument();
  });

  it('says closed, or unknown hours (call first), and never offers a sample number to dial', async () => {
    const closed = pointDetail({ openNow: false, phone: '0571-11111111', isSampleContact: true });
    mockApi({ 'servicePoints.get': () => ok(closed) });
    openWith('/packages/org/pages/point/index', { id: closed.id });
    const first = render(<PointPage />);
    await screen.findByText('○ 现在不开门');
    expect(screen.getByText('0571-11111111（示例号码，暂不能拨打）')).toBeInTheDocument();
    first.unmount();

    const unknown = pointDetail({
      openNow: null,
      openingSchedule: null,
      openingHours: null,
      phone: '0571-22222222',
      isSampleContact: false,
      services: [],
    });
    mockApi({ 'servicePoints.get': () => ok(unknown) });
    openWith('/packages/org/pages/point/index', { id: unknown.id });
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<PointPage />);
    await screen.findByText('? 开放时间待确认，去之前先打电话问问');
    expect(screen.getByText('待补充')).toBeInTheDocument();
    expect(screen.getByText('这里能办的服务还在整理中，可以打电话或到现场问。')).toBeInTheDocument();
    fireEvent.click(screen.getByText('电话 0571-22222222（点击拨打）'));
    expect(call).toHaveBeenCalledWith({ phoneNumber: '0571-22222222' });
  });

  it('never sends the resident to "ask the community": without phone and address it names the station to call', async () => {
    const bare = pointDetail({
      address: null,
      phone: null,
      openingSchedule: {
        weekly: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
        isSample: false,
        publicHolidays: 'closed',
        exceptions: [{ date: '2099-10-08', closed: true, ranges: [], note: '培训' }],
      },
      contact: {
        call: {
          number: '0571-88002000',
          source: 'station',
          ownerName: '翠苑街道助联服务站',
          whose: '这是翠苑街道助联服务站的电话',
          why: '翠苑一区助联服务点的电话还没登记，街道会帮您转达',
        },
        visit: {
          source: 'station',
          name: '翠苑街道助联服务站',
          address: '文三路 1 号',
          note: '翠苑一区助联服务点的地址还没登记，可以先去这里',
        },
      },
    });
    mockApi({ 'servicePoints.get': () => ok(bare) });
    openWith('/packages/org/pages/point/index', { id: bare.id });
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' } as never);
    const { container } = render(<PointPage />);
    fireEvent.click(await screen.findByText('打电话：0571-88002000'));
    expect(call).toHaveBeenCalledWith({ phoneNumber: '0571-88002000' });
    expect(screen.getByText('这是翠苑街道助联服务站的电话')).toBeInTheDocument();
    expect(screen.getByText('地址：文三路 1 号')).toBeInTheDocument();
    expect(screen.getByText('节假日休息')).toBeInTheDocument();
    expect(screen.getByText('10月8日 休息（培训）')).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/问问所在社区|节假日可能不开门/);
  });

  it('folds a long service list behind one tap', async () => {
    const detail = pointDetail({
      services: Array.from({ length: 9 }, (_, i) => service({ slug: `svc-${i}`, name: `服务${i}` })),
    });
    mockApi({ 'servicePoints.get': () => ok(detail) });
    openWith('/packages/org/pages/point/index', { id: detail.id });
    const { container } = render(<PointPage />);
    await screen.findByText('服务0');
    expect(container.querySelectorAll('.point-service')).toHaveLength(6);
    fireEvent.click(screen.getByText('还有 3 项，点这里全部看 ▼'));
    expect(container.querySelectorAll('.point-service')).toHaveLength(9);
  });

  it('refuses a malformed id without calling the API', async () => {
    const api = mockApi({});
    openWith('/packages/org/pages/point/index', { id: 'nope' });
    render(<PointPage />);
    expect(await screen.findByText('没有找到这个服务点，请返回上一页重新选择')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });

  it('is opened from a street page point card', async () => {
    const p = point({ name: '翠苑二区助联服务点' });
    mockApi({ 'servicePoints.list': () => ok({ items: [p] }) });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    openWith('/packages/org/pages/street/index', { code: '330106005000', name: '翠苑街道' });
    render(<StreetPage />);
    fireEvent.click(await screen.findByText('翠苑二区助联服务点'));
    expect(navigate).toHaveBeenCalledWith({ url: `/packages/org/pages/point/index?id=${p.id}` });
  });
});

describe('near me', () => {
  it('asks for the location only on tap, then lists the ten-minute circle first with open-now badges', async () => {
    const nearPoint = point({ name: '古荡街道助联服务站', level: 'street_station', lat: 30.278, lng: 120.125 });
    const farPoint = point({ name: '双浦镇助联服务站', level: 'street_station', lat: 30.1, lng: 120.1 });
    const getPosition = jest.fn((ok: PositionCallback) =>
      ok({ coords: { latitude: 30.2786, longitude: 120.125 } } as GeolocationPosition),
    );
    mockGeolocation(getPosition as never);
    const api = mockApi({
      'org.overview': () => ok(overview()),
      'servicePoints.near': () =>
        ok({
          insideDistrict: true,
          items: [
            { point: nearPoint, distanceMetres: 420, withinTenMinutes: true, openNow: true },
            { point: farPoint, distanceMetres: 21000, withinTenMinutes: false, openNow: false },
          ],
          unlocated: [{ streetCode: '330106005000', streetName: '翠苑街道', points: [point(), point()] }],
        }),
    });
    openWith('/packages/org/pages/near/index', {});
    const { container } = render(<NearPage />);

    await screen.findByText('北山街道');
    expect(getPosition).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(screen.getByText('用我的位置查找'));
    });

    await screen.findByText('古荡街道助联服务站');
    expect(api.callsTo('servicePoints.near')[0]!.data).toEqual({
      lat: 30.2786,
      lng: 120.125,
      limit: 20,
      includeUnlocated: true,
    });
    const sections = Array.from(container.querySelectorAll('.near__section'));
    expect(sections[0]).toHaveTextContent('十分钟服务圈（1 公里内）');
    expect(sections[0]).toHaveTextContent('约 420 米');
    expect(sections[0]).toHaveTextContent('古荡街道助联服务站');
    expect(sections[1]).toHaveTextContent('约 21 公里');
    expect(sections[2]).toHaveTextContent('翠苑街道2 个 ›');
    expect(sections[2]).toHaveTextContent('还有 2 个服务点没在地图上标好位置');
    expect(await screen.findByText('● 现在开门')).toBeInTheDocument();
    expect(screen.getByText('○ 现在不开门')).toBeInTheDocument();
    // open-now comes with the list: no lookup per point
    expect(api.callsTo('servicePoints.get')).toHaveLength(0);
  });

  it('explains a refused location and keeps the street list', async () => {
    mockGeolocation(((_ok: PositionCallback, err: PositionErrorCallback) =>
      err({ code: 1 } as GeolocationPositionError)) as never);
    const api = mockApi({ 'org.overview': () => ok(overview()) });
    openWith('/packages/org/pages/near/index', {});
    render(<NearPage />);
    await screen.findByText('北山街道');
    await act(async () => {
      fireEvent.click(screen.getByText('用我的位置查找'));
    });
    expect(await screen.findByText(/没有拿到位置授权/)).toBeInTheDocument();
    expect(screen.getByText('双浦镇')).toBeInTheDocument();
    expect(api.callsTo('servicePoints.near')).toHaveLength(0);
  });
});
