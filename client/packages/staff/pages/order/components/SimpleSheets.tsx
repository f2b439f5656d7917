import { useState } from 'react';
import { ZOrderCancelRequest, ZOrderDeclineRequest, ZOrderRef } from '@shared/schemas/orders';
import { Field, Sheet } from '@/components/StaffForm';
import { useOrderAction, type OrderHost } from './useOrderAction';

/** 接单: takes one of the provider's places. */
export function AcceptSheet({ host }: { host: OrderHost }) {
  const form = useOrderAction(host, 'orders.accept', ZOrderRef);
  return (
    <Sheet
      name='accept'
      title='接单'
      intro={`接单后请按时办理：${host.order.what}`}
      error={form.error}
      busy={form.busy}
      submitText='确认接单'
      onSubmit={() => void form.submit({}, '已接单')}
      onCancel={host.onClose}
    />
  );
}

/** 退回: the reason is required and shown to the staff who opened the order. */
export function DeclineSheet({ host }: { host: OrderHost }) {
  const [reason, setReason] = useState('');
  const form = useOrderAction(host, 'orders.decline', ZOrderDeclineRequest);
  return (
    <Sheet
      name='decline'
      title='退回服务单'
      error={form.error}
      busy={form.busy}
      submitText='确认退回'
      onSubmit={() => void form.submit({ reason }, '已退回')}
      onCancel={host.onClose}
    >
      <Field
        name='reason'
        label='退回原因'
        multiline
        maxlength={200}
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
        placeholder='例如：本月名额已派完；不在我们的服务范围'
      />
    </Sheet>
  );
}

/** 取消 (the staff who opened it): an accepted order gives its place back. */
export function CancelSheet({ host }: { host: OrderHost }) {
  const [reason, setReason] = useState('');
  const form = useOrderAction(host, 'orders.cancel', ZOrderCancelRequest);
  return (
    <Sheet
      name='cancel'
      title='取消服务单'
      intro='取消后接单方会收到通知；已占用的名额会退回。'
      error={form.error}
      busy={form.busy}
      submitText='确认取消'
      onSubmit={() => void form.submit(reason.trim() ? { reason } : {}, '已取消')}
      onCancel={host.onClose}
    >
      <Field
        name='reason'
        label='原因（可不填）'
        maxlength={200}
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
      />
    </Sheet>
  );
}
