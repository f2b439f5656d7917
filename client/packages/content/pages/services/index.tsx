import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import {
  DELIVERY_KINDS,
  DELIVERY_LABELS,
  NEED_TIERS,
  NEED_TIER_HINTS,
  NEED_TIER_LABELS,
  type DeliveryKind,
  type NeedTier,
} from '@shared/domain/assistance';
import { ZServiceListRequest, type TServiceSummary } from '@shared/schemas/services';
import ActionButton from '@/components/ActionButton';
import { PAGES } from '@/components/ContentLinks';
import PageShell from '@/components/PageShell';
import Skeleton from '@/components/Skeleton';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import ListSearch, { ChipRow } from '@/packages/content/components/ListSearch';
import ServiceCard from '@/packages/content/components/ServiceCard';
import './index.scss';
import { tapProps } from '@/components/Tappable';

type Filters = {
  q: string;
  needTier?: NeedTier;
  delivery?: DeliveryKind;
  divisionCode?: string;
  provider?: { slug: string; name: string };
};
type Street = { code: string; name: string };

const PAGE_SIZE = 20;

function requestOf(f: Filters, offset = 0) {
  return {
    ...(f.q ? { q: f.q } : {}),
    ...(f.needTier ? { needTier: f.needTier } : {}),
    ...(f.delivery ? { delivery: f.delivery } : {}),
    ...(f.divisionCode ? { divisionCode: f.divisionCode } : {}),
    ...(f.provider ? { providerSlug: f.provider.slug } : {}),
    offset,
    limit: PAGE_SIZE,
  };
}

/** The filters a link can pre-set: a provider (from its page) or a need tier (from home). */
function initialFilters(params: Record<string, string | undefined>): Filters {
  const f: Filters = { q: '' };
  if (params.providerSlug) f.provider = { slug: params.providerSlug, name: params.providerName || '这个服务力量' };
  if (params.needTier && (NEED_TIERS as readonly string[]).includes(params.needTier))
    f.needTier = params.needTier as NeedTier;
  return f;
}

