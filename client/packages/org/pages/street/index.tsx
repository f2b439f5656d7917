import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { DIVISION_CODE_PATTERN } from '@shared/domain/divisions';
import type { TServicePoint } from '@shared/schemas/org';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { ApiError } from '@/services/api-error';
import { call } from '@/services/api';
import PointCard from './components/PointCard';
import './index.scss';

function safeDecode(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Station first, then the community/village points in the server's order. */
function stationFirst(items: TServicePoint[]): TServicePoint[] {
  return [...items.filter((p) => p.level === 'street_station'), ...items.filter((p) => p.level !== 'street_station')];
}

/** One street/town: its station and every community/village service point (opened from 首页). */
export default function StreetPage() {
  const params = useRouter()?.params ?? {};
  const code = params.code ?? '';
  const name = safeDecode(params.name);

  const query = usePageQuery(async () => {
    if (!DIVISION_CODE_PATTERN.test(code))
      throw new ApiError('NOT_FOUND', { message: '没有找到这个街道，请返回首页重新选择' });
    const { items } = await call('servicePoints.list', { streetCode: code });
    return stationFirst(items);
  }, [code]);

  useEffect(() => {
    if (name) void Taro.setNavigationBarTitle({ title: name });
  }, [name]);

  return (
    <PageShell className='street' query={query}>
      {(points) => {
        const communityCount = points.filter((p) => p.level === 'community_point').length;
        return (
          <>
            <View className='street__header'>
              <Text className='street__title'>{name || points[0]?.divisionName || '服务站点'}</Text>
              <Text className='street__summary'>{communityCount} 个村社服务点，可以就近前往</Text>
            </View>
            <View className='street__list'>
              {points.map((point) => (
                <PointCard key={point.id} point={point} />
              ))}
            </View>
            {points.length === 0 ? (
              <Text className='street__empty'>这里暂时还没有服务站点，请联系区级助联体</Text>
            ) : null}
          </>
        );
      }}
    </PageShell>
  );
}
