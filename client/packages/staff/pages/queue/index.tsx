import { Input, Text, View } from '@tarojs/components';
import { Fragment, useEffect, useState } from 'react';
import { ZCaseQueueRequest, type TCaseQueue } from '@shared/schemas/cases';
import ActionButton from '@/components/ActionButton';
import DesktopShell from '@/components/DesktopShell';
import FilterBar from '@/components/FilterBar';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { check } from '@/components/StaffForm';
import { usePageQuery } from '@/hooks/usePageQuery';
import { useWideScreen } from '@/hooks/useWideScreen';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { useSession } from '@/stores/session';
import CaseCard from './components/CaseCard';
import FilterPanel from './components/FilterPanel';
import QueueTable from './components/QueueTable';
import MyTasks from './components/MyTasks';
import RevealAnomalies from './components/RevealAnomalies';
import ReviewLinks from './components/ReviewLinks';
import StaffLists from './components/StaffLists';
import {
  DEFAULT_FILTERS,
  STATUS_GROUPS,
  extraFilterCount,
  queueBody,
  type QueueFilters,
  type StatusGroup,
} from './filters';
import './index.scss';
import { tapProps } from '@/components/Tappable';

const STAFF_ROLES = ['point_staff', 'station_staff', 'hub_staff'] as const;
type View = 'staff' | 'officer';

/** 工作台: the unit's cases sorted by deadline, with filters, reference search and 加载更多. */
function QueuePage() {
  const session = useSession();
  const roles = session?.user.roles ?? [];
  const both = roles.includes('dept_officer') && roles.some((r) => (STAFF_ROLES as readonly string[]).includes(r));
  // hub staff (the district) and station staff (their street) see unusual reveal volumes
  const watchesReveals = roles.includes('hub_staff') || roles.includes('station_staff');
  const units = (session?.user.memberships ?? [])
    .map((m) => m.servicePoint?.name ?? m.department?.name)
    .filter(Boolean);

  const [view, setView] = useState<View | undefined>(both ? 'staff' : undefined);
  const [filters, setFilters] = useState<QueueFilters>(DEFAULT_FILTERS);
  const [showFilters, setShowFilters] = useState(false);
  const [refInput, setRefInput] = useState('');
  const [refError, setRefError] = useState<string>();
  const [more, setMore] = useState<TCaseQueue | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string>();

  const wide = useWideScreen();
  // desktop: the search and status groups sit in one filter bar; phone: as before
  const Bar = wide ? FilterBar : Fragment;
  const query = usePageQuery(() => call('cases.queue', queueBody(filters, view)), [filters, view]);
  useEffect(() => {
    setMore(null);
    setMoreError(undefined);
  }, [query.data]);

  const first = query.data;
  const seen = new Set<string>();
  const items = [...(first?.items ?? []), ...(more?.items ?? [])].filter((i) =>
    seen.has(i.id) ? false : (seen.add(i.id), true),
  );
  const nextCursor = more ? more.nextCursor : (first?.nextCursor ?? null);
  const officer = (first?.view ?? view) === 'officer';

  const loadMore = async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await call('cases.queue', queueBody(filters, view, nextCursor));
      setMore((prev) => ({
        view: page.view,
        items: [...(prev?.items ?? []), ...page.items],
        nextCursor: page.nextCursor,
      }));
    } catch (error) {
      setMoreError(toApiError(error).message);
    } finally {
      setLoadingMore(false);
    }
  };

  const search = () => {
    const refNo = refInput.trim().toUpperCase();
    if (!refNo) {
      setRefError(undefined);
      setFilters({ ...filters, refNo: '' });
      return;
    }
    const checked = check(ZCaseQueueRequest, { refNo });
    if (!checked.ok) {
      setRefError(checked.errors.refNo ?? '编号格式不对');
      return;
    }
    setRefError(undefined);
    setFilters({ ...DEFAULT_FILTERS, group: 'all', refNo });
  };

  const clearAll = () => {
    setRefInput('');
    setRefError(undefined);
    setFilters(DEFAULT_FILTERS);
  };

  const extra = extraFilterCount(filters);
  return (
    <PageShell className='queue' query={query}>
      {() => (
        <DesktopShell active='queue'>
          <View className='queue__header'>
            <Text className='queue__title'>{officer ? '部门转介' : '工作台'}</Text>
            {units.length ? <Text className='queue__unit'>{units.join('、')}</Text> : null}
          </View>
          <StaffLists />
          {wide || officer ? null : <ReviewLinks roles={roles} />}
          <MyTasks />
          {watchesReveals && !officer ? <RevealAnomalies /> : null}
          {both ? (
            <View className='queue__views'>
              {(['staff', 'officer'] as const).map((v) => (
                <Text
                  key={v}
                  className={`queue__view${view === v ? ' queue__view--on' : ''}`}
                  {...tapProps(() => setView(v), { role: 'radio', checked: view === v })}
                >
                  {v === 'staff' ? '本站点案件' : '部门转介'}
                </Text>
              ))}
            </View>
          ) : null}
          <Bar>
            <View className='queue__search'>
              <Input
                className='queue__search-input'
                value={refInput}
                maxlength={20}
                placeholder='输入编号查找'
                onInput={(e) => setRefInput(e.detail.value)}
                onConfirm={search}
              />
              <Text className='queue__search-button' {...tapProps(search)}>
                查找
              </Text>
            </View>
            {refError ? <Text className='queue__error'>{refError}</Text> : null}
            <View className='queue__groups'>
              {(Object.keys(STATUS_GROUPS) as StatusGroup[]).map((g) => (
                <Text
                  key={g}
                  className={`queue__group${filters.group === g ? ' queue__group--on' : ''}`}
                  {...tapProps(() => setFilters({ ...filters, group: g }), {
                    role: 'radio',
                    checked: filters.group === g,
                  })}
                >
                  {STATUS_GROUPS[g].label}
                </Text>
              ))}
              <Text
                className={`queue__group queue__group--more${extra ? ' queue__group--on' : ''}`}
                {...tapProps(() => setShowFilters(!showFilters))}
              >
                {showFilters ? '收起筛选' : extra ? `筛选（${extra}）` : '更多筛选'}
              </Text>
            </View>
          </Bar>
          {showFilters ? <FilterPanel filters={filters} onChange={setFilters} /> : null}
          {filters.refNo || extra ? (
            <Text className='queue__clear' {...tapProps(clearAll)}>
              {filters.refNo ? `正在查找 ${filters.refNo}` : `已选 ${extra} 个筛选条件`}，点这里清除
            </Text>
          ) : null}

          {wide ? (
            <QueueTable items={items} />
          ) : (
            <View className='queue__list'>
              {items.map((item) => (
                <CaseCard key={item.id} item={item} officer={officer} />
              ))}
            </View>
          )}
          {items.length === 0 && !wide ? (
            <Text className='queue__empty'>
              {filters.refNo ? '没有找到这个编号的案件，请核对后再查' : '没有符合条件的案件'}
            </Text>
          ) : null}
          {moreError ? <Text className='queue__error'>{moreError}</Text> : null}
          {nextCursor ? (
            <ActionButton className='queue__more' kind='plain' busy={loadingMore} busyText='正在加载…' onTap={loadMore}>
              {moreError ? '重新加载更多' : '加载更多'}
            </ActionButton>
          ) : items.length ? (
            <Text className='queue__end'>已经到底了 · 下拉可以刷新</Text>
          ) : null}
        </DesktopShell>
      )}
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={[...STAFF_ROLES, 'dept_officer']}>
      <QueuePage />
    </StaffGate>
  );
}
