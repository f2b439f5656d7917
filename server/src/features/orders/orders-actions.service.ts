/**
 * Accept, decline, cancel and deliver a service order. Each one locks the order, checks who the caller is to it
 * (orders.access.ts: 404 when it is not theirs to see, 403 when they may see but not do this) and that the status
 * allows the action (409), then records the step (orders.history.ts) in the same transaction.
 * Capacity: accepting an order to a provider with limited places takes one under a row lock on the provider
 * (0 left ⇒ 409); cancelling an accepted order gives it back.
 */
import { contentChanged } from '../../lib/content-events';
import { chinaDay } from '../../../../shared/domain/china-time';
import { nextOrderStatus, type OrderAction } from '../../../../shared/domain/service-orders';
import type { TDeliveryInput, TOrder } from '../../../../shared/schemas/orders';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import type { Principal } from '../auth/principal';
import { canSee, mayAct, relationTo } from './orders.access';
import { recordStep, type OrderStep } from './orders.history';
import * as repo from './orders.repo';
import { loadOrder, orderNotFound, placesFull } from './orders.service';

const STALE: Record<string, string> = {
  accepted: '这张服务单已被接单，请刷新后再看',
  declined: '这张服务单已被退回，请刷新后再看',
  delivered: '这张服务单已送达，不能再这样处理',
  cancelled: '这张服务单已取消，请刷新后再看',
  created: '这张服务单还没有接单，请先接单再记录送达',
};

type Work = (
  tx: Db,
  order: repo.OrderRow,
  now: Date,
) => Promise<{ patch: repo.OrderPatch; step: OrderStep; reason?: string; personTimes?: number }>;

async function act(deps: Deps, principal: Principal, id: string, action: OrderAction, work: Work): Promise<TOrder> {
  await inTransaction(deps.db, async (tx) => {
    const order = await repo.lockOrder(tx, id);
    if (!order) throw orderNotFound();
    const view = (await repo.findOrderView(tx, id))!;
    const rel = relationTo(principal, order, { servicePointId: view.appPointId, streetCode: view.appStreetCode });
    if (!canSee(rel)) throw orderNotFound();
    if (!mayAct(rel, action))
      throw new AppError('FORBIDDEN', {
        message: action === 'cancel' ? '只有开单的工作人员可以取消服务单' : '只有接单的机构或部门可以这样处理',
      });
    const next = nextOrderStatus(order.status, action);
    if (!next) throw new AppError('CONFLICT', { message: STALE[order.status] ?? '情况有变化，请刷新后再试' });
    const now = deps.clock.now();
    const done = await work(tx, order, now);
    const updated = { ...order, ...done.patch, status: next, updatedAt: now };
    await repo.updateOrder(tx, id, { ...done.patch, status: next, updatedAt: now });
    await recordStep(deps, tx, {
      order: updated,
      step: done.step,
      actorUserId: principal.userId,
      reason: done.reason,
      personTimes: done.personTimes,
    });
  });
  // a provider's open places changed: the matching catalog (suggestions) must see it at once
  if (action === 'accept' || action === 'cancel') contentChanged(deps.db);
  return (await loadOrder(deps, deps.db, principal, id))!;
}

/** Accept: takes one of a limited provider's places (row lock; 0 left ⇒ 409). */
export const acceptOrder = (deps: Deps, p: Principal, id: string) =>
  act(deps, p, id, 'accept', async (tx, order, now) => {
    let holdsPlace = false;
    if (order.receiverProviderId) {
      const provider = await repo.lockProviderPlaces(tx, order.receiverProviderId);
      if (provider?.openPlaces === 0) throw placesFull();
      if (provider && provider.openPlaces !== null) {
        await repo.moveProviderPlaces(tx, order.receiverProviderId, -1);
        holdsPlace = true;
      }
    }
    return { patch: { holdsPlace, acceptedAt: now, respondedBy: p.userId }, step: 'accepted' };
  });

export const declineOrder = (deps: Deps, p: Principal, id: string, reason: string) =>
  act(deps, p, id, 'decline', async (_tx, _order, now) => ({
    patch: { declineReason: reason, declinedAt: now, respondedBy: p.userId },
    step: 'declined',
    reason,
  }));

/** Cancel (creator): an accepted order gives its place back. */
export const cancelOrder = (deps: Deps, p: Principal, id: string, reason?: string) =>
  act(deps, p, id, 'cancel', async (tx, order, now) => {
    if (order.holdsPlace && order.receiverProviderId) {
      await repo.lockProviderPlaces(tx, order.receiverProviderId);
      await repo.moveProviderPlaces(tx, order.receiverProviderId, 1);
    }
    return { patch: { holdsPlace: false, cancelledAt: now }, step: 'cancelled', reason };
  });

/** Records deliveries (one row = one 人次) by the receiver, or by the creator on the receiver's behalf. */
export const deliverOrder = (deps: Deps, p: Principal, id: string, deliveries: TDeliveryInput[]) =>
  act(deps, p, id, 'deliver', async (tx, order, now) => {
    const today = chinaDay(now);
    deliveries.forEach((d, i) => {
      if (d.deliveredOn > today)
        throw validationError([{ field: `deliveries.${i}.deliveredOn`, message: '送达日期不能晚于今天' }]);
    });
    await repo.insertDeliveries(
      tx,
      // rows of one call keep their order on screen: created_at steps by one millisecond per row
      deliveries.map((d, i) => ({
        orderId: order.id,
        kind: d.kind,
        cashFen: d.kind === 'material' ? (d.cashFen ?? null) : null,
        goods: d.kind === 'material' ? (d.goods ?? null) : null,
        quantity: d.kind === 'material' ? (d.quantity ?? null) : null,
        visits: d.kind === 'service' ? (d.visits ?? null) : null,
        hours: d.kind === 'service' ? (d.hours ?? null) : null,
        developmentType: d.kind === 'development' ? d.developmentType : null,
        note: d.note ?? null,
        deliveredOn: d.deliveredOn,
        deliveredBy: p.userId,
        createdAt: new Date(now.getTime() + i),
      })),
    );
    return { patch: { deliveredAt: now }, step: 'delivered', personTimes: deliveries.length };
  });
