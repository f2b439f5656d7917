import { act, fireEvent, render, screen } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import Taro from '@tarojs/taro';
import type { TProvider, TServiceDetail } from '@shared/schemas/services';
import ProviderPage from '@/packages/content/pages/provider/index';
import ProvidersPage from '@/packages/content/pages/providers/index';
import ServicePage from '@/packages/content/pages/service/index';
import ServicesPage from '@/packages/content/pages/services/index';
import { service } from './support/content-fixtures';
import { mockApi, ok } from './support/request-mock';

function openWith(path: string, params: Record<string, string> = {}) {
  Current.router = { params, path, onReady: '', onHide: '', onShow: '', shareTimelineReady: '' } as never;
}

const STREETS = [
  { code: '330106005000', name: '翠苑街道', level: 'street' },
  { code: '330106007000', name: '古荡街道', level: 'street' },
];

function serviceDetail(overrides: Partial<TServiceDetail> = {}): TServiceDetail {
  return {
    ...service(),
    provider: {
      slug: 'cuiyuan-social-work',
      name: '翠苑社工站',
      kind: 'social_work_station',
      phone: '0571-88880000',
      address: '翠苑街道社工站',
      isSampleContact: false,
    },
    eligibilityDescription: '翠苑街道独自生活的老人。',
    requiredDocuments: ['身份证'],
    areas: [{ code: '330106005000', name: '翠苑街道' }],
    schedule: '工作日',
    languages: ['普通话', '杭州话'],
    accessibility: null,
    lastVerifiedAt: '2026-11-02',
    lastVerifiedBy: '翠苑社工站',
    policySlugs: ['lonely-elderly-visits'],
    policies: [{ slug: 'lonely-elderly-visits', title: '独居老人探访关爱' }],
    cost: '免费',
    howToApply: ['向社区登记', '社工约时间上门'],
    ...overrides,
  };
}

function provider(overrides: Partial<TProvider> = {}): TProvider {
  return {
    slug: 'cuiyuan-social-work',
    name: '翠苑社工站',
    kind: 'social_work_station',
    description: '为翠苑街道居民提供个案帮扶。',
    phone: null,
    address: '翠苑街道社区服务中心',
    isSampleContact: true,
    serviceCount: 1,
    ...overrides,
  };
}

const urls = (navigate: jest.SpyInstance) => navigate.mock.calls.map(([o]) => (o as { url: string }).url);

/**
 * Types into the search box the way Taro's H5 Input reports it: an input event with { detail: { value } } on the
 * Taro element itself (its inner <input> is rendered later by Stencil, so querying it races the render).
 */
function typeSearch(container: HTMLElement, text: string) {
  const input = container.querySelector('.list-search__input')!;
  act(() => {
    fireEvent(input, new CustomEvent('input', { bubbles: true, detail: { value: text } }));
  });
}

beforeEach(() => {
  jest.restoreAllMocks();
});

describe('service list', () => {
  it('lists services, searches, filters by need tier and street, and opens a service', async () => {
    const api = mockApi({
      'divisions.list': () => ok({ items: STREETS }),
      'services.list': () => ok({ items: [service()], hasMore: false }),
    });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    openWith('/packages/content/pages/services/index');
    const { container } = render(<ServicesPage />);
    await screen.findByText('居家上门探访');
    expect(screen.getByText('提供：翠苑社工站')).toBeInTheDocument();
    expect(api.callsTo('services.list')[0]!.data).toEqual({ offset: 0, limit: 20 });

    typeSearch(container, ' 老人吃饭 ');
    await act(async () => fireEvent.click(screen.getByText('搜索')));
    await screen.findByText('“老人吃饭”的查找结果');
    // the chip comes before the card's tag of the same name
    await act(async () => fireEvent.click(screen.getAllByText('关爱型')[0]!));
    fireEvent.click(screen.getByText(/按帮扶方式、街道筛选/));
    await act(async () => fireEvent.click(screen.getByText('翠苑街道')));
    await screen.findByText('居家上门探访');
    expect(api.callsTo('services.list').at(-1)!.data).toEqual({
      q: '老人吃饭',
      needTier: 'care',
      divisionCode: '330106005000',
      offset: 0,
      limit: 20,
    });

    fireEvent.click(screen.getByText('居家上门探访'));
    expect(urls(navigate)).toContain('/packages/content/pages/service/index?slug=home-care-visits');
  });

  it('keeps the provider a link pinned, pages with 加载更多 and says when nothing is found', async () => {
    let page = 0;
    const api = mockApi({
      'divisions.list': () => ok({ items: STREETS }),
      'services.list': (data) => {
        const body = data as { offset: number; q?: string };
        if (body.q) return ok({ items: [], hasMore: false });
        page++;
        return ok({ items: [service({ slug: `s-${page}`, name: `服务${page}` })], hasMore: body.offset === 0 });
      },
    });
    openWith('/packages/content/pages/services/index', {
      providerSlug: 'shanliang-food-bank',
      providerName: '善粮公社',
    });
    const { container } = render(<ServicesPage />);
    await screen.findByText('服务1');
    expect(screen.getByText('只看：善粮公社 ✕')).toBeInTheDocument();
    expect(api.callsTo('services.list')[0]!.data).toMatchObject({ providerSlug: 'shanliang-food-bank' });
    await act(async () => fireEvent.click(screen.getByText('加载更多')));
    await screen.findByText('服务2');
    expect(api.callsTo('services.list')[1]!.data).toMatchObject({ offset: 1 });
    expect(screen.getByText('已经到底了')).toBeInTheDocument();

    typeSearch(container, '火箭');
    await act(async () => fireEvent.click(screen.getByText('搜索')));
    await screen.findByText('没有找到相关服务');
  });

  it('refuses an over-long query before calling the API', async () => {
    const api = mockApi({
      'divisions.list': () => ok({ items: STREETS }),
      'services.list': () => ok({ items: [service()], hasMore: false }),
    });
    openWith('/packages/content/pages/services/index');
    const { container } = render(<ServicesPage />);
    await screen.findByText('居家上门探访');
    typeSearch(container, '字'.repeat(51));
    fireEvent.click(screen.getByText('搜索'));
    expect(await screen.findByText('搜索词不能超过 50 个字')).toBeInTheDocument();
    expect(api.callsTo('services.list')).toHaveLength(1);
  });
});

