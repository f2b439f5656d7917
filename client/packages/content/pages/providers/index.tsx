import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { PROVIDER_KINDS, PROVIDER_KIND_LABELS, type ProviderKind } from '@shared/domain/assistance';
import { ZProviderListRequest } from '@shared/schemas/services';
import ActionButton from '@/components/ActionButton';
import { PAGES, providerUrl } from '@/components/ContentLinks';
import PageShell from '@/components/PageShell';
import Skeleton from '@/components/Skeleton';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import ListSearch, { ChipRow } from '@/packages/content/components/ListSearch';
import '../services/index.scss';
import { tapProps } from '@/components/Tappable';

type Filters = { q: string; kind?: ProviderKind; divisionCode?: string };
type Street = { code: string; name: string };

/** 力量清单: departments, social-work stations, social organisations, volunteers and caring enterprises. */
export default function ProvidersPage() {
  const [filters, setFilters] = useState<Filters>({ q: '' });
  const [draft, setDraft] = useState('');
  const [searchError, setSearchError] = useState<string>();
  const streets = useRef<Street[]>();

  const query = usePageQuery(async () => {
    const [list, providers] = await Promise.all([
      streets.current ?? call('divisions.list', {}).then((r) => r.items),
      call('providers.list', {
        ...(filters.q ? { q: filters.q } : {}),
        ...(filters.kind ? { kind: filters.kind } : {}),
        ...(filters.divisionCode ? { divisionCode: filters.divisionCode } : {}),
      }),
    ]);
    streets.current = list;
    return { streets: list, items: providers.items };
  }, [filters]);

  const handleSearch = () => {
    const q = draft.trim();
    const parsed = ZProviderListRequest.safeParse({ q });
    if (!parsed.success) return setSearchError(parsed.error.issues[0]?.message ?? '搜索词不对，请改一改');
    setSearchError(undefined);
    setFilters({ ...filters, q });
  };
  const clearAll = () => {
    setDraft('');
    setSearchError(undefined);
    setFilters({ q: '' });
  };

  return (
    <PageShell className='providers' query={query} skeleton={<Skeleton cards={5} />}>
      {(data) => (
        <>
          <View className='providers__header'>
            <Text className='providers__title'>力量清单</Text>
            <Text className='providers__subtitle'>能提供帮助的部门、社工站、社会组织、志愿队和爱心企业</Text>
          </View>
          <ListSearch
            value={draft}
            placeholder='输入名称或想找的帮助，例如：残疾、律师'
            error={searchError}
            onChange={setDraft}
            onSearch={handleSearch}
            onClear={() => {
              setDraft('');
              if (filters.q) setFilters({ ...filters, q: '' });
            }}
          />
          <View className='list-filters'>
            <ChipRow
              name='类型'
              options={PROVIDER_KINDS.map((k) => ({ key: k, label: PROVIDER_KIND_LABELS[k] }))}
              selected={filters.kind}
              onPick={(key) => setFilters({ ...filters, kind: key as ProviderKind | undefined })}
            />
            <ChipRow
              name='服务的街道（镇）'
              options={data.streets.map((s) => ({ key: s.code, label: s.name }))}
              selected={filters.divisionCode}
              onPick={(key) => setFilters({ ...filters, divisionCode: key })}
            />
          </View>
          <View className='providers__status'>
            <Text className='providers__status-text'>{query.loading ? '正在查找…' : `共 ${data.items.length} 个`}</Text>
            {filters.q || filters.kind || filters.divisionCode ? (
              <Text className='providers__reset' {...tapProps(clearAll)}>
                清除筛选
              </Text>
            ) : null}
          </View>
          <View className='providers__list'>
            {data.items.map((p) => (
              <View
                key={p.slug}
                className='list-card'
                {...tapProps(() => void Taro.navigateTo({ url: providerUrl(p.slug) }))}
              >
                <Text className='list-card__title'>{p.name}</Text>
                <Text className='list-card__text'>{p.description}</Text>
                <View className='list-card__footer'>
                  <Text className='list-card__meta'>
                    {PROVIDER_KIND_LABELS[p.kind]} · {p.serviceCount} 项服务
                  </Text>
                  <Text className='list-card__more'>看详情 ›</Text>
                </View>
              </View>
            ))}
          </View>
          {data.items.length === 0 ? (
            <View className='providers__empty'>
              <Text className='providers__empty-title'>没有找到</Text>
              <Text className='providers__empty-text'>换个说法试试，或者清除筛选看看全部。</Text>
              <ActionButton kind='plain' onTap={clearAll}>
                清除筛选，看全部
              </ActionButton>
            </View>
          ) : null}
          <Text className='providers__link' {...tapProps(() => void Taro.navigateTo({ url: PAGES.services }))}>
            按需要找服务（服务清单）›
          </Text>
        </>
      )}
    </PageShell>
  );
}
