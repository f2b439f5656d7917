import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { Role } from '@shared/domain/roles';
import { ORDER_TABS, ORDER_TAB_LABELS, type OrderTab } from '@shared/domain/service-orders';
import DesktopShell from '@/components/DesktopShell';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { useSession } from '@/stores/session';
import { ORDER_RECEIVER_ROLES, formatDay, orderLine, orderUrl } from '@/packages/staff/lib/orders';
import './index.scss';
import { tapProps } from '@/components/Tappable';

const OPENERS: readonly Role[] = ['point_staff', 'station_staff', 'hub_staff'];
type Side = 'received' | 'sent';

/** 服务单工作台: orders sent to my provider, department or point (待接单 / 进行中 / 已完成), or the ones I opened. */
function OrdersWorkbench() {
  const session = useSession();
  const canOpen = Boolean(session?.user.roles.some((r) => OPENERS.includes(r)));
  const [tab, setTab] = useState<OrderTab>('pending');
  const [side, setSide] = useState<Side>('received');
  const query = usePageQuery(() => call('orders.list', { tab, side }), [tab, side]);

  return (
    <PageShell className='orders' query={query}>
      {({ items }) => (
        <DesktopShell active='orders'>
          {canOpen ? (
            <View className='orders__sides'>
              {(['received', 'sent'] as const).map((s) => (
                <Text
                  key={s}
                  className={`orders__side${side === s ? ' orders__side--on' : ''}`}
                  {...tapProps(() => setSide(s))}
                >
                  {s === 'received' ? '派给我们的' : '我开的'}
                </Text>
              ))}
            </View>
          ) : null}
          <View className='orders__tabs'>
            {ORDER_TABS.map((t) => (
              <Text
                key={t}
                className={`orders__tab${tab === t ? ' orders__tab--on' : ''}`}
                {...tapProps(() => setTab(t))}
              >
                {ORDER_TAB_LABELS[t]}
              </Text>
            ))}
          </View>
          {items.length === 0 ? <Text className='orders__empty'>这里暂时没有服务单</Text> : null}
          {items.map((o) => (
            <View
              key={o.id}
              className='orders__card'
              {...tapProps(() => void Taro.navigateTo({ url: orderUrl(o.id) }))}
            >
              <View className='orders__card-head'>
                <Text className='orders__card-title'>{orderLine(o)}</Text>
                <Text className={`orders__status orders__status--${o.status}`}>{o.statusLabel}</Text>
              </View>
              <Text className='orders__card-line'>要办：{o.what}</Text>
              <Text className='orders__card-meta'>
                {side === 'sent' ? `派给：${o.receiver.name}` : `开单：${o.fromPoint?.name ?? o.createdBy.displayName}`}
                {o.dueOn ? ` · ${formatDay(o.dueOn)}前` : ''}
              </Text>
            </View>
          ))}
        </DesktopShell>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={ORDER_RECEIVER_ROLES}>
      <OrdersWorkbench />
    </StaffGate>
  );
}
