/**
 * 数据看板: the month's headline numbers, then each figure as a chart with its table beside it, and the monthly
 * report for the joint meeting (Excel or CSV, the same figures). One column on a phone, two at ≥ 1024 px; a
 * desktop shell may wrap it as it is.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { saveReport } from '../../lib/export';
import { figures, headline } from '../../lib/figures';
import { currentMonth, monthLabel, shiftMonth } from '../../lib/month';
import Figure from '../Figure';
import './index.scss';

/** Months of trend the page asks for (the bench's dashboard-1m scenario sends the same). */
export const DASHBOARD_MONTHS = 12;

export default function DashboardView({ now }: { now?: Date }) {
  const thisMonth = currentMonth(now);
  const [month, setMonth] = useState(thisMonth);
  const [exporting, setExporting] = useState<'xlsx' | 'csv' | null>(null);
  const query = usePageQuery(
    () =>
      call('stats.dashboard', month === thisMonth ? { months: DASHBOARD_MONTHS } : { month, months: DASHBOARD_MONTHS }),
    [month],
  );
  const data = query.data;
  const figs = useMemo(() => (data ? figures(data) : []), [data]);

  async function exportAs(format: 'xlsx' | 'csv') {
    setExporting(format);
    try {
      await saveReport(await call('stats.monthlyReport', { month, format }));
    } catch (caught) {
      void Taro.showToast({ title: toApiError(caught).message, icon: 'none', duration: 3000 });
    } finally {
      setExporting(null);
    }
  }

  return (
    <PageShell className='district-dash' query={query}>
      {(d) => (
        <>
          <View className='district-dash__head'>
            <Text className='district-dash__title'>
              {d.scopeLabel} · {monthLabel(month)}
            </Text>
            <View className='district-dash__months'>
              <Text className='district-dash__month' {...tapProps(() => setMonth(shiftMonth(month, -1)))}>
                ‹ 上个月
              </Text>
              {month < thisMonth ? (
                <Text className='district-dash__month' {...tapProps(() => setMonth(shiftMonth(month, 1)))}>
                  下个月 ›
                </Text>
              ) : null}
            </View>
          </View>
          <View className='district-dash__kpis'>
            {headline(d).map((k) => (
              <View key={k.label} className='district-dash__kpi'>
                <Text className='district-dash__kpi-value'>{k.value}</Text>
                <Text className='district-dash__kpi-label'>{k.label}</Text>
              </View>
            ))}
          </View>
          <Text className='district-dash__note'>
            服务人次：每送达一次服务计一人次；还没有服务单的，办结一件计一人次。
          </Text>
          <View className='district-dash__grid'>
            {figs.map((f) => (
              <Figure key={f.key} figure={f} />
            ))}
          </View>
          <View className='district-dash__export'>
            <Text className='district-dash__export-title'>联席会议月报（{monthLabel(month)}）</Text>
            <ActionButton busy={exporting === 'xlsx'} busyText='正在生成…' onTap={() => void exportAs('xlsx')}>
              导出 Excel
            </ActionButton>
            <ActionButton
              kind='plain'
              busy={exporting === 'csv'}
              busyText='正在生成…'
              onTap={() => void exportAs('csv')}
            >
              导出 CSV
            </ActionButton>
          </View>
        </>
      )}
    </PageShell>
  );
}
