import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { z } from 'zod';
import type { Input } from '@shared/api/endpoints';
import type { TOrder } from '@shared/schemas/orders';
import { check, errorsFromIssues, type FieldErrors } from '@/components/StaffForm';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';

export type OrderActionName = 'orders.accept' | 'orders.decline' | 'orders.cancel' | 'orders.deliver';

/** What the order page gives each action: the order, the new order when done, a reload after a conflict. */
export type OrderHost = {
  order: TOrder;
  onDone: (next: TOrder) => void;
  onConflict: () => Promise<void>;
  onClose: () => void;
};

/** Validation with the shared schema, the call, field errors under the fields, a reload on 409. */
export function useOrderAction<N extends OrderActionName>(host: OrderHost, name: N, schema: z.ZodType) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (fields: Record<string, unknown>, doneMessage: string) => {
    const checked = check(schema, { id: host.order.id, ...fields });
    if (!checked.ok) {
      setErrors(checked.errors);
      setError('请按红字提示修改后再提交');
      return;
    }
    setErrors({});
    setError(undefined);
    setBusy(true);
    try {
      const next = await call(name, checked.data as Input<N>);
      setBusy(false);
      host.onDone(next);
      void Taro.showToast({ title: doneMessage, icon: 'none', duration: 2000 });
    } catch (caught) {
      const failure = toApiError(caught);
      setBusy(false);
      setErrors(errorsFromIssues(failure.details));
      setError(failure.code === 'NETWORK' ? '网络不太好，没有提交成功。填写的内容还在，请稍后再试。' : failure.message);
      if (failure.code === 'CONFLICT') await host.onConflict();
    }
  };
  return { errors, error, busy, submit };
}