/** 服务清单: search, filter by need, kind of help, street and provider; page with 加载更多. */
export default function ServicesPage() {
  const params = useRouter()?.params ?? {};
  const [filters, setFilters] = useState<Filters>(() => initialFilters(params));
  const [draft, setDraft] = useState('');
  const [searchError, setSearchError] = useState<string>();
  const [open, setOpen] = useState(false);
  const [more, setMore] = useState<{ base: unknown; items: TServiceSummary[]; hasMore: boolean }>();
  const [moreError, setMoreError] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);
  const streets = useRef<Street[]>();

  const query = usePageQuery(async () => {
    const [list, page] = await Promise.all([
      streets.current ?? call('divisions.list', {}).then((r) => r.items),
      call('services.list', requestOf(filters)),
    ]);
    streets.current = list;
    return { streets: list, page };
  }, [filters]);

  const handleSearch = () => {
    const q = draft.trim();
    const parsed = ZServiceListRequest.safeParse({ q });
    if (!parsed.success) return setSearchError(parsed.error.issues[0]?.message ?? '搜索词不对，请改一改');
    setSearchError(undefined);
    setFilters({ ...filters, q });
  };
  const clearAll = () => {
    setDraft('');
    setSearchError(undefined);
    setFilters({ q: '' });
  };
  const loadMore = async (base: unknown, offset: number) => {
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const next = await call('services.list', requestOf(filters, offset));
      setMore((prev) => ({
        base,
        items: [...(prev && prev.base === base ? prev.items : []), ...next.items],
        hasMore: next.hasMore,
      }));
    } catch (error) {
      setMoreError(toApiError(error).message);
    } finally {
      setLoadingMore(false);
    }
  };
  const filtered = Boolean(
    filters.q || filters.needTier || filters.delivery || filters.divisionCode || filters.provider,
  );

  return (
    <PageShell className='services' query={query} skeleton={<Skeleton cards={5} />}>
      {(data) => {
        const extra = more?.base === data.page ? more : undefined;
        const items = [...data.page.items, ...(extra?.items ?? [])];
        const hasMore = extra ? extra.hasMore : data.page.hasMore;
        const streetName = data.streets.find((s) => s.code === filters.divisionCode)?.name;
        return (
          <>
            <View className='services__header'>
              <Text className='services__title'>服务清单</Text>
              <Text className='services__subtitle'>各部门、社工站和爱心力量能提供的帮助，点开看在哪里办、怎么办</Text>
            </View>
            <ListSearch
              value={draft}
              placeholder='输入想找的，例如：吃饭、看病、找工作'
              error={searchError}
              onChange={setDraft}
              onSearch={handleSearch}
              onClear={() => {
                setDraft('');
                setSearchError(undefined);
                if (filters.q) setFilters({ ...filters, q: '' });
              }}
            />
            <View className='list-filters'>
              {filters.provider ? (
                <Text className='list-filters__pinned' onClick={() => setFilters({ ...filters, provider: undefined })}>
                  只看：{filters.provider.name} ✕
                </Text>
              ) : null}
              <ChipRow
                name='需求类型'
                options={NEED_TIERS.map((t) => ({ key: t, label: NEED_TIER_LABELS[t] }))}
                selected={filters.needTier}
                onPick={(key) => setFilters({ ...filters, needTier: key as NeedTier | undefined })}
              />
              {filters.needTier ? <Text className='services__hint'>{NEED_TIER_HINTS[filters.needTier]}</Text> : null}
              <Text className='list-filters__toggle' {...tapProps(() => setOpen(!open))}>
                {open ? '收起帮扶方式和街道 ▲' : `按帮扶方式、街道筛选${streetName ? `（${streetName}）` : ''} ▼`}
              </Text>
              {open ? (
                <>
                  <ChipRow
                    name='帮扶方式'
                    options={DELIVERY_KINDS.map((d) => ({ key: d, label: DELIVERY_LABELS[d] }))}
                    selected={filters.delivery}
                    onPick={(key) => setFilters({ ...filters, delivery: key as DeliveryKind | undefined })}
                  />
                  <ChipRow
                    name='所在街道（镇）'
                    options={data.streets.map((s) => ({ key: s.code, label: s.name }))}
                    selected={filters.divisionCode}
                    onPick={(key) => setFilters({ ...filters, divisionCode: key })}
                  />
                </>
              ) : null}
            </View>
            <View className='services__status'>
              <Text className='services__status-text'>
                {query.loading ? '正在查找…' : filters.q ? `“${filters.q}”的查找结果` : '全部服务'}
              </Text>
              {filtered ? (
                <Text className='services__reset' {...tapProps(clearAll)}>
                  清除筛选
                </Text>
              ) : null}
            </View>
            <View className='services__list'>
              {items.map((s) => (
                <ServiceCard key={s.slug} service={s} />
              ))}
            </View>
            {items.length === 0 ? (
              <View className='services__empty'>
                <Text className='services__empty-title'>没有找到相关服务</Text>
                <Text className='services__empty-text'>
                  换个说法试试，比如“吃饭”“看病”“找工作”；或者清除筛选看看全部。
                </Text>
                <ActionButton kind='plain' onTap={clearAll}>
                  清除筛选，看全部服务
                </ActionButton>
              </View>
            ) : null}
            {moreError ? <Text className='services__more-error'>{moreError}</Text> : null}
            {hasMore ? (
              <ActionButton
                className='services__more'
                kind='plain'
                busy={loadingMore}
                busyText='正在加载…'
                onTap={() => void loadMore(data.page, items.length)}
              >
                {moreError ? '再试一次' : '加载更多'}
              </ActionButton>
            ) : items.length > 0 ? (
              <Text className='services__end'>已经到底了</Text>
            ) : null}
            <Text className='services__link' {...tapProps(() => void Taro.navigateTo({ url: PAGES.providers }))}>
              看看都有哪些服务力量（力量清单）›
            </Text>
          </>
        );
      }}
    </PageShell>
  );
}