describe('service detail', () => {
  it('shows who it is for, steps, place, cost, documents, schedule, tap-to-call and the policy', async () => {
    const api = mockApi({ 'services.get': () => ok(serviceDetail()) });
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' } as never);
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    openWith('/packages/content/pages/service/index', { slug: 'home-care-visits' });
    render(<ServicePage />);
    await screen.findByText('翠苑街道独自生活的老人。');
    expect(api.callsTo('services.get')[0]!.data).toEqual({ slug: 'home-care-visits' });
    expect(screen.getByText('1. 向社区登记')).toBeInTheDocument();
    expect(screen.getByText('2. 社工约时间上门')).toBeInTheDocument();
    expect(screen.getByText('免费')).toBeInTheDocument();
    expect(screen.getByText('服务范围：翠苑街道')).toBeInTheDocument();
    expect(screen.getByText('· 身份证')).toBeInTheDocument();
    expect(screen.getByText('语言：普通话、杭州话')).toBeInTheDocument();
    fireEvent.click(screen.getByText('电话 0571-88880000（点击拨打）'));
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '0571-88880000' });
    fireEvent.click(screen.getByText('独居老人探访关爱 ›'));
    fireEvent.click(screen.getByText('翠苑社工站（社工站）›'));
    expect(urls(navigate)).toEqual([
      '/packages/content/pages/policy/index?slug=lonely-elderly-visits',
      '/packages/content/pages/provider/index?slug=cuiyuan-social-work',
    ]);
  });

  it('never dials a sample number, and says whom to ask when there is no phone', async () => {
    mockApi({
      'services.get': () =>
        ok(
          serviceDetail({
            provider: { ...serviceDetail().provider, phone: '0571-00000000', isSampleContact: true },
            cost: null,
            howToApply: [],
          }),
        ),
    });
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' } as never);
    openWith('/packages/content/pages/service/index', { slug: 'home-care-visits' });
    render(<ServicePage />);
    await screen.findByText('电话：0571-00000000（示例号码，暂不能拨打）');
    expect(screen.getByText(/请工作人员帮您联系/)).toBeInTheDocument();
    expect(screen.getByText('费用没有写明，办理前请先问清楚')).toBeInTheDocument();
    expect(screen.getByText(/到所在社区（村）服务点问问/)).toBeInTheDocument();
    fireEvent.click(screen.getByText('电话：0571-00000000（示例号码，暂不能拨打）'));
    expect(dial).not.toHaveBeenCalled();
  });

  it('refuses a malformed slug without calling the API', async () => {
    const api = mockApi({});
    openWith('/packages/content/pages/service/index', { slug: '../x' });
    render(<ServicePage />);
    expect(await screen.findByText('没有找到这项服务，请回到服务清单重新选择')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});

describe('provider list and detail', () => {
  it('filters providers by kind and street, and opens one', async () => {
    const api = mockApi({
      'divisions.list': () => ok({ items: STREETS }),
      'providers.list': () => ok({ items: [provider()] }),
    });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    openWith('/packages/content/pages/providers/index');
    render(<ProvidersPage />);
    await screen.findByText('翠苑社工站');
    expect(screen.getByText('社工站 · 1 项服务')).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getAllByText('社工站')[0]!));
    await act(async () => fireEvent.click(screen.getByText('古荡街道')));
    await screen.findByText('翠苑社工站');
    expect(api.callsTo('providers.list').at(-1)!.data).toEqual({
      kind: 'social_work_station',
      divisionCode: '330106007000',
    });
    fireEvent.click(screen.getByText('翠苑社工站'));
    expect(urls(navigate)).toEqual(['/packages/content/pages/provider/index?slug=cuiyuan-social-work']);
  });

  it('shows a provider with its services and links to them in the service list', async () => {
    mockApi({ 'providers.get': () => ok({ ...provider(), services: [service()] }) });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    openWith('/packages/content/pages/provider/index', { slug: 'cuiyuan-social-work' });
    render(<ProviderPage />);
    await screen.findByText('为翠苑街道居民提供个案帮扶。');
    expect(screen.getByText('地点：翠苑街道社区服务中心')).toBeInTheDocument();
    expect(screen.getByText('提供的服务（1 项）')).toBeInTheDocument();
    expect(screen.getByText(/请工作人员帮您联系/)).toBeInTheDocument();
    fireEvent.click(screen.getByText('居家上门探访'));
    fireEvent.click(screen.getByText('在服务清单里按条件查找这些服务 ›'));
    expect(urls(navigate)).toEqual([
      '/packages/content/pages/service/index?slug=home-care-visits',
      '/packages/content/pages/services/index?providerSlug=cuiyuan-social-work&providerName=%E7%BF%A0%E8%8B%91%E7%A4%BE%E5%B7%A5%E7%AB%99',
    ]);
  });
});
