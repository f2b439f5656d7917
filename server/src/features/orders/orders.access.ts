/**
 * Who the caller is to a service order, from their memberships (re-read on every request): its receiver
 * (provider_staff of the provider, dept_officer of the department, staff of the point), its creator, or staff
 * whose case scope holds the application. Anyone else does not see the order at all (404).
 */
import { nextOrderStatus, type OrderAction } from '../../../../shared/domain/service-orders';
import type { Principal } from '../auth/principal';
import { inStaffScope, scopeOf } from '../cases/scope';
import type { OrderRow } from './orders.repo';

export type Receiving = { providerIds: string[]; deptIds: string[]; pointIds: string[] };

const POINT_ROLES = new Set(['point_staff', 'station_staff', 'hub_staff']);

/** The receivers the caller acts for. */
export function receivingOf(principal: Principal): Receiving {
  const r: Receiving = { providerIds: [], deptIds: [], pointIds: [] };
  for (const m of principal.row.memberships) {
    if (m.role === 'provider_staff' && m.providerId) r.providerIds.push(m.providerId);
    if (m.role === 'dept_officer' && m.deptId) r.deptIds.push(m.deptId);
    if (POINT_ROLES.has(m.role) && m.pointId) r.pointIds.push(m.pointId);
  }
  return r;
}

export type Relation = { receiver: boolean; creator: boolean; caseStaff: boolean };

export function relationTo(
  principal: Principal,
  order: Pick<OrderRow, 'receiverProviderId' | 'receiverDepartmentId' | 'receiverPointId' | 'createdBy'>,
  app: { servicePointId: string | null; streetCode: string | null },
): Relation {
  const r = receivingOf(principal);
  const receiver =
    (!!order.receiverProviderId && r.providerIds.includes(order.receiverProviderId)) ||
    (!!order.receiverDepartmentId && r.deptIds.includes(order.receiverDepartmentId)) ||
    (!!order.receiverPointId && r.pointIds.includes(order.receiverPointId));
  return { receiver, creator: order.createdBy === principal.userId, caseStaff: inStaffScope(scopeOf(principal), app) };
}

export const canSee = (rel: Relation) => rel.receiver || rel.creator || rel.caseStaff;

/** Whether the relation may take `action` (the status decides separately whether it is legal now). */
export function mayAct(rel: Relation, action: OrderAction): boolean {
  if (action === 'accept' || action === 'decline') return rel.receiver;
  if (action === 'deliver') return rel.receiver || rel.creator;
  return rel.creator;
}

/** The actions the caller may take on the order as it stands. */
export function allowedActions(rel: Relation, status: OrderRow['status']) {
  const can = (a: OrderAction) => mayAct(rel, a) && nextOrderStatus(status, a) !== null;
  return { accept: can('accept'), decline: can('decline'), deliver: can('deliver'), cancel: can('cancel') };
}
