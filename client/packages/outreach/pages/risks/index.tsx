import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { RISK_LEVEL_LABELS, VISIT_AREA_LABELS } from '@shared/domain/outreach';
import ActionButton from '@/components/ActionButton';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import './index.scss';

const READERS = ['point_staff', 'station_staff', 'hub_staff'] as const;

/** 待清零风险: what visits found and nobody has solved yet; clearing one needs a note on how it was solved. */
function Risks() {
  const query = usePageQuery(() => call('discovery.risks.list', {}), []);
  const [open, setOpen] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  async function clear(id: string) {
    setBusy(true);
    try {
      await call('discovery.risks.clear', { id, note });
      setOpen('');
      setNote('');
      await query.reload();
      void Taro.showToast({ title: '已清零', icon: 'success' });
    } catch (err) {
      void Taro.showToast({ title: (err as Error).message || '没有保存成功，请再试一次', icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageShell className='risks' query={query}>
      {({ items }) => (
        <>
          <Text
            className='risks__new'
            {...tapProps(() => void Taro.navigateTo({ url: '/packages/outreach/pages/visit/index' }))}
          >
            ＋ 登记一次入户走访
          </Text>
          {items.length === 0 ? <Text className='risks__empty'>没有待清零的风险</Text> : null}
          {items.map((r) => (
            <View key={r.id} className={`risks__card risks__card--${r.level}`}>
              <Text className='risks__title'>
                {VISIT_AREA_LABELS[r.area]}：{RISK_LEVEL_LABELS[r.level]}风险{r.due ? '（该回访了）' : ''}
              </Text>
              <Text className='risks__line'>
                {r.household.name}，{r.community.name}
                {r.household.address}
              </Text>
              {r.note ? <Text className='risks__line'>{r.note}</Text> : null}
              <Text className='risks__meta'>
                走访日期 {r.visitedOn}
                {r.followUpOn ? `，回访日期 ${r.followUpOn}` : ''}
              </Text>
              <Text
                className='risks__link'
                {...tapProps(
                  () =>
                    void Taro.navigateTo({ url: `/packages/outreach/pages/handover-new/index?visitId=${r.visitId}` }),
                )}
              >
                替本人开始申请
              </Text>
              {open === r.id ? (
                <View>
                  <FormField label='怎么解决的' hint='例如：已帮他申请低保'>
                    <FormInput value={note} onChange={setNote} multiline maxlength={300} />
                  </FormField>
                  <ActionButton busy={busy} onTap={() => void clear(r.id)}>
                    确认清零
                  </ActionButton>
                </View>
              ) : (
                <Text className='risks__link' {...tapProps(() => (setOpen(r.id), setNote('')))}>
                  已解决，清零
                </Text>
              )}
            </View>
          ))}
        </>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={READERS}>
      <Risks />
    </StaffGate>
  );
}
