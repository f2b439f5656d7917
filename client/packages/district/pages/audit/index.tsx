import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { REVIEW_ACTIONS, type TAuditReview } from '@shared/schemas/district';
import ActionButton from '@/components/ActionButton';
import DesktopShell from '@/components/DesktopShell';
import FilterBar from '@/components/FilterBar';
import PageShell from '@/components/PageShell';
import SortableTable, { type Column } from '@/components/SortableTable';
import StaffGate from '@/components/StaffGate';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { ACTION_TEXT, FIELD_TEXT, reasonText, shortTime } from '@/packages/district/lib/labels';
import { saveCsv } from './download';
import { NO_FILTERS, RANGES, filterBody, isFiltered, type AuditFilters, type Item, type Range } from './filters';
import './index.scss';

/** 查看记录: who viewed or revealed which case and when, for the hub and admins; unusual reveal volumes marked. */
function AuditPage() {
  const [f, setF] = useState<AuditFilters>(NO_FILTERS);
  const query = usePageQuery(() => call('audit.review', { ...filterBody(f, new Date()), limit: 50 }), [f]);
  const [more, setMore] = useState<TAuditReview | null>(null);
  const [busy, setBusy] = useState<'more' | 'export'>();
  const [error, setError] = useState<string>();
  useEffect(() => setMore(null), [query.data]);

  const items = [...(query.data?.items ?? []), ...(more?.items ?? [])];
  const cursor = more ? more.nextCursor : (query.data?.nextCursor ?? null);
  const run = async (kind: 'more' | 'export', work: () => Promise<void>) => {
    setBusy(kind);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(undefined);
    }
  };
  const loadMore = () =>
    run('more', async () => {
      const page = await call('audit.review', { ...filterBody(f, new Date()), limit: 50, cursor: cursor ?? undefined });
      setMore({ ...page, items: [...(more?.items ?? []), ...page.items] });
    });
  const exportCsv = () =>
    run('export', async () => {
      const file = await call('audit.export', filterBody(f, new Date()));
      const title = saveCsv(file.filename, file.csv) ? `已导出 ${file.rows} 条` : '请在电脑浏览器里导出';
      void Taro.showToast({ title, icon: 'none' });
    });

  const columns: Column<Item>[] = [
    { key: 'at', label: '时间', render: (i) => shortTime(i.at), sortValue: (i) => i.at },
    {
      key: 'actor',
      label: '工作人员',
      render: (i) =>
        i.actor ? (
          <Text
            className='audit__link'
            {...tapProps(() => setF({ ...f, actor: { id: i.actor!.id, name: i.actor!.displayName } }))}
          >
            {i.actor.displayName}
            {i.unusual ? '（次数异常）' : ''}
          </Text>
        ) : (
          '系统'
        ),
      sortValue: (i) => i.actor?.displayName ?? null,
    },
    { key: 'action', label: '操作', render: (i) => ACTION_TEXT[i.action], sortValue: (i) => ACTION_TEXT[i.action] },
    {
      key: 'case',
      label: '申请编号',
      render: (i) =>
        i.refNo && i.applicationId ? (
          <Text
            className='audit__link'
            {...tapProps(() => setF({ ...f, case: { id: i.applicationId!, refNo: i.refNo! } }))}
          >
            {i.refNo}
          </Text>
        ) : (
          '—'
        ),
      sortValue: (i) => i.refNo,
    },
    {
      key: 'detail',
      label: '号码与原因',
      render: (i) =>
        [i.field ? (FIELD_TEXT[i.field] ?? '号码') : '', reasonText(i.reason)].filter(Boolean).join('：') || '—',
    },
  ];

  return (
    <PageShell className='audit' query={query}>
      {(data) => (
        <DesktopShell active='audit'>
          <View className='audit__header'>
            <Text className='audit__heading'>查看记录</Text>
            <Text className='audit__sub'>谁在什么时候查看了哪份申请、显示了完整号码。点名字或编号可以只看这一项。</Text>
          </View>
          {data.unusual.length ? (
            <View className='audit__warn'>
              <Text className='audit__title'>近 24 小时显示完整号码超过 {data.threshold} 次：</Text>
              {data.unusual.map((u) => (
                <Text
                  key={u.userId}
                  className='audit__link'
                  {...tapProps(() => setF({ ...f, actor: { id: u.userId, name: u.displayName } }))}
                >
                  {u.displayName}（{u.total} 次）
                </Text>
              ))}
            </View>
          ) : null}
          <FilterBar onClear={isFiltered(f) ? () => setF(NO_FILTERS) : undefined}>
            {(Object.keys(RANGES) as Range[]).map((r) => (
              <Text
                key={r}
                className={`audit__chip${f.range === r ? ' audit__chip--on' : ''}`}
                {...tapProps(() => setF({ ...f, range: r }), { role: 'radio', checked: f.range === r })}
              >
                {RANGES[r]}
              </Text>
            ))}
            {REVIEW_ACTIONS.map((a) => (
              <Text
                key={a}
                className={`audit__chip${f.action === a ? ' audit__chip--on' : ''}`}
                {...tapProps(() => setF({ ...f, action: f.action === a ? undefined : a }), {
                  role: 'checkbox',
                  checked: f.action === a,
                })}
              >
                {ACTION_TEXT[a]}
              </Text>
            ))}
            {f.actor ? <Text className='audit__chip audit__chip--on'>工作人员：{f.actor.name}</Text> : null}
            {f.case ? <Text className='audit__chip audit__chip--on'>申请：{f.case.refNo}</Text> : null}
          </FilterBar>
          {error ? <Text className='audit__error'>{error}</Text> : null}
          <ActionButton kind='plain' busy={busy === 'export'} busyText='正在导出…' onTap={() => void exportCsv()}>
            导出表格（CSV）
          </ActionButton>
          <SortableTable
            label='查看记录'
            columns={columns}
            rows={items}
            rowKey={(i) => i.id}
            rowClass={(i) => (i.unusual ? 'audit__row--unusual' : undefined)}
            empty='没有符合条件的记录'
          />
          {cursor ? (
            <ActionButton kind='plain' busy={busy === 'more'} busyText='正在加载…' onTap={() => void loadMore()}>
              加载更多
            </ActionButton>
          ) : null}
        </DesktopShell>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={['hub_staff', 'admin']}>
      <AuditPage />
    </StaffGate>
  );
}
