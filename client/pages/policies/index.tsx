import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { ZPolicyListRequest, type TPolicyListRequest, type TPolicyPage } from '@shared/schemas/policies';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/ActionButton';
import { PAGES } from '@/components/ContentLinks';
import PageShell from '@/components/PageShell';
import Skeleton from '@/components/Skeleton';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import PolicyCard from './components/PolicyCard';
import PolicyFilters, { type PolicyFilterValue } from './components/PolicyFilters';
import SearchBar from './components/SearchBar';
import './index.scss';
import { tapProps } from '@/components/Tappable';

type Filters = PolicyFilterValue & { q: string };
type Department = { code: string; name: string };
type More = { base: TPolicyPage; items: TPolicyPage['items']; cursor: string | null };

const PAGE_SIZE = 20;

function requestOf(filters: Filters, cursor?: string): TPolicyListRequest {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.needTier ? { needTier: filters.needTier } : {}),
    ...(filters.targetGroup ? { targetGroup: filters.targetGroup } : {}),
    ...(filters.departmentCode ? { departmentCode: filters.departmentCode } : {}),
    ...(cursor ? { cursor } : {}),
    limit: PAGE_SIZE,
  };
}

/** 政策: filters (need tier, target group, department), Chinese search with highlighted matches, paging. */
export default function PoliciesPage() {
  const [filters, setFilters] = useState<Filters>({ q: '' });
  const [draft, setDraft] = useState('');
  const [searchError, setSearchError] = useState<string>();
  const [more, setMore] = useState<More>();
  const [moreError, setMoreError] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);
  const departments = useRef<Department[]>();

  const query = usePageQuery(async () => {
    const [depts, page] = await Promise.all([
      departments.current ?? call('departments.list', {}).then((r) => r.items),
      call('policies.list', requestOf(filters)),
    ]);
    departments.current = depts;
    return { departments: depts, page };
  }, [filters]);

  const handleSearch = () => {
    const q = draft.trim();
    const parsed = ZPolicyListRequest.safeParse({ q });
    if (!parsed.success) {
      setSearchError(parsed.error.issues[0]?.message ?? '搜索词不对，请改一改');
      return;
    }
    setSearchError(undefined);
    setFilters({ ...filters, q });
  };

  const handleClearSearch = () => {
    setDraft('');
    setSearchError(undefined);
    if (filters.q) setFilters({ ...filters, q: '' });
  };

  const clearAll = () => {
    setDraft('');
    setSearchError(undefined);
    setFilters({ q: '' });
  };

  const loadMore = async (base: TPolicyPage, cursor: string) => {
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const next = await call('policies.list', requestOf(filters, cursor));
      setMore((prev) => ({
        base,
        items: [...(prev?.base === base ? prev.items : []), ...next.items],
        cursor: next.nextCursor,
      }));
    } catch (error) {
      setMoreError(`${toApiError(error).message}`);
    } finally {
      setLoadingMore(false);
    }
  };

  const filtered = Boolean(filters.q || filters.needTier || filters.targetGroup || filters.departmentCode);

  return (
    <PageShell className='policies' query={query} skeleton={<Skeleton cards={5} />}>
      {(data) => {
        const extra = more?.base === data.page ? more : undefined;
        const items = [...data.page.items, ...(extra?.items ?? [])];
        const cursor = extra ? extra.cursor : data.page.nextCursor;
        return (
          <>
            <View className='policies__header'>
              <Text className='policies__title'>政策清单</Text>
              <Text className='policies__subtitle'>看看有哪些帮助，不知道选什么可以先做「我能申请什么」</Text>
            </View>
            <View className='policies__lists'>
              <Text className='policies__list-link' {...tapProps(() => void Taro.navigateTo({ url: PAGES.services }))}>
                服务清单：在哪里办、怎么办 ›
              </Text>
              <Text className='policies__list-link' {...tapProps(() => void Taro.navigateTo({ url: PAGES.providers }))}>
                力量清单 ›
              </Text>
            </View>
            <SearchBar
              value={draft}
              error={searchError}
              onChange={setDraft}
              onSearch={handleSearch}
              onClear={handleClearSearch}
            />
            <PolicyFilters
              value={filters}
              departments={data.departments}
              onChange={(next) => setFilters({ ...filters, ...next })}
            />
            <View className='policies__status'>
              <Text className='policies__status-text'>
                {query.loading ? '正在查找…' : filters.q ? `「${filters.q}」的查找结果` : '全部政策'}
              </Text>
              {filtered ? (
                <Text className='policies__reset' {...tapProps(clearAll)}>
                  清除筛选
                </Text>
              ) : null}
            </View>
            <View className='policies__list'>
              {items.map((policy) => (
                <PolicyCard key={policy.slug} policy={policy} />
              ))}
            </View>
            {items.length === 0 ? (
              <View className='policies__empty'>
                <Text className='policies__empty-title'>没有找到相关政策</Text>
                <Text className='policies__empty-text'>
                  换个说法试试，比如「看病」「上学」「找工作」；或者清除筛选看看全部。
                </Text>
                <ActionButton kind='plain' onTap={clearAll}>
                  清除筛选，看全部政策
                </ActionButton>
              </View>
            ) : null}
            {moreError ? <Text className='policies__more-error'>{moreError}</Text> : null}
            {cursor ? (
              <ActionButton
                className='policies__more'
                kind='plain'
                busy={loadingMore}
                busyText='正在加载…'
                onTap={() => void loadMore(data.page, cursor)}
              >
                {moreError ? '再试一次' : '加载更多'}
              </ActionButton>
            ) : items.length > 0 ? (
              <Text className='policies__end'>已经到底了</Text>
            ) : null}
          </>
        );
      }}
    </PageShell>
  );
}
