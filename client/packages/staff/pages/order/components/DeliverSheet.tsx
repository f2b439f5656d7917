import { Text } from '@tarojs/components';
import { useState } from 'react';
import { DELIVERY_KINDS, type DeliveryKind } from '@shared/domain/assistance';
import { DEVELOPMENT_TYPES, DEVELOPMENT_TYPE_LABELS, type DevelopmentType } from '@shared/domain/service-orders';
import { ZOrderDeliverRequest } from '@shared/schemas/orders';
import { Choice, Field, Sheet, fieldError } from '@/components/StaffForm';
import { deliveryLabel, todayInChina } from '@/packages/staff/lib/orders';
import { useOrderAction, type OrderHost } from './useOrderAction';

type Material = 'cash' | 'goods';
const num = (v: string) => (v.trim() === '' ? undefined : Number(v.trim()));

/** 记录送达: one delivery (one 人次) by kind — 物质 (cash or goods), 服务 (visits, hours), 发展 (training, job, placement). */
export default function DeliverSheet({ host }: { host: OrderHost }) {
  const [kind, setKind] = useState<DeliveryKind>(host.order.service.delivery);
  const [material, setMaterial] = useState<Material>('goods');
  const [yuan, setYuan] = useState('');
  const [goods, setGoods] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [visits, setVisits] = useState('');
  const [hours, setHours] = useState('');
  const [devType, setDevType] = useState<DevelopmentType>();
  const [deliveredOn, setDeliveredOn] = useState(todayInChina());
  const [note, setNote] = useState('');
  const form = useOrderAction(host, 'orders.deliver', ZOrderDeliverRequest);
  const err = (field: string) => fieldError(form.errors, `deliveries.0.${field}`);

  const submit = () => {
    const yuanValue = num(yuan);
    const base = { kind, deliveredOn: deliveredOn.trim(), ...(note.trim() ? { note } : {}) };
    const delivery =
      kind === 'material'
        ? material === 'cash'
          ? { ...base, cashFen: yuanValue === undefined ? undefined : Math.round(yuanValue * 100) }
          : { ...base, goods: goods.trim() || undefined, quantity: num(quantity) }
        : kind === 'service'
          ? { ...base, visits: num(visits), hours: num(hours) }
          : { ...base, developmentType: devType };
    void form.submit({ deliveries: [delivery] }, '已记录送达');
  };

  return (
    <Sheet
      name='deliver'
      title='记录送达'
      intro='每记录一次，计为一人次。'
      error={form.error ?? form.errors.deliveries}
      busy={form.busy}
      submitText='保存'
      onSubmit={submit}
      onCancel={host.onClose}
    >
      <Choice<DeliveryKind>
        label='帮扶类型'
        value={kind}
        onChange={setKind}
        options={DELIVERY_KINDS.map((k) => ({ value: k, label: deliveryLabel(k) }))}
        error={err('kind')}
      />
      {kind === 'material' ? (
        <>
          <Choice<Material>
            label='送了什么'
            value={material}
            onChange={setMaterial}
            options={[
              { value: 'goods', label: '物品' },
              { value: 'cash', label: '现金' },
            ]}
          />
          {material === 'cash' ? (
            <Field
              name='yuan'
              label='金额（元）'
              type='digit'
              value={yuan}
              onChange={setYuan}
              error={err('cashFen') ?? err('goods')}
              maxlength={10}
            />
          ) : (
            <>
              <Field
                name='goods'
                label='物品'
                value={goods}
                onChange={setGoods}
                error={err('goods')}
                maxlength={100}
                placeholder='例如：米面油'
              />
              <Field
                name='quantity'
                label='数量（份）'
                type='number'
                value={quantity}
                onChange={setQuantity}
                error={err('quantity')}
                maxlength={6}
              />
            </>
          )}
        </>
      ) : null}
      {kind === 'service' ? (
        <>
          <Field
            name='visits'
            label='上门次数'
            type='number'
            value={visits}
            onChange={setVisits}
            error={err('visits')}
            maxlength={4}
          />
          <Field
            name='hours'
            label='服务时长（小时，可不填）'
            type='digit'
            value={hours}
            onChange={setHours}
            error={err('hours')}
            maxlength={6}
          />
        </>
      ) : null}
      {kind === 'development' ? (
        <Choice<DevelopmentType>
          label='安排了什么'
          value={devType}
          onChange={setDevType}
          options={DEVELOPMENT_TYPES.map((d) => ({ value: d, label: DEVELOPMENT_TYPE_LABELS[d] }))}
          error={err('developmentType')}
          hint='就业推荐可通过零工市场'
        />
      ) : null}
      <Field
        name='deliveredOn'
        label='送达日期'
        value={deliveredOn}
        onChange={setDeliveredOn}
        error={err('deliveredOn')}
        hint='格式：2026-12-08'
        maxlength={10}
      />
      <Field
        name='note'
        label='说明（可不填，居民看不到）'
        value={note}
        onChange={setNote}
        error={err('note')}
        maxlength={200}
      />
      {form.errors.id ? <Text className='staff-field__error'>{form.errors.id}</Text> : null}
    </Sheet>
  );
}
