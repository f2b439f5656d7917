/** Shapes service orders for staff and receivers, and deliveries in plain words. */
import { ORDER_STATUS_LABELS, deliveryWhat } from '../../../../shared/domain/service-orders';
import type { TOrder } from '../../../../shared/schemas/orders';
import type { FieldCipher } from '../../lib/crypto';
import { openText } from '../applications/sealed-fields';
import type { DeliveryRow, OrderView } from './orders.repo';
import type { allowedActions } from './orders.access';

export function toDelivery({ delivery: d, byName }: DeliveryRow): TOrder['deliveries'][number] {
  return {
    id: d.id,
    kind: d.kind,
    cashFen: d.cashFen,
    goods: d.goods,
    quantity: d.quantity,
    visits: d.visits,
    hours: d.hours,
    developmentType: d.developmentType,
    note: d.note,
    deliveredOn: d.deliveredOn,
    deliveredBy: { id: d.deliveredBy, displayName: byName },
    text: deliveryWhat(d),
  };
}

export function toOrder(
  view: OrderView,
  deliveries: DeliveryRow[],
  can: ReturnType<typeof allowedActions>,
  cipher: FieldCipher,
): TOrder {
  const o = view.order;
  const receiverId = o.receiverProviderId ?? o.receiverDepartmentId ?? o.receiverPointId ?? '';
  return {
    id: o.id,
    applicationId: o.applicationId,
    refNo: view.refNo,
    subjectName: openText(cipher, view.subjectNameEnc, view.legacySubjectName),
    communityName: view.communityName,
    status: o.status,
    statusLabel: ORDER_STATUS_LABELS[o.status],
    service: { id: o.serviceId, name: view.serviceName, delivery: view.serviceDelivery },
    receiver: { kind: o.receiverKind, id: receiverId, name: view.receiverName },
    what: o.what,
    notes: o.notes,
    dueOn: o.dueOn,
    declineReason: o.declineReason,
    createdBy: { id: o.createdBy, displayName: view.creatorName },
    fromPoint: view.fromPointName ? { name: view.fromPointName, phone: view.fromPointPhone } : null,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    deliveries: deliveries.filter((d) => d.delivery.orderId === o.id).map(toDelivery),
    can,
  };
}
