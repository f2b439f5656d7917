/** Service orders on the staff side: 开服务单, the receivers' workbench tabs, and one order's accept / decline / deliver. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZOrder, ZOrderServiceOptions, type TOrder } from '@shared/schemas/orders';
import CasePage from '@/packages/staff/pages/case/index';
import OrderNewPage from '@/packages/staff/pages/order-new/index';
import OrderPage from '@/packages/staff/pages/order/index';
import OrdersPage from '@/packages/staff/pages/orders/index';
import { clearSession, setSession } from '@/stores/session';
import { openPage } from './support/apply';
import { fail, mockApi, ok } from './support/request-mock';
import { CASE_ID, POINT_ID, staffDetail, staffSession } from './support/staff-fixtures';
import { sheet, submitSheet, typeInto } from './support/staff-page';

const ORDER_ID = '0a1b2c3d-0000-4000-8000-0000000d0001';
const SERVICE_ID = '0a1b2c3d-0000-4000-8000-0000000e0001';
const FULL_SERVICE_ID = '0a1b2c3d-0000-4000-8000-0000000e0002';
const PROVIDER_ID = '0a1b2c3d-0000-4000-8000-0000000f0001';

const options = ZOrderServiceOptions.parse({
  items: [
    {
      id: SERVICE_ID,
      name: '米面油食品包',
      delivery: 'material',
      provider: { id: PROVIDER_ID, name: '善粮公社' },
      openPlaces: 3,
    },
    {
      id: FULL_SERVICE_ID,
      name: '助浴服务',
      delivery: 'service',
      provider: { id: PROVIDER_ID, name: '夕阳红' },
      openPlaces: 0,
    },
  ],
});

function order(overrides: Partial<TOrder> = {}): TOrder {
  return ZOrder.parse({
    id: ORDER_ID,
    applicationId: CASE_ID,
    refNo: 'XH261129-7KQ3',
    subjectName: '王秀英',
    communityName: '翠苑一区',
    status: 'created',
    statusLabel: '待接单',
    service: { id: SERVICE_ID, name: '米面油食品包', delivery: 'material' },
    receiver: { kind: 'provider', id: PROVIDER_ID, name: '善粮公社' },
    what: '送米面油一份',
    notes: null,
    dueOn: '2026-12-20',
    declineReason: null,
    createdBy: { id: '0a1b2c3d-0000-4000-8000-0000000b0001', displayName: '陈社工' },
    fromPoint: { name: '翠苑一区助联服务点', phone: '0571-88001234' },
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    deliveries: [],
    can: { accept: true, decline: true, deliver: false, cancel: false },
    ...overrides,
  });
}

const fieldInput = (name: string) => document.querySelector(`.staff-field__input--${name}`) as HTMLElement;
const field = (name: string) => fieldInput(name).closest('.staff-field') as HTMLElement;

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(staffSession(['resident', 'point_staff', 'provider_staff']));
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never);
  jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
});

describe('开服务单', () => {
  it('the case page opens the order form for this case (any service from the list); closed cases offer none', async () => {
    openPage('/packages/staff/pages/case/index', { id: CASE_ID });
    mockApi({ 'cases.get': () => ok(staffDetail({ status: 'in_progress' })) });
    const { unmount } = render(<CasePage />);
    fireEvent.click(await screen.findByText('从服务清单选一项，开服务单'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/staff/pages/order-new/index?applicationId=${CASE_ID}`,
    });
    unmount();
    mockApi({ 'cases.get': () => ok(staffDetail({ status: 'closed' })) });
    render(<CasePage />);
    await screen.findByText('办理记录');
    expect(screen.queryByText('从服务清单选一项，开服务单')).toBeNull();
  });

  it('preselects the service from the link, sends to its provider, and opens the new order', async () => {
    openPage('/packages/staff/pages/order-new/index', { applicationId: CASE_ID, serviceId: SERVICE_ID });
    const api = mockApi({
      'orders.serviceOptions': () => ok(options),
      'departments.list': () => ok({ items: [] }),
      'orders.create': () => ok(order()),
    });
    render(<OrderNewPage />);
    expect(await screen.findByText('✓ 米面油食品包')).toBeInTheDocument();
    expect(screen.getByText('夕阳红 · 服务帮扶 · 名额已满')).toBeInTheDocument();
    // a full provider cannot be picked
    fireEvent.click(screen.getByText('助浴服务'));
    expect(screen.queryByText('✓ 助浴服务')).toBeNull();
    expect(screen.getByText('✓ 善粮公社')).toBeInTheDocument();

    typeInto(fieldInput('what'), '送米面油一份');
    await act(async () => fireEvent.click(screen.getByText('发出服务单')));
    expect(api.callsTo('orders.create')[0]!.data).toEqual({
      applicationId: CASE_ID,
      serviceId: SERVICE_ID,
      what: '送米面油一份',
    });
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/packages/staff/pages/order/index?id=${ORDER_ID}` });
  });

  it('without a service in the link asks for one; sends to our own point; shows the server refusal', async () => {
    openPage('/packages/staff/pages/order-new/index', { applicationId: CASE_ID });
    const api = mockApi({
      'orders.serviceOptions': () => ok(options),
      'departments.list': () => ok({ items: [] }),
      'orders.create': () => fail(409, 'CONFLICT', { message: '这家机构的名额已满，请选择其他服务或机构' }),
    });
    render(<OrderNewPage />);
    await screen.findByText('米面油食品包');
    typeInto(fieldInput('what'), '上门陪护');
    await act(async () => fireEvent.click(screen.getByText('发出服务单')));
    expect(api.callsTo('orders.create')).toHaveLength(0);
    expect(screen.getByText('请按红字提示修改后再提交')).toBeInTheDocument();

    fireEvent.click(screen.getByText('米面油食品包'));
    fireEvent.click(screen.getByText('本服务点（翠苑一区助联服务点）'));
    await act(async () => fireEvent.click(screen.getByText('发出服务单')));
    expect(api.callsTo('orders.create')[0]!.data).toMatchObject({ receiver: { kind: 'point', id: POINT_ID } });
    expect(screen.getByText('这家机构的名额已满，请选择其他服务或机构')).toBeInTheDocument();
  });
});

describe('服务单工作台', () => {
  it('lists 待接单 first and switches tabs and sides', async () => {
    openPage('/packages/staff/pages/orders/index');
    const api = mockApi({ 'orders.list': () => ok({ items: [order()] }) });
    render(<OrdersPage />);
    expect(await screen.findByText('米面油食品包 · 给 王秀英（翠苑一区）')).toBeInTheDocument();
    expect(screen.getByText('要办：送米面油一份')).toBeInTheDocument();
    expect(api.callsTo('orders.list')[0]!.data).toEqual({ tab: 'pending', side: 'received' });
    await act(async () => fireEvent.click(screen.getByText('进行中')));
    await act(async () => fireEvent.click(screen.getByText('我开的')));
    expect(api.callsTo('orders.list').map((c) => c.data)).toContainEqual({ tab: 'active', side: 'sent' });
    fireEvent.click(screen.getByText('米面油食品包 · 给 王秀英（翠苑一区）'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/staff/pages/order/index?id=${ORDER_ID}` });
  });
});

describe('服务单详情', () => {
  beforeEach(() => openPage('/packages/staff/pages/order/index', { id: ORDER_ID }));

  it('accepts, then records a delivery of goods (one 人次)', async () => {
    const accepted = order({
      status: 'accepted',
      statusLabel: '已接单',
      can: { accept: false, decline: false, deliver: true, cancel: false },
    });
    const delivered = order({
      status: 'delivered',
      statusLabel: '已送达',
      can: { accept: false, decline: false, deliver: true, cancel: false },
      deliveries: [
        {
          id: '0a1b2c3d-0000-4000-8000-0000000c0001',
          kind: 'material',
          cashFen: null,
          goods: '米面油',
          quantity: 2,
          visits: null,
          hours: null,
          developmentType: null,
          note: null,
          deliveredOn: '2026-12-08',
          deliveredBy: { id: '0a1b2c3d-0000-4000-8000-0000000b0002', displayName: '志愿者小李' },
          text: '米面油 2 份',
        },
      ],
    });
    const api = mockApi({
      'orders.get': () => ok(order()),
      'orders.accept': () => ok(accepted),
      'orders.deliver': () => ok(delivered),
    });
    render(<OrderPage />);
    expect(await screen.findByText('给谁：王秀英（翠苑一区）')).toBeInTheDocument();
    expect(screen.getByText('期限：12 月 20 日前')).toBeInTheDocument();
    fireEvent.click(screen.getByText('接单'));
    await submitSheet('accept', '确认接单');
    expect(api.callsTo('orders.accept')[0]!.data).toEqual({ id: ORDER_ID });
    expect(screen.getByText('已接单')).toBeInTheDocument();

    fireEvent.click(screen.getByText('记录送达'));
    typeInto(fieldInput('goods'), '米面油');
    typeInto(fieldInput('quantity'), '2');
    typeInto(fieldInput('deliveredOn'), '2026-12-08');
    await submitSheet('deliver', '保存');
    expect(api.callsTo('orders.deliver')[0]!.data).toEqual({
      id: ORDER_ID,
      deliveries: [{ kind: 'material', goods: '米面油', quantity: 2, deliveredOn: '2026-12-08' }],
    });
    expect(screen.getByText('送达记录（共 1 人次）')).toBeInTheDocument();
    expect(screen.getByText('12 月 8 日 · 物质帮扶：米面油 2 份')).toBeInTheDocument();
  });

  it('decline needs a reason before it is sent; a capacity refusal is shown in Chinese', async () => {
    const api = mockApi({
      'orders.get': () => ok(order()),
      'orders.decline': () =>
        ok(
          order({
            status: 'declined',
            statusLabel: '已退回',
            declineReason: '不在服务范围',
            can: { accept: false, decline: false, deliver: false, cancel: false },
          }),
        ),
      'orders.accept': () => fail(409, 'CONFLICT', { message: '这家机构的名额已满，请选择其他服务或机构' }),
    });
    render(<OrderPage />);
    await screen.findByText('给谁：王秀英（翠苑一区）');
    fireEvent.click(screen.getByText('接单'));
    await submitSheet('accept', '确认接单');
    expect(within(sheet('accept')).getByText('这家机构的名额已满，请选择其他服务或机构')).toBeInTheDocument();
    fireEvent.click(within(sheet('accept')).getByText('取消'));

    fireEvent.click(screen.getByText('退回'));
    await submitSheet('decline', '确认退回');
    expect(api.callsTo('orders.decline')).toHaveLength(0);
    expect(within(field('reason')).getByText('请写明退回的原因')).toBeInTheDocument();
    typeInto(fieldInput('reason'), '不在服务范围');
    await submitSheet('decline', '确认退回');
    expect(api.callsTo('orders.decline')[0]!.data).toEqual({ id: ORDER_ID, reason: '不在服务范围' });
    expect(screen.getByText('退回原因：不在服务范围')).toBeInTheDocument();
  });
});
