/**
 * Matching facts of a service (categories, ages, sex) and a provider's places in the admin editors, and a
 * provider_staff invite with its provider picked from the list.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import Taro from '@tarojs/taro';
import EditPage from '@/packages/admin/pages/edit/index';
import AdminPage from '@/packages/admin/pages/index/index';
import { clearSession, setSession } from '@/stores/session';
import { me, overview, session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';

const PROVIDER_ID = '0a1b2c3d-0000-4000-8000-0000000f0001';
const provider = (over: Record<string, unknown> = {}) => ({
  id: PROVIDER_ID,
  slug: 'food-bank',
  kind: 'social_org',
  name: '善粮公社',
  description: '爱心食物银行',
  isSampleContact: true,
  openPlaces: 5,
  status: 'published',
  updatedAt: '2026-11-29T01:00:00.000Z',
  ...over,
});
const SERVICE = {
  slug: 'meal-help',
  providerSlug: 'food-bank',
  name: '老年助餐',
  description: '社区食堂助餐送餐',
  needTier: 'care',
  delivery: 'service',
  targetGroups: ['tekun'],
  eligibilityDescription: '本区老人',
  categories: ['elderly_care'],
  minAge: 60,
  maxAge: null,
  sex: null,
  requiredDocuments: [],
  serviceAreas: ['330106000000'],
  languages: ['普通话'],
  howToApply: [],
  capacity: 'available',
  lastVerifiedAt: '2026-11-29',
  lastVerifiedBy: '区民政局',
  policySlugs: [],
  status: 'published',
  updatedAt: '2026-11-29T01:00:00.000Z',
};

function route(params: Record<string, string>) {
  const path = '/packages/admin/pages/edit/index';
  Current.router = { params, path, onReady: '', onHide: '', onShow: '', shareTimelineReady: '' } as never;
}
const input = (name: string) => document.querySelector(`.staff-field__input--${name}`) as HTMLElement;
const typeInto = (name: string, value: string) =>
  fireEvent(input(name), new CustomEvent('input', { bubbles: true, detail: { value } }));
const fieldOf = (name: string) => input(name).closest('.staff-field') as HTMLElement;
const choiceField = (label: string) => screen.getByText(label).closest('.staff-field') as HTMLElement;

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(session({ user: me({ displayName: '管理员', roles: ['admin'] }) }));
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' } as never);
});

describe('service matching facts', () => {
  it('shows them in words and sends changes, an emptied age as null (no limit)', async () => {
    const api = mockApi({
      'admin.services.list': () => ok({ items: [SERVICE] }),
      'admin.providers.list': () => ok({ items: [provider()] }),
      'admin.services.update': () => ok(SERVICE),
    });
    route({ kind: 'service', slug: 'meal-help' });
    render(<EditPage />);
    await screen.findByText('修改服务');
    expect(input('minAge').getAttribute('value')).toBe('60');
    expect(
      within(choiceField('能帮哪几类困难（用来给申请人推荐，最多 6 项）')).getByText('✓ 老人照护'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/minAge|categories|elderly_care/)).toBeNull();

    fireEvent.click(screen.getByText('看病就医'));
    typeInto('minAge', '');
    typeInto('maxAge', '80');
    fireEvent.click(screen.getByText('只服务女性'));
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(api.callsTo('admin.services.update')[0]!.data).toMatchObject({
      slug: 'meal-help',
      categories: ['elderly_care', 'medical'],
      minAge: null,
      maxAge: 80,
      sex: 'female',
    });
  });

  it('refuses an age that is not a whole number in range, or a maximum below the minimum, sending nothing', async () => {
    const api = mockApi({
      'admin.services.list': () => ok({ items: [SERVICE] }),
      'admin.providers.list': () => ok({ items: [provider()] }),
      'admin.services.update': () => ok(SERVICE),
    });
    route({ kind: 'service', slug: 'meal-help' });
    render(<EditPage />);
    await screen.findByText('修改服务');
    typeInto('minAge', '六十');
    typeInto('maxAge', '131');
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(within(fieldOf('minAge')).getByText('年龄请填整数')).toBeInTheDocument();
    expect(within(fieldOf('maxAge')).getByText('年龄不能大于 130')).toBeInTheDocument();
    typeInto('minAge', '70');
    typeInto('maxAge', '60');
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(within(fieldOf('maxAge')).getByText('最大年龄不能小于最小年龄')).toBeInTheDocument();
    expect(within(fieldOf('minAge')).queryByText('年龄请填整数')).toBeNull();
    expect(api.callsTo('admin.services.update')).toHaveLength(0);
  });
});

describe('provider places', () => {
  it('edits the number of places; empty means no limit (null)', async () => {
    const api = mockApi({
      'departments.list': () => ok({ items: [] }),
      'admin.providers.list': () => ok({ items: [provider()] }),
      'admin.providers.update': () => ok(provider({ openPlaces: null })),
    });
    route({ kind: 'provider', slug: 'food-bank' });
    render(<EditPage />);
    await screen.findByText('修改服务力量');
    expect(input('openPlaces').getAttribute('value')).toBe('5');
    typeInto('openPlaces', '-1');
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(within(fieldOf('openPlaces')).getByText('名额不能小于 0')).toBeInTheDocument();
    typeInto('openPlaces', '');
    await act(async () => fireEvent.click(screen.getByText('保存')));
    const sent = api.callsTo('admin.providers.update')[0]!.data as Record<string, unknown>;
    expect(sent).toMatchObject({ slug: 'food-bank', openPlaces: null });
    expect(sent).not.toHaveProperty('id');
  });
});

describe('provider_staff invite', () => {
  it('asks for the provider, lists only providers not archived, and sends its id', async () => {
    const api = mockApi({
      'admin.policies.list': () => ok({ items: [] }),
      'org.overview': () => ok(overview()),
      'departments.list': () => ok({ items: [] }),
      'admin.providers.list': () =>
        ok({ items: [provider(), provider({ id: 'x', slug: 'old', name: '已撤销机构', status: 'archived' })] }),
      'admin.invites.create': () =>
        ok({ code: 'K7QM-3XPA-92HD', role: 'provider_staff', expiresAt: '2026-12-06T04:00:00.000Z' }),
    });
    render(<AdminPage />);
    await act(async () =>
      fireEvent.click(within(document.querySelector('.admin__tabs') as HTMLElement).getByText('邀请码')),
    );
    fireEvent.click(await screen.findByText('服务机构工作人员'));
    expect(screen.queryByText('已撤销机构')).toBeNull();
    await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
    expect(screen.getByText('请选择服务机构')).toBeInTheDocument();
    expect(api.callsTo('admin.invites.create')).toHaveLength(0);
    fireEvent.click(screen.getByText('善粮公社'));
    await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
    expect(api.callsTo('admin.invites.create')[0]!.data).toEqual({
      role: 'provider_staff',
      providerId: PROVIDER_ID,
      validDays: 7,
    });
    expect(screen.getByText('K7QM-3XPA-92HD')).toBeInTheDocument();
  });
});
