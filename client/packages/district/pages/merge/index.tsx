import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { THouseholdCase, THouseholdProposals } from '@shared/schemas/district';
import ActionButton from '@/components/ActionButton';
import DesktopShell from '@/components/DesktopShell';
import Dialog from '@/components/Dialog';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { CHANNEL_TEXT, MATCH_REASON_TEXT, openCase } from '@/packages/district/lib/labels';
import './index.scss';

type Pair = THouseholdProposals['items'][number];

function CaseLine({ c }: { c: THouseholdCase }) {
  return (
    <View className='merge__case' {...tapProps(() => void Taro.navigateTo({ url: openCase(c.id) }), { role: 'link' })}>
      <Text className='merge__name'>{c.subjectName}</Text>
      <Text className='merge__meta'>
        {c.refNo} · {CHANNEL_TEXT[c.channel]} · {c.statusLabel}
      </Text>
    </View>
  );
}

/**
 * 合并同户: cases that may be about the same person or household, proposed for merging. A merge keeps every case's
 * own progress and every applicant's own view; 撤销 takes the case out again.
 */
function MergePage() {
  const query = usePageQuery(() => call('households.proposals', {}), []);
  const [confirm, setConfirm] = useState<Pair>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [merged, setMerged] = useState<Pair>();

  const merge = async (pair: Pair) => {
    setConfirm(undefined);
    setBusy(true);
    setError(undefined);
    try {
      await call('households.merge', { applicationIds: [pair.a.id, pair.b.id] });
      setMerged(pair);
      void Taro.showToast({ title: '已合并为一户', icon: 'none' });
      await query.reload();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };

  const undo = async (pair: Pair) => {
    setBusy(true);
    setError(undefined);
    try {
      await call('households.unmerge', { applicationId: pair.b.id });
      setMerged(undefined);
      void Taro.showToast({ title: '已撤销合并', icon: 'none' });
      await query.reload();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell className='merge' query={query}>
      {(data) => (
        <DesktopShell active='merge'>
          <View className='merge__header'>
            <Text className='merge__heading'>合并同户</Text>
            <Text className='merge__sub'>
              这些求助可能是同一个人或同一户。合并后各自的办理进度不变，申请人也只能看到自己的申请。
            </Text>
          </View>
          {error ? <Text className='merge__error'>{error}</Text> : null}
          {merged ? (
            <View className='merge__warn'>
              <Text>
                已把 {merged.a.refNo} 和 {merged.b.refNo} 合并为一户。
              </Text>
              <ActionButton kind='plain' busy={busy} onTap={() => void undo(merged)}>
                撤销这次合并
              </ActionButton>
            </View>
          ) : null}
          {data.items.length === 0 ? <Text className='merge__empty'>没有需要合并的求助</Text> : null}
          {data.items.map((p) => (
            <View key={`${p.a.id}:${p.b.id}`} className='merge__card'>
              <Text className='merge__title'>{p.reasons.map((r) => MATCH_REASON_TEXT[r]).join('，')}</Text>
              <CaseLine c={p.a} />
              <CaseLine c={p.b} />
              <ActionButton kind='plain' busy={busy} onTap={() => setConfirm(p)}>
                合并为一户
              </ActionButton>
            </View>
          ))}
          {data.truncated ? <Text className='merge__sub'>只列出前 100 对，合并后会显示更多。</Text> : null}
          <Dialog
            open={Boolean(confirm)}
            title='确定合并为一户吗？'
            content='合并后在案件里能看到同户的其他求助。各自的进度不变，之后也可以撤销。'
            actions={[
              { label: '确定合并', kind: 'primary', onTap: () => confirm && void merge(confirm) },
              { label: '先不合并', onTap: () => setConfirm(undefined) },
            ]}
          />
        </DesktopShell>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={['point_staff', 'station_staff', 'hub_staff']}>
      <MergePage />
    </StaffGate>
  );
}
