import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CONTACT_CONSENT_LABELS } from '@shared/domain/outreach';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import './index.scss';

/**
 * 政策找人: after a policy or its standard changed, households that agreed to be contacted and now qualify, with the
 * reason. Nobody has been told anything: staff reach out themselves and mark it done.
 */
function Finds() {
  const query = usePageQuery(() => call('discovery.finds.list', {}), []);
  async function done(id: string) {
    try {
      await call('discovery.finds.done', { id });
      await query.reload();
      void Taro.showToast({ title: '已记下', icon: 'success' });
    } catch (err) {
      void Taro.showToast({ title: (err as Error).message || '没有保存成功，请再试一次', icon: 'none' });
    }
  }
  return (
    <PageShell className='finds' query={query}>
      {({ items }) => (
        <>
          <Text className='finds__hint'>
            政策或标准变了，下面这些住户现在可能符合条件。系统没有通知他们，请您联系。
          </Text>
          {items.length === 0 ? <Text className='finds__empty'>现在没有需要联系的住户</Text> : null}
          {items.map((f) => (
            <View key={f.id} className='finds__card'>
              <Text className='finds__title'>{f.policy.title}</Text>
              <Text className='finds__line'>
                {f.household.name}，{f.community.name}
                {f.household.address}
              </Text>
              <Text className='finds__line'>理由：{f.reason}</Text>
              <Text className='finds__meta'>本人已{CONTACT_CONSENT_LABELS[f.consentMethod]}可以联系</Text>
              <Text className='finds__link' {...tapProps(() => void done(f.id))}>
                已经联系过了
              </Text>
            </View>
          ))}
        </>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={['point_staff', 'station_staff', 'hub_staff']}>
      <Finds />
    </StaffGate>
  );
}
