import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import Taro from '@tarojs/taro';
import { ZPolicyInput } from '@shared/schemas/content';
import AdminPage from '@/packages/admin/pages/index/index';
import EditPage from '@/packages/admin/pages/edit/index';
import { clearSession, setSession } from '@/stores/session';
import { me, session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';

const DEPARTMENTS = {
  items: [
    { id: '0a1b2c3d-0000-4000-8000-0000000d0001', code: 'civil_affairs', name: '区民政局', isLead: true },
    { id: '0a1b2c3d-0000-4000-8000-0000000d0002', code: 'medical_security', name: '区医保局', isLead: false },
  ],
};
const adminPolicy = (slug: string, status: 'draft' | 'published' | 'archived', title = '最低生活保障') => ({
  slug,
  title,
  status,
  department: { code: 'civil_affairs', name: '区民政局' },
  publishedAt: null,
  updatedAt: '2026-11-29T01:00:00.000Z',
  ruleVersion: null,
});

function route(path: string, params: Record<string, string>) {
  Current.router = { params, path, onReady: '', onHide: '', onShow: '', shareTimelineReady: '' } as never;
}
const typeInto = (selector: string, value: string) =>
  fireEvent(
    document.querySelector(`.staff-field__input--${selector}`)!,
    new CustomEvent('input', { bubbles: true, detail: { value } }),
  );
const fieldOf = (selector: string) =>
  document.querySelector(`.staff-field__input--${selector}`)!.closest('.staff-field') as HTMLElement;

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(session({ user: me({ displayName: '管理员', roles: ['admin'] }) }));
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
});

