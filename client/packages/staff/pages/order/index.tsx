import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ORDER_RECEIVER_LABELS } from '@shared/domain/service-orders';
import type { TOrder } from '@shared/schemas/orders';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { ApiError } from '@/services/api-error';
import { ORDER_RECEIVER_ROLES, deliveryLabel, formatDay } from '@/packages/staff/lib/orders';
import DeliverSheet from './components/DeliverSheet';
import { AcceptSheet, CancelSheet, DeclineSheet } from './components/SimpleSheets';
import type { OrderHost } from './components/useOrderAction';
import './index.scss';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Open = 'accept' | 'decline' | 'deliver' | 'cancel' | null;

/** 服务单详情: what, for whom, by when, who asked; the receiver accepts, declines or records deliveries. */
function OrderPage() {
  const id = useRouter()?.params?.id ?? '';
  const query = usePageQuery(async () => {
    if (!UUID.test(id)) throw new ApiError('NOT_FOUND', { message: '没有找到这张服务单，请回到服务单列表重新打开' });
    return call('orders.get', { id });
  }, [id]);
  const [latest, setLatest] = useState<TOrder>();
  const [open, setOpen] = useState<Open>(null);
  useEffect(() => setLatest(undefined), [query.data]);

  return (
    <PageShell className='order' query={query}>
      {(loaded) => {
        const o = latest ?? loaded;
        const host: OrderHost = {
          order: o,
          onDone: (next) => {
            setOpen(null);
            setLatest(next);
          },
          onConflict: query.reload,
          onClose: () => setOpen(null),
        };
        return (
          <View className='order__body'>
            <View className='order__card'>
              <View className='order__head'>
                <Text className='order__title'>{o.service.name}</Text>
                <Text className={`order__status order__status--${o.status}`}>{o.statusLabel}</Text>
              </View>
              <Text className='order__line'>要办：{o.what}</Text>
              <Text className='order__line'>
                给谁：{o.subjectName}
                {o.communityName ? `（${o.communityName}）` : ''}
              </Text>
              {o.dueOn ? <Text className='order__line'>期限：{formatDay(o.dueOn)}前</Text> : null}
              <Text className='order__line'>
                由谁来办：{o.receiver.name}（{ORDER_RECEIVER_LABELS[o.receiver.kind]}）
              </Text>
              <Text className='order__line'>
                开单：{o.createdBy.displayName}
                {o.fromPoint ? ` · ${o.fromPoint.name}` : ''}
              </Text>
              {o.fromPoint?.phone ? (
                <Text
                  className='order__call'
                  onClick={() => void Taro.makePhoneCall({ phoneNumber: o.fromPoint!.phone! }).catch(() => undefined)}
                >
                  联系方式请打服务点电话：{o.fromPoint.phone}
                </Text>
              ) : null}
              {o.notes ? <Text className='order__line'>备注：{o.notes}</Text> : null}
              {o.declineReason ? <Text className='order__notice'>退回原因：{o.declineReason}</Text> : null}
              <Text className='order__ref'>案件编号 {o.refNo}</Text>
            </View>

            <View className='order__card'>
              <Text className='order__subtitle'>送达记录（共 {o.deliveries.length} 人次）</Text>
              {o.deliveries.length === 0 ? <Text className='order__hint'>还没有送达记录</Text> : null}
              {o.deliveries.map((d) => (
                <View key={d.id} className='order__delivery'>
                  <Text className='order__line'>
                    {formatDay(d.deliveredOn)} · {deliveryLabel(d.kind)}：{d.text}
                  </Text>
                  <Text className='order__hint'>
                    记录人：{d.deliveredBy.displayName}
                    {d.note ? ` · ${d.note}` : ''}
                  </Text>
                </View>
              ))}
            </View>

            <View className='order__actions'>
              {o.can.accept ? (
                <ActionButton className='order__action order__action--accept' onTap={() => setOpen('accept')}>
                  接单
                </ActionButton>
              ) : null}
              {o.can.deliver ? (
                <ActionButton className='order__action order__action--deliver' onTap={() => setOpen('deliver')}>
                  记录送达
                </ActionButton>
              ) : null}
              {o.can.decline ? (
                <ActionButton
                  className='order__action order__action--decline'
                  kind='plain'
                  onTap={() => setOpen('decline')}
                >
                  退回
                </ActionButton>
              ) : null}
              {o.can.cancel ? (
                <ActionButton
                  className='order__action order__action--cancel'
                  kind='plain'
                  onTap={() => setOpen('cancel')}
                >
                  取消服务单
                </ActionButton>
              ) : null}
            </View>

            {open === 'accept' ? <AcceptSheet host={host} /> : null}
            {open === 'decline' ? <DeclineSheet host={host} /> : null}
            {open === 'cancel' ? <CancelSheet host={host} /> : null}
            {open === 'deliver' ? <DeliverSheet host={host} /> : null}
          </View>
        );
      }}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={ORDER_RECEIVER_ROLES}>
      <OrderPage />
    </StaffGate>
  );
}
