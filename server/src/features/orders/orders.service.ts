/**
 * Service orders (服务单): staff open one for an application in their case scope, sending a service to its
 * provider (default), a department or their own point; receivers list, read and act on them (orders-actions).
 * Every write is audited without personal data and lands on the application's timeline.
 */
import { OPEN_STATUSES } from '../../../../shared/domain/application-status';
import { ORDER_TAB_STATUSES } from '../../../../shared/domain/service-orders';
import type { TOrder, TOrderCreateRequest, TOrderList, TOrderListRequest } from '../../../../shared/schemas/orders';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, validationError } from '../../errors';
import type { Principal } from '../auth/principal';
import { consentWithdrawn, isStopped } from '../applications/stop-processing';
import * as cases from '../cases/cases.repo';
import { hasStaffScope, scopeOf } from '../cases/scope';
import { allowedActions, canSee, receivingOf, relationTo } from './orders.access';
import { recordStep } from './orders.history';
import { toOrder } from './orders.presenter';
import * as repo from './orders.repo';

export const orderNotFound = () => new AppError('NOT_FOUND', { message: '没有找到这张服务单' });
export const placesFull = () => new AppError('CONFLICT', { message: '这家机构的名额已满，请选择其他服务或机构' });

/** The order as `principal` may see it; null when it is missing or not theirs to see. */
export async function loadOrder(deps: Deps, db: Db, principal: Principal, id: string): Promise<TOrder | null> {
  const view = await repo.findOrderView(db, id);
  if (!view) return null;
  const rel = relationTo(principal, view.order, { servicePointId: view.appPointId, streetCode: view.appStreetCode });
  if (!canSee(rel)) return null;
  const deliveries = await repo.listDeliveries(db, [id]);
  return toOrder(view, deliveries, allowedActions(rel, view.order.status), deps.cipher);
}

/** @throws AppError NOT_FOUND when the order is missing or not the caller's to see. */
export async function getOrder(deps: Deps, principal: Principal, id: string): Promise<TOrder> {
  const order = await loadOrder(deps, deps.db, principal, id);
  if (!order) throw orderNotFound();
  return order;
}

/** The workbench: orders sent to the caller's provider, department or point, or the orders they opened. */
export async function listOrders(deps: Deps, principal: Principal, input: TOrderListRequest): Promise<TOrderList> {
  const where = input.side === 'sent' ? repo.createdBySql(principal.userId) : repo.receiverSql(receivingOf(principal));
  const views = await repo.listOrderViews(deps.db, where, ORDER_TAB_STATUSES[input.tab], input.limit);
  const deliveries = await repo.listDeliveries(
    deps.db,
    views.map((v) => v.order.id),
  );
  return {
    items: views.map((v) => {
      const rel = relationTo(principal, v.order, { servicePointId: v.appPointId, streetCode: v.appStreetCode });
      return toOrder(v, deliveries, allowedActions(rel, v.order.status), deps.cipher);
    }),
  };
}

type Receiver = { kind: 'provider' | 'department' | 'point'; id: string };

/** Checks the receiver (default: the service's provider) and answers its columns. */
async function receiverColumns(db: Db, principal: Principal, receiver: Receiver) {
  if (receiver.kind === 'provider') {
    const provider = await repo.findProvider(db, receiver.id);
    if (!provider || provider.status !== 'published')
      throw validationError([{ field: 'receiver.id', message: '没有这家服务机构' }]);
    if (provider.openPlaces === 0) throw placesFull();
    return { receiverProviderId: receiver.id };
  }
  if (receiver.kind === 'department') {
    if (!(await repo.departmentExists(db, receiver.id)))
      throw validationError([{ field: 'receiver.id', message: '没有这个部门' }]);
    return { receiverDepartmentId: receiver.id };
  }
  if (!receivingOf(principal).pointIds.includes(receiver.id))
    throw validationError([{ field: 'receiver.id', message: '只能派给您所在的服务点' }]);
  return { receiverPointId: receiver.id };
}

/**
 * Opens an order for an open application in the caller's case scope.
 * @throws AppError NOT_FOUND (application out of scope) | VALIDATION_FAILED (service, receiver) |
 *   CONFLICT (case closed, lead without consent, provider full) | CONSENT_WITHDRAWN.
 */
export async function createOrder(deps: Deps, principal: Principal, input: TOrderCreateRequest): Promise<TOrder> {
  const scope = scopeOf(principal);
  if (!hasStaffScope(scope)) throw new AppError('NOT_FOUND', { message: '没有找到这个案件' });
  const now = deps.clock.now();
  const id = await inTransaction(deps.db, async (tx) => {
    const app = await cases.lockCaseInScope(tx, input.applicationId, cases.staffScopeSql(scope));
    if (!app) throw new AppError('NOT_FOUND', { message: '没有找到这个案件' });
    if (isStopped(app.status)) throw consentWithdrawn();
    if (!OPEN_STATUSES.includes(app.status))
      throw new AppError('CONFLICT', { message: '案件已办结，不能再开服务单；如需继续帮扶，请先重新打开案件' });
    const detail = await cases.findCase(tx, deps.cipher, app.id, cases.ANY_SCOPE, now);
    if (detail?.leadPending)
      throw new AppError('CONFLICT', { message: '本人还没有同意接受帮助，请先记录本人同意再开服务单' });
    const service = await repo.findServiceWithProvider(tx, input.serviceId);
    if (!service || service.status !== 'published')
      throw validationError([{ field: 'serviceId', message: '没有这项服务，或已下架' }]);
    const receiver = input.receiver ?? { kind: 'provider' as const, id: service.providerId };
    const order = await repo.insertOrder(tx, {
      applicationId: app.id,
      serviceId: service.id,
      receiverKind: receiver.kind,
      ...(await receiverColumns(tx, principal, receiver)),
      what: input.what,
      notes: input.notes ?? null,
      dueOn: input.dueOn ?? null,
      createdBy: principal.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordStep(deps, tx, { order, step: 'created', actorUserId: principal.userId, serviceName: service.name });
    return order.id;
  });
  return (await loadOrder(deps, deps.db, principal, id))!;
}

export async function listServiceOptions(deps: Deps) {
  return { items: await repo.listServiceOptions(deps.db) };
}
