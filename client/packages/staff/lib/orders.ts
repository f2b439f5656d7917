/** Service orders on the staff side: page paths and words. */
import { DELIVERY_LABELS, type DeliveryKind } from '@shared/domain/assistance';
import type { Role } from '@shared/domain/roles';
import type { TOrder } from '@shared/schemas/orders';

export const ORDER_NEW_PAGE = '/packages/staff/pages/order-new/index';
export const ORDERS_PAGE = '/packages/staff/pages/orders/index';
export const ORDER_PAGE = '/packages/staff/pages/order/index';

export const orderNewUrl = (applicationId: string, serviceId?: string) =>
  `${ORDER_NEW_PAGE}?applicationId=${applicationId}${serviceId ? `&serviceId=${serviceId}` : ''}`;
export const orderUrl = (id: string) => `${ORDER_PAGE}?id=${id}`;

/** "12 月 8 日" from yyyy-mm-dd. */
export function formatDay(ymd: string): string {
  const [, m, d] = ymd.split('-').map(Number);
  return `${m} 月 ${d} 日`;
}

/** The Shanghai calendar day of `now`, yyyy-mm-dd. */
export const todayInChina = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export const deliveryLabel = (kind: DeliveryKind) => DELIVERY_LABELS[kind];

/** One line for a card: "米面油食品包 · 给 王秀英（翠苑一区）". */
export const orderLine = (o: TOrder) =>
  `${o.service.name} · 给 ${o.subjectName}${o.communityName ? `（${o.communityName}）` : ''}`;

/** Everyone who can receive an order: a point's staff, a department's officer, a provider's staff. */
export const ORDER_RECEIVER_ROLES: readonly Role[] = [
  'point_staff',
  'station_staff',
  'hub_staff',
  'dept_officer',
  'provider_staff',
];
