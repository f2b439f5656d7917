/** Endpoints of service orders (服务单); merged into the contract by endpoints.ts. */
import { ZEmpty } from '../schemas/common';
import { def, type EndpointDef } from './define';
import {
  ZOrder,
  ZOrderCancelRequest,
  ZOrderCreateRequest,
  ZOrderDeclineRequest,
  ZOrderDeliverRequest,
  ZOrderList,
  ZOrderListRequest,
  ZOrderRef,
  ZOrderServiceOptions,
} from '../schemas/orders';

/** Staff who work cases at a service point: they open orders for applications in their scope. */
const STAFF = ['point_staff', 'station_staff', 'hub_staff'] as const;
/** Everyone who can receive an order: a point's staff, a department's officer, a provider's staff. */
const RECEIVERS = [...STAFF, 'dept_officer', 'provider_staff'] as const;
const tag = 'orders';

export const ordersEndpoints = {
  'orders.create': def({
    access: STAFF,
    tag,
    summary: '开服务单：把一项服务派给服务机构、部门或本服务点',
    input: ZOrderCreateRequest,
    output: ZOrder,
  }),
  'orders.serviceOptions': def({
    access: STAFF,
    tag,
    summary: '开服务单可选的服务（名额已满的机构标出）',
    input: ZEmpty,
    output: ZOrderServiceOptions,
  }),
  'orders.list': def({
    access: RECEIVERS,
    tag,
    summary: '服务单工作台（待接单、进行中、已完成；收到的或我开的）',
    input: ZOrderListRequest,
    output: ZOrderList,
  }),
  'orders.get': def({ access: RECEIVERS, tag, summary: '服务单详情', input: ZOrderRef, output: ZOrder }),
  'orders.accept': def({
    access: RECEIVERS,
    tag,
    summary: '接单（占用一个名额；名额已满时拒绝）',
    input: ZOrderRef,
    output: ZOrder,
  }),
  'orders.decline': def({
    access: RECEIVERS,
    tag,
    summary: '退回服务单（须写明原因）',
    input: ZOrderDeclineRequest,
    output: ZOrder,
  }),
  'orders.cancel': def({
    access: STAFF,
    tag,
    summary: '开单人取消服务单（已接单的退回名额）',
    input: ZOrderCancelRequest,
    output: ZOrder,
  }),
  'orders.deliver': def({
    access: RECEIVERS,
    tag,
    summary: '记录送达（物质、服务或发展；每条计一人次）',
    input: ZOrderDeliverRequest,
    output: ZOrder,
  }),
} as const satisfies Record<string, EndpointDef>;