describe('admin: policies', () => {
  it('creates a policy: validates with the shared schema first, then shows the server field errors', async () => {
    let attempts = 0;
    const api = mockApi({
      'departments.list': () => ok(DEPARTMENTS),
      'admin.standards.list': () => ok({ items: [] }),
      'admin.policies.create': () =>
        attempts++ === 0
          ? fail(400, 'VALIDATION_FAILED', {
              message: '这个标识已经用过了',
              details: [{ field: 'slug', message: '这个标识已经用过了' }],
            })
          : ok(adminPolicy('dibao-2026', 'draft')),
    });
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' } as never);
    route('/packages/admin/pages/edit/index', { kind: 'policy' });

    render(<EditPage />);
    await screen.findByText('新建政策');
    typeInto('slug', 'Dibao 2026');
    await act(async () => fireEvent.click(screen.getByText('保存')));

    expect(screen.getByText('有几项需要修改，请看红字提示')).toBeInTheDocument();
    expect(within(fieldOf('title')).getByText('此项必填')).toBeInTheDocument();
    expect(within(fieldOf('slug')).getByText('标识只能用小写字母、数字和横线')).toBeInTheDocument();
    expect(api.callsTo('admin.policies.create')).toHaveLength(0);

    typeInto('slug', 'dibao-2026');
    typeInto('title', '最低生活保障');
    typeInto('summary', '家庭收入低于标准的，每月发放补助');
    typeInto('body', '西湖区户籍居民，家庭人均收入低于当地低保标准……');
    fireEvent.click(screen.getByText('生存型'));
    fireEvent.click(screen.getByText('低保'));
    fireEvent.click(await screen.findByText('区民政局'));
    typeInto('eligibilityText', '家庭人均月收入低于低保标准');
    typeInto('materials', '身份证\n\n户口本 ');
    typeInto('steps', '社区受理\n街道审核');
    typeInto('contacts', '翠苑街道社会事务办 0571-88888888\n区民政局');
    await act(async () => fireEvent.click(screen.getByText('保存')));

    const body = api.callsTo('admin.policies.create')[0]!.data;
    expect(body).toEqual({
      slug: 'dibao-2026',
      title: '最低生活保障',
      summary: '家庭收入低于标准的，每月发放补助',
      body: '西湖区户籍居民，家庭人均收入低于当地低保标准……',
      needTiers: ['survival'],
      targetGroups: ['dibao'],
      departmentCode: 'civil_affairs',
      eligibilityText: '家庭人均月收入低于低保标准',
      materials: ['身份证', '户口本'],
      steps: [{ title: '社区受理' }, { title: '街道审核' }],
      contacts: [{ name: '翠苑街道社会事务办', phone: '0571-88888888' }, { name: '区民政局' }],
    });
    expect(ZPolicyInput.safeParse(body).success).toBe(true);
    expect(within(fieldOf('slug')).getByText('这个标识已经用过了')).toBeInTheDocument();
    expect(document.querySelector('.staff-field__input--title')!.getAttribute('value')).toBe('最低生活保障'); // nothing typed is lost

    typeInto('slug', 'dibao-2026-b');
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(api.callsTo('admin.policies.create')[1]!.data).toMatchObject({ slug: 'dibao-2026-b' });
    expect(back).toHaveBeenCalled();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已存为草稿' }));
  });

  it('edits a draft policy loaded through admin.policies.get, sending every field back', async () => {
    const draft = {
      ...adminPolicy('dibao-2026', 'draft'),
      summary: '家庭收入低于标准的可以申请',
      body: '正文',
      needTiers: ['survival'],
      targetGroups: ['dibao'],
      eligibilityText: '本区户籍',
      materials: ['身份证'],
      steps: [{ title: '提出申请' }],
      contacts: [{ name: '区民政局', phone: '0571-00000000' }],
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      rule: null,
    };
    const api = mockApi({
      'departments.list': () => ok(DEPARTMENTS),
      'admin.policies.get': () => ok(draft),
      'admin.standards.list': () => ok({ items: [] }),
      'admin.policies.update': () => ok(adminPolicy('dibao-2026', 'draft', '新标题')),
    });
    jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' } as never);
    route('/packages/admin/pages/edit/index', { kind: 'policy', slug: 'dibao-2026' });

    render(<EditPage />);
    await screen.findByText('修改政策');
    expect(api.callsTo('admin.policies.get')[0]!.data).toEqual({ slug: 'dibao-2026' });
    expect(api.callsTo('policies.get')).toHaveLength(0);
    expect(document.querySelector('.staff-field__input--title')!.getAttribute('value')).toBe('最低生活保障');
    typeInto('title', '新标题');
    await act(async () => fireEvent.click(screen.getByText('保存')));

    expect(api.callsTo('admin.policies.update')[0]!.data).toMatchObject({
      slug: 'dibao-2026',
      patch: {
        title: '新标题',
        summary: '家庭收入低于标准的可以申请',
        departmentCode: 'civil_affairs',
        materials: ['身份证'],
        effectiveFrom: '2026-01-01',
      },
    });
  });

  it('shows a failed load as an error with a retry, never as an empty form', async () => {
    let attempts = 0;
    const api = mockApi({
      'departments.list': () => ok(DEPARTMENTS),
      'admin.standards.list': () => ok({ items: [] }),
      'admin.policies.get': () =>
        attempts++ === 0
          ? fail(500, 'INTERNAL')
          : ok({
              ...adminPolicy('dibao-2026', 'draft'),
              summary: '摘要',
              body: '正文',
              needTiers: ['survival'],
              targetGroups: [],
              eligibilityText: '条件',
              materials: [],
              steps: [],
              contacts: [],
              effectiveFrom: null,
              effectiveTo: null,
              rule: null,
            }),
    });
    route('/packages/admin/pages/edit/index', { kind: 'policy', slug: 'dibao-2026' });

    render(<EditPage />);
    expect(await screen.findByText('内容没有加载出来')).toBeInTheDocument();
    expect(screen.getByText('服务器说：INTERNAL')).toBeInTheDocument();
    expect(screen.queryByText('保存')).toBeNull();
    expect(document.querySelector('.staff-field__input--title')).toBeNull();

    await act(async () => fireEvent.click(screen.getByText('重新加载')));
    await screen.findByText('修改政策');
    expect(api.callsTo('admin.policies.get')).toHaveLength(2);
    expect(document.querySelector('.staff-field__input--title')!.getAttribute('value')).toBe('最低生活保障');
  });

  it('lists every policy with its status and publishes, withdraws and archives', async () => {
    const api = mockApi({
      'admin.policies.list': () =>
        ok({ items: [adminPolicy('dibao-2026', 'draft'), adminPolicy('tekun', 'published', '特困人员供养')] }),
      'admin.policies.setStatus': (body) =>
        ok(adminPolicy((body as { slug: string }).slug, (body as { status: 'published' }).status)),
    });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    route('/packages/admin/pages/index/index', {});

    render(<AdminPage />);
    const draftRow = (await screen.findByText('最低生活保障')).closest('.admin-row') as HTMLElement;
    const publishedRow = screen.getByText('特困人员供养').closest('.admin-row') as HTMLElement;
    expect(within(draftRow).getByText('草稿')).toBeInTheDocument();
    expect(within(publishedRow).getByText('已发布')).toBeInTheDocument();
    expect(within(publishedRow).queryByText('发布')).toBeNull();

    const confirmDialog = async (label: string) =>
      act(async () => fireEvent.click(within(document.querySelector('.dialog') as HTMLElement).getByText(label)));
    fireEvent.click(within(draftRow).getByText('发布'));
    expect(screen.getByText('确定发布「最低生活保障」吗？')).toBeInTheDocument();
    await confirmDialog('先不改');
    expect(api.callsTo('admin.policies.setStatus')).toHaveLength(0);
    fireEvent.click(within(draftRow).getByText('发布'));
    await confirmDialog('确定发布');
    fireEvent.click(within(publishedRow).getByText('撤回'));
    expect(screen.getByText('改为草稿后居民就看不到了，可以修改后再发布')).toBeInTheDocument();
    await confirmDialog('确定撤回');
    fireEvent.click(within(publishedRow).getByText('归档'));
    await confirmDialog('确定归档');
    expect(api.callsTo('admin.policies.setStatus').map((c) => c.data)).toEqual([
      { slug: 'dibao-2026', status: 'published' },
      { slug: 'tekun', status: 'draft' },
      { slug: 'tekun', status: 'archived' },
    ]);
    expect(api.callsTo('admin.policies.list').length).toBe(4); // re-read after every change

    fireEvent.click(screen.getByText('+ 新建政策'));
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/edit/index?kind=policy' });
    fireEvent.click(within(draftRow).getByText('修改'));
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/edit/index?kind=policy&slug=dibao-2026' });
  });

  it('edits a livestream with its times in China time and chapters one per line', async () => {
    const stream = {
      slug: 'dibao-live',
      title: '低保政策直播',
      summary: '讲讲低保怎么申请',
      speaker: '民政局王科长',
      startsAt: '2026-12-01T11:30:00.000Z',
      endsAt: '2026-12-01T12:30:00.000Z',
      chapters: [{ startSec: 330, title: '怎么申请', policySlugs: [] }],
      policySlugs: [],
      status: 'draft',
      updatedAt: '2026-11-29T01:00:00.000Z',
    };
    const api = mockApi({
      'admin.livestreams.list': () => ok({ items: [stream] }),
      'admin.livestreams.update': () => ok(stream),
    });
    jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' } as never);
    route('/packages/admin/pages/edit/index', { kind: 'livestream', slug: 'dibao-live' });

    render(<EditPage />);
    await screen.findByText('修改直播');
    expect(document.querySelector('.staff-field__input--startsAt')!.getAttribute('value')).toBe('2026-12-01 19:30');
    typeInto('endsAt', '2026-12-01 21:00');
    typeInto('chapters', '05:30 怎么申请\n1:02:03 答疑');
    await act(async () => fireEvent.click(screen.getByText('保存')));

    expect(api.callsTo('admin.livestreams.update')[0]!.data).toMatchObject({
      slug: 'dibao-live',
      startsAt: '2026-12-01T19:30:00+08:00',
      endsAt: '2026-12-01T21:00:00+08:00',
      chapters: [
        { startSec: 330, title: '怎么申请' },
        { startSec: 3723, title: '答疑' },
      ],
    });
  });
});

describe('admin: access', () => {
  it('tells a resident this is a staff page and loads nothing', () => {
    setSession(session({ user: me() }));
    const api = mockApi({});
    route('/packages/admin/pages/index/index', {});
    render(<AdminPage />);
    expect(screen.getByText('这里是工作人员使用的页面')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });

  it('does not open the admin pages for case workers either', () => {
    setSession(session({ user: me({ roles: ['point_staff'] }) }));
    mockApi({});
    route('/packages/admin/pages/edit/index', { kind: 'policy' });
    render(<EditPage />);
    expect(screen.getByText('这里是工作人员使用的页面')).toBeInTheDocument();
  });
});
