/**
 * What every change of a service order leaves behind, in the caller's transaction: a `serviceOrder` entry on the
 * application's timeline (staff words: the service and the receiver), an audit row (ids and the step only) and
 * outbox messages with one fixed generic line (never the kind of help, never personal data).
 */
import { ORDER_STATUS_LABELS } from '../../../../shared/domain/service-orders';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { insertEvent } from '../applications/lifecycle.repo';
import { appendAudit } from '../audit/audit.repo';
import {
  TOPIC_APPLICATION_PROGRESS,
  TOPIC_SERVICE_ORDER,
  applicationProgressPayload,
  serviceOrderPayload,
  type ServiceOrderNotice,
} from '../outbox/outbox-messages';
import { enqueue } from '../outbox/outbox.repo';
import * as repo from './orders.repo';

export type OrderStep = 'created' | 'accepted' | 'declined' | 'delivered' | 'cancelled';

const STEP_TEXT: Record<OrderStep, string> = {
  created: '开服务单',
  accepted: '服务单已接单',
  declined: '服务单被退回',
  delivered: '服务单记录送达',
  cancelled: '服务单已取消',
};

type StepInput = {
  order: repo.OrderRow;
  step: OrderStep;
  actorUserId: string;
  /** Decline or cancel reason; a delivery's count of person-times. */
  reason?: string | null;
  personTimes?: number;
  serviceName?: string;
};

export async function recordStep(deps: Deps, db: Db, input: StepInput): Promise<void> {
  const { order, step, actorUserId } = input;
  const now = deps.clock.now();
  const view = await repo.findOrderView(db, order.id);
  const serviceName = input.serviceName ?? view?.serviceName ?? '';
  const lines = [`${STEP_TEXT[step]}：${serviceName}（${view?.receiverName ?? ''}）`];
  if (input.reason) lines.push(`原因：${input.reason}`);
  if (input.personTimes) lines.push(`本次 ${input.personTimes} 人次`);
  await insertEvent(db, {
    applicationId: order.applicationId,
    type: 'serviceOrder',
    actorUserId,
    note: lines.join('；'),
    data: { orderId: order.id, step, status: ORDER_STATUS_LABELS[order.status] },
    createdAt: now,
  });
  await appendAudit(db, deps.clock, {
    actorUserId,
    action: `order.${step}`,
    entity: 'service_order',
    entityId: order.id,
    data: { applicationId: order.applicationId, ...(input.personTimes ? { personTimes: input.personTimes } : {}) },
  });
  await notify(db, input, now);
}

async function notify(db: Db, { order, step, actorUserId }: StepInput, now: Date): Promise<void> {
  const send = async (userId: string, notice: ServiceOrderNotice) => {
    if (userId === actorUserId) return;
    await enqueue(db, {
      topic: TOPIC_SERVICE_ORDER,
      payload: serviceOrderPayload(userId, now, notice),
      dedupeKey: `order:${order.id}:${step}:${now.getTime()}:${userId}`,
      nextAttemptAt: now,
    });
  };
  if (step === 'created' || step === 'cancelled') {
    for (const userId of await repo.receiverUserIds(db, order))
      await send(userId, step === 'created' ? 'new' : 'cancelled');
    return;
  }
  await send(order.createdBy, 'progress');
  if (step === 'delivered') {
    const applicant = await repo.applicantOf(db, order.applicationId);
    if (applicant)
      await enqueue(db, {
        topic: TOPIC_APPLICATION_PROGRESS,
        payload: applicationProgressPayload(applicant, now),
        dedupeKey: `order-delivered:${order.id}:${now.getTime()}`,
        nextAttemptAt: now,
      });
  }
}
