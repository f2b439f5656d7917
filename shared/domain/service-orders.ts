/**
 * Service orders (服务单): staff send one service to a receiver (its provider, a department or their own point);
 * the receiver accepts or declines; deliveries are recorded by kind (物质 / 服务 / 发展), one row per person-time (人次).
 * Pure rules and labels shared by server and client.
 */
import type { DeliveryKind } from './assistance';

export const ORDER_STATUSES = ['created', 'accepted', 'declined', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_RECEIVER_KINDS = ['provider', 'department', 'point'] as const;
export type OrderReceiverKind = (typeof ORDER_RECEIVER_KINDS)[number];

export const DEVELOPMENT_TYPES = ['training', 'job_referral', 'placement'] as const;
export type DevelopmentType = (typeof DEVELOPMENT_TYPES)[number];

export const ORDER_ACTIONS = ['accept', 'decline', 'deliver', 'cancel'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** status → action → next status; a missing action is illegal there (409). Delivering again keeps `delivered`. */
export const ORDER_TRANSITIONS: Record<OrderStatus, Partial<Record<OrderAction, OrderStatus>>> = {
  created: { accept: 'accepted', decline: 'declined', cancel: 'cancelled' },
  accepted: { deliver: 'delivered', cancel: 'cancelled' },
  delivered: { deliver: 'delivered' },
  declined: {},
  cancelled: {},
};

export function nextOrderStatus(status: OrderStatus, action: OrderAction): OrderStatus | null {
  return ORDER_TRANSITIONS[status][action] ?? null;
}

/** Open orders sit in the receiver's 待接单 (created) and 进行中 (accepted) tabs. */
export const ORDER_TABS = ['pending', 'active', 'done'] as const;
export type OrderTab = (typeof ORDER_TABS)[number];
export const ORDER_TAB_STATUSES: Record<OrderTab, readonly OrderStatus[]> = {
  pending: ['created'],
  active: ['accepted'],
  done: ['delivered', 'declined', 'cancelled'],
};
export const ORDER_TAB_LABELS: Record<OrderTab, string> = { pending: '待接单', active: '进行中', done: '已完成' };

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  created: '待接单',
  accepted: '已接单',
  declined: '已退回',
  delivered: '已送达',
  cancelled: '已取消',
};

export const DELIVERY_KIND_SHORT: Record<DeliveryKind, string> = {
  material: '物质',
  service: '服务',
  development: '发展',
};

export const DEVELOPMENT_TYPE_LABELS: Record<DevelopmentType, string> = {
  training: '培训名额',
  job_referral: '就业推荐',
  placement: '安置岗位',
};

export const ORDER_RECEIVER_LABELS: Record<OrderReceiverKind, string> = {
  provider: '服务机构',
  department: '部门',
  point: '本服务点',
};

/** Cash is stored in fen (分); shown as yuan without trailing zeros: 12345 → "123.45", 50000 → "500". */
export function yuanOf(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const rest = fen % 100;
  return rest === 0 ? String(yuan) : `${yuan}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

export type DeliveryFacts = {
  kind: DeliveryKind;
  cashFen: number | null;
  goods: string | null;
  quantity: number | null;
  visits: number | null;
  hours: number | null;
  developmentType: DevelopmentType | null;
  /** yyyy-mm-dd (Asia/Shanghai calendar day). */
  deliveredOn: string;
  /** Who delivered, as the resident knows them: the provider, department or point name. */
  byName: string;
};

/** What was delivered, in a few words: "米面油 1 份", "现金 500 元", "上门 2 次、共 3 小时", "就业推荐". */
export function deliveryWhat(d: Omit<DeliveryFacts, 'deliveredOn' | 'byName'>): string {
  if (d.kind === 'material') {
    if (d.cashFen !== null) return `救助金 ${yuanOf(d.cashFen)} 元`;
    return `${d.goods ?? '物资'}${d.quantity ? ` ${d.quantity} 份` : ''}`;
  }
  if (d.kind === 'service') {
    const parts = [d.visits ? `上门 ${d.visits} 次` : null, d.hours ? `共 ${d.hours} 小时` : null].filter(Boolean);
    return parts.length ? `服务${parts.join('、')}` : '上门服务';
  }
  return d.developmentType ? DEVELOPMENT_TYPE_LABELS[d.developmentType] : '发展帮扶';
}

/** The resident's sentence: "已为您送去米面油 1 份（12 月 8 日，善粮公社）". */
export function deliverySentence(d: DeliveryFacts): string {
  const [, m, day] = d.deliveredOn.split('-').map(Number);
  const when = `${m} 月 ${day} 日`;
  const verb = d.kind === 'material' ? '已为您送去' : d.kind === 'service' ? '已为您提供' : '已为您安排';
  return `${verb}${deliveryWhat(d)}（${when}，${d.byName}）`;
}
