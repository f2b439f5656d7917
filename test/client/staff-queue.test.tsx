import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZCaseQueue } from '@shared/schemas/cases';
import QueuePage from '@/packages/staff/pages/queue/index';
import { clearSession, setSession } from '@/stores/session';
import { me, session } from './support/fixtures';
import { fail, mockApi, ok } from './support/request-mock';
import { queueItem, staffSession } from './support/staff-fixtures';

const NOW = new Date('2026-11-29T04:00:00.000Z'); // 12:00 in China

function typeInto(el: Element, value: string) {
  fireEvent(el, new CustomEvent('input', { bubbles: true, detail: { value } }));
}

beforeEach(() => {
  jest.restoreAllMocks();
  jest.useFakeTimers({
    doNotFake: [
      'nextTick',
      'setImmediate',
      'setTimeout',
      'setInterval',
      'clearTimeout',
      'clearInterval',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
    ],
  });
  jest.setSystemTime(NOW);
  clearSession();
});
afterEach(() => jest.useRealTimers());

describe('staff queue', () => {
  it('lists the cases with deadline badges: overdue red, due today amber, paused, later dates plain', async () => {
    const page = {
      view: 'staff',
      items: [
        queueItem({
          subjectName: '李奶奶',
          dueAt: '2026-11-28T02:00:00.000Z',
          overdue: true,
          urgency: 'emergency',
          flags: ['emergency', 'possible_duplicate'],
        }),
        queueItem({ subjectName: '王大爷', dueAt: '2026-11-29T09:30:00.000Z', status: 'accepted', assignedToMe: true }),
        queueItem({ subjectName: '赵阿姨', status: 'needs_info', paused: true }),
        queueItem({ subjectName: '孙伯伯', dueAt: '2026-12-02T01:00:00.000Z', channel: 'referral' }),
      ],
      nextCursor: null,
    };
    ZCaseQueue.parse(page);
    setSession(staffSession());
    const api = mockApi({ 'cases.queue': () => ok(page) });

    const { container } = render(<QueuePage />);

    await screen.findByText('李奶奶');
    expect(api.callsTo('cases.queue')[0]!.data).toEqual({
      limit: 20,
      status: ['submitted', 'escalated', 'accepted', 'in_progress', 'needs_info'],
    });
    const cards = Array.from(container.querySelectorAll('.case-card'));
    expect(cards.map((c) => c.querySelector('.case-card__name')!.textContent)).toEqual([
      '李奶奶',
      '王大爷',
      '赵阿姨',
      '孙伯伯',
    ]);
    expect(within(cards[0] as HTMLElement).getByText('已超时 · 11月28日 10:00到期')).toHaveClass('case-badge--overdue');
    expect(within(cards[0] as HTMLElement).getByText('急难 · 非常紧急')).toBeInTheDocument();
    expect(within(cards[0] as HTMLElement).getByText('可能重复')).toBeInTheDocument();
    expect(cards[0]).toHaveClass('case-card--overdue');
    expect(within(cards[1] as HTMLElement).getByText('今天 17:30 到期')).toHaveClass('case-badge--today');
    expect(within(cards[1] as HTMLElement).getByText('由我负责')).toBeInTheDocument();
    expect(within(cards[2] as HTMLElement).getByText('等补充，暂停计时')).toHaveClass('case-badge--paused');
    expect(within(cards[3] as HTMLElement).getByText('12月2日 09:00前办理')).toHaveClass('case-badge--normal');
    expect(within(cards[3] as HTMLElement).getByText(/邻居反映/)).toBeInTheDocument();
    expect(screen.getByText('翠苑一区助联服务点')).toBeInTheDocument(); // the unit in the header
  });

  it('sends each filter in the request body and opens a case on tap', async () => {
    setSession(staffSession());
    const item = queueItem();
    const api = mockApi({ 'cases.queue': () => ok({ view: 'staff', items: [item], nextCursor: null }) });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);

    render(<QueuePage />);
    await screen.findByText('王大爷');

    await act(async () =>
      fireEvent.click(within(document.querySelector('.queue__groups') as HTMLElement).getByText('待受理')),
    );
    expect(api.callsTo('cases.queue').at(-1)!.data).toEqual({ limit: 20, status: ['submitted', 'escalated'] });

    fireEvent.click(screen.getByText('更多筛选'));
    await act(async () => fireEvent.click(screen.getByText('非常紧急')));
    await act(async () => fireEvent.click(screen.getByText('只看已超时')));
    await act(async () => fireEvent.click(screen.getByText('关爱型')));
    await act(async () => fireEvent.click(screen.getByText('家人代办')));
    expect(api.callsTo('cases.queue').at(-1)!.data).toEqual({
      limit: 20,
      status: ['submitted', 'escalated'],
      urgency: 'emergency',
      overdue: true,
      needTier: 'care',
      channel: 'proxy',
    });
    expect(screen.getByText('已选 4 个筛选条件，点这里清除')).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByText('✓ 非常紧急'))); // tapping again clears it
    expect(api.callsTo('cases.queue').at(-1)!.data).not.toHaveProperty('urgency');

    typeInto(document.querySelector('.queue__search-input')!, ' xh261129-7kq3 ');
    await act(async () => fireEvent.click(screen.getByText('查找')));
    expect(api.callsTo('cases.queue').at(-1)!.data).toEqual({ limit: 20, refNo: 'XH261129-7KQ3' });

    fireEvent.click(screen.getByText('王大爷'));
    expect(navigate).toHaveBeenCalledWith({ url: `/packages/staff/pages/case/index?id=${item.id}` });
  });

  it('loads more with the cursor and appends the next page', async () => {
    setSession(staffSession());
    const api = mockApi({
      'cases.queue': (body) =>
        (body as { cursor?: string }).cursor === 'c1'
          ? ok({ view: 'staff', items: [queueItem({ subjectName: '第二页的人' })], nextCursor: null })
          : ok({ view: 'staff', items: [queueItem({ subjectName: '第一页的人' })], nextCursor: 'c1' }),
    });

    render(<QueuePage />);
    await screen.findByText('第一页的人');
    await act(async () => fireEvent.click(screen.getByText('加载更多')));

    expect(await screen.findByText('第二页的人')).toBeInTheDocument();
    expect(screen.getByText('第一页的人')).toBeInTheDocument();
    expect(api.callsTo('cases.queue')[1]!.data).toMatchObject({
      cursor: 'c1',
      status: ['submitted', 'escalated', 'accepted', 'in_progress', 'needs_info'],
    });
    expect(screen.queryByText('加载更多')).toBeNull();
    expect(screen.getByText('已经到底了 · 下拉可以刷新')).toBeInTheDocument();
  });

  it('refuses a malformed reference number without calling the API', async () => {
    setSession(staffSession());
    const api = mockApi({ 'cases.queue': () => ok({ view: 'staff', items: [], nextCursor: null }) });
    render(<QueuePage />);
    await screen.findByText('没有符合条件的案件');

    typeInto(document.querySelector('.queue__search-input')!, 'X'.repeat(21));
    fireEvent.click(screen.getByText('查找'));

    expect(screen.getByText('不能超过 20 个字')).toBeInTheDocument();
    expect(api.callsTo('cases.queue')).toHaveLength(1);
  });

  it('shows the server refusal when the staff role was taken away', async () => {
    setSession(staffSession());
    mockApi({ 'cases.queue': () => fail(403, 'FORBIDDEN', { message: '您没有办理这项业务的权限' }) });
    render(<QueuePage />);
    expect(await screen.findByText('您没有办理这项业务的权限')).toBeInTheDocument();
  });

  it('tells a resident this page is for staff, links home, and never calls the API', async () => {
    setSession(session({ user: me() }));
    const api = mockApi({});
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' } as never);

    render(<QueuePage />);

    expect(screen.getByText('这里是工作人员使用的页面')).toBeInTheDocument();
    fireEvent.click(screen.getByText('回到首页'));
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
    expect(api.calls).toHaveLength(0);
  });

  it('lets someone who is both staff and department officer switch to the referral list', async () => {
    setSession(staffSession(['point_staff', 'dept_officer']));
    const api = mockApi({
      'cases.queue': (body) => ok({ view: (body as { view: string }).view, items: [], nextCursor: null }),
    });
    render(<QueuePage />);
    await screen.findByText('没有符合条件的案件');
    expect(api.callsTo('cases.queue')[0]!.data).toMatchObject({ view: 'staff' });

    await act(async () => fireEvent.click(screen.getAllByText('部门转介')[0]!));
    expect(api.callsTo('cases.queue').at(-1)!.data).toMatchObject({ view: 'officer' });
  });
});
