import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Role } from '@shared/domain/roles';
import type { OrderReceiverKind } from '@shared/domain/service-orders';
import { ZOrderCreateRequest } from '@shared/schemas/orders';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { Choice, Field, check, errorsFromIssues, fieldError, type FieldErrors } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { useSession } from '@/stores/session';
import { orderUrl } from '@/packages/staff/lib/orders';
import ServicePicker from './ServicePicker';
import './index.scss';

const POINT_ROLES: readonly Role[] = ['point_staff', 'station_staff', 'hub_staff'];

/** 开服务单: which service, who does it (its provider, a department or our point), what, by when. */
function OrderNew() {
  const params = useRouter()?.params ?? {};
  const applicationId = params.applicationId ?? '';
  const session = useSession();
  const query = usePageQuery(async () => {
    const [services, departments] = await Promise.all([
      call('orders.serviceOptions', {}),
      call('departments.list', {}),
    ]);
    return { services: services.items, departments: departments.items };
  }, []);
  const [serviceId, setServiceId] = useState(params.serviceId);
  const [receiverKind, setReceiverKind] = useState<OrderReceiverKind>('provider');
  const [departmentId, setDepartmentId] = useState<string>();
  const [what, setWhat] = useState('');
  const [notes, setNotes] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const myPoint = session?.user.memberships.find((m) => POINT_ROLES.includes(m.role) && m.servicePoint)?.servicePoint;

  const submit = async () => {
    const receiverId =
      receiverKind === 'department' ? departmentId : receiverKind === 'point' ? myPoint?.id : undefined;
    const body = {
      applicationId,
      serviceId,
      what,
      ...(notes.trim() ? { notes } : {}),
      ...(dueOn.trim() ? { dueOn: dueOn.trim() } : {}),
      ...(receiverKind !== 'provider' ? { receiver: { kind: receiverKind, id: receiverId } } : {}),
    };
    const checked = check(ZOrderCreateRequest, body);
    if (!checked.ok) {
      setErrors(checked.errors);
      setError('请按红字提示修改后再提交');
      return;
    }
    setErrors({});
    setError(undefined);
    setBusy(true);
    try {
      const order = await call('orders.create', checked.data);
      void Taro.showToast({ title: '服务单已发出', icon: 'none', duration: 2000 });
      void Taro.redirectTo({ url: orderUrl(order.id) });
    } catch (caught) {
      const failure = toApiError(caught);
      setErrors(errorsFromIssues(failure.details));
      setError(
        failure.code === 'NETWORK' ? '网络不太好，没有发出去。填写的内容还在，请稍后再点发出。' : failure.message,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell className='order-new' query={query}>
      {({ services, departments }) => {
        const picked = services.find((s) => s.id === serviceId);
        return (
          <View className='order-new__body'>
            <Text className='order-new__title'>选择服务</Text>
            <ServicePicker options={services} selected={serviceId} onPick={setServiceId} />
            {fieldError(errors, 'serviceId') ? (
              <Text className='staff-field__error'>{fieldError(errors, 'serviceId')}</Text>
            ) : null}
            <Choice<OrderReceiverKind>
              label='由谁来办'
              value={receiverKind}
              onChange={setReceiverKind}
              options={[
                { value: 'provider', label: picked ? picked.provider.name : '提供这项服务的机构' },
                { value: 'department', label: '转给部门' },
                ...(myPoint ? [{ value: 'point' as const, label: `本服务点（${myPoint.name}）` }] : []),
              ]}
              error={receiverKind === 'provider' ? undefined : fieldError(errors, 'receiver')}
            />
            {receiverKind === 'department' ? (
              <Choice<string>
                label='哪个部门'
                stacked
                value={departmentId}
                onChange={setDepartmentId}
                options={departments.map((d) => ({ value: d.id, label: d.name }))}
              />
            ) : null}
            <Field
              name='what'
              label='要办什么'
              value={what}
              onChange={setWhat}
              maxlength={200}
              error={errors.what}
              placeholder='例如：送米面油一份，每月一次'
            />
            <Field
              name='notes'
              label='备注（可不填）'
              multiline
              value={notes}
              onChange={setNotes}
              maxlength={500}
              error={errors.notes}
              hint='联系方式请让接单方打服务点电话询问，不要写在这里'
            />
            <Field
              name='dueOn'
              label='希望哪天前办好（可不填）'
              value={dueOn}
              onChange={setDueOn}
              maxlength={10}
              error={errors.dueOn}
              hint='格式：2026-12-20'
            />
            {error ? <Text className='order-new__error'>{error}</Text> : null}
            <ActionButton className='order-new__submit' busy={busy} busyText='正在发出…' onTap={() => void submit()}>
              发出服务单
            </ActionButton>
          </View>
        );
      }}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={POINT_ROLES}>
      <OrderNew />
    </StaffGate>
  );
}
