/**
 * 需求侧清单: people and open / closed cases grouped by target group, need tier, category, street, community or
 * month, within the viewer's scope; a row narrows the list and shows the cases behind it (reference number and
 * labels only). One column on a phone; the table and the cases side by side at ≥ 1024 px.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { APPLICATION_STATUS_LABELS } from '@shared/domain/application-status';
import { CATEGORY_LABELS } from '@shared/domain/categories';
import { DEMAND_GROUPS, DEMAND_GROUP_LABELS, type DemandGroup, type TDemandCases } from '@shared/schemas/stats';
import PageShell from '@/components/PageShell';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { useSession } from '@/stores/session';
import { demandTable, drillFilter, filterChips, type Filter } from '../../lib/demand';
import { currentMonth, monthLabel } from '../../lib/month';
import DataTable from '../DataTable';
import './index.scss';

const CASE_ROLES = ['point_staff', 'station_staff', 'hub_staff', 'dept_officer'];

export default function DemandView({ now }: { now?: Date }) {
  const session = useSession();
  const canOpen = Boolean(session?.user.roles.some((r) => CASE_ROLES.includes(r)));
  const [groupBy, setGroupBy] = useState<DemandGroup>('targetGroup');
  const [filter, setFilter] = useState<Filter>({ month: currentMonth(now) });
  const [labels, setLabels] = useState<Partial<Record<keyof Filter, string>>>({});
  const [drill, setDrill] = useState<{ filter: Filter; title: string; row: number } | null>(null);
  const query = usePageQuery(() => call('stats.demand', { ...filter, groupBy }), [filter, groupBy]);

  function pick(g: DemandGroup) {
    setGroupBy(g);
    setDrill(null);
  }
  function narrow(next: Filter) {
    setFilter(next);
    setDrill(null);
  }

  return (
    <PageShell className='district-demand' query={query}>
      {(list) => {
        const table = demandTable(list, DEMAND_GROUP_LABELS[groupBy]);
        return (
          <>
            <View className='district-demand__bar'>
              <Text className='district-demand__label'>按什么统计</Text>
              <View className='district-demand__chips'>
                {DEMAND_GROUPS.map((g) => (
                  <Text
                    key={g}
                    className={`district-demand__chip${g === groupBy ? ' district-demand__chip--on' : ''}`}
                    {...tapProps(() => pick(g), { role: 'radio', checked: g === groupBy })}
                  >
                    {DEMAND_GROUP_LABELS[g]}
                  </Text>
                ))}
              </View>
              <Text className='district-demand__label'>筛选</Text>
              <View className='district-demand__chips'>
                {filterChips(filter, labels).map((c) => (
                  <Text
                    key={c.key}
                    className='district-demand__chip district-demand__chip--filter'
                    {...tapProps(() => narrow(c.rest), { label: `去掉筛选：${c.label}` })}
                  >
                    {c.label} ×
                  </Text>
                ))}
                {filter.month ? null : <Text className='district-demand__hint'>全部月份</Text>}
                {filter.month ? null : (
                  <Text
                    className='district-demand__chip'
                    {...tapProps(() => narrow({ ...filter, month: currentMonth(now) }))}
                  >
                    只看本月
                  </Text>
                )}
              </View>
            </View>
            <View className='district-demand__grid'>
              <View className='district-demand__card'>
                <Text className='district-demand__title'>
                  按{DEMAND_GROUP_LABELS[groupBy]}统计{filter.month ? `（${monthLabel(filter.month)}申请的）` : ''}
                </Text>
                {list.rows.length === 0 ? <Text className='district-demand__empty'>没有符合条件的申请</Text> : null}
                <DataTable
                  table={table}
                  caption={`按${DEMAND_GROUP_LABELS[groupBy]}统计`}
                  selected={drill?.row ?? null}
                  tapRows={list.rows.length}
                  onRow={(i) => {
                    const row = list.rows[i];
                    const next = row ? drillFilter(filter, groupBy, row.key) : null;
                    if (!row || !next) return;
                    setDrill({ filter: next, title: row.label, row: i });
                    if (groupBy === 'street' || groupBy === 'community')
                      setLabels({ ...labels, [groupBy === 'street' ? 'streetCode' : 'communityCode']: row.label });
                  }}
                />
                <Text className='district-demand__hint'>点一行，看这一行的案件。</Text>
              </View>
              {drill ? (
                <DemandCases
                  key={JSON.stringify(drill.filter)}
                  filter={drill.filter}
                  title={drill.title}
                  canOpen={canOpen}
                  onNarrow={() => {
                    narrow(drill.filter);
                    if (groupBy === 'street') setGroupBy('community');
                  }}
                />
              ) : null}
            </View>
          </>
        );
      }}
    </PageShell>
  );
}

function DemandCases(props: { filter: Filter; title: string; canOpen: boolean; onNarrow: () => void }) {
  const [pages, setPages] = useState<TDemandCases[]>([]);
  const query = usePageQuery(async () => {
    const first = await call('stats.demandCases', props.filter);
    setPages([first]);
    return first;
  }, []);
  const last = pages[pages.length - 1];
  const items = pages.flatMap((p) => p.items);
  async function more() {
    if (!last) return;
    const next = await call('stats.demandCases', { ...props.filter, page: last.page + 1 });
    setPages([...pages, next]);
  }
  return (
    <View className='district-demand__card district-demand__cases'>
      <Text className='district-demand__title'>
        {props.title}的案件{last ? `（共 ${last.total} 件）` : ''}
      </Text>
      <Text className='district-demand__link' {...tapProps(props.onNarrow)}>
        只看{props.title}
      </Text>
      {query.error ? <Text className='district-demand__empty'>{query.error.message}</Text> : null}
      {items.map((c) => (
        <View
          key={c.id}
          className='district-demand__case'
          {...(props.canOpen
            ? tapProps(() => void Taro.navigateTo({ url: `/packages/staff/pages/case/index?id=${c.id}` }), {
                role: 'link',
              })
            : {})}
        >
          <View className='district-demand__case-head'>
            <Text className='district-demand__case-ref'>{c.refNo}</Text>
            <Text className='district-demand__case-status'>{APPLICATION_STATUS_LABELS[c.status]}</Text>
          </View>
          <Text className='district-demand__case-line'>
            {[c.streetName, c.communityName].filter(Boolean).join(' · ') || '未定到镇街'}
          </Text>
          <Text className='district-demand__case-line'>
            {c.categories.map((k) => CATEGORY_LABELS[k]).join('、') || '未分类'} · {c.createdAt.slice(0, 10)}
          </Text>
        </View>
      ))}
      {last && items.length < last.total ? (
        <Text className='district-demand__link' {...tapProps(() => void more())}>
          再看 {Math.min(last.pageSize, last.total - items.length)} 件
        </Text>
      ) : null}
    </View>
  );
}
