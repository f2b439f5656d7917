import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { LocationError, getCurrentPosition, type LocationFailure, type Position } from '@/services/location';
import NearCard from './components/NearCard';
import StreetLinks from './components/StreetLinks';
import './index.scss';

function positionFrom(params: Record<string, string | undefined>): Position | null {
  const lat = Number(params.lat);
  const lng = Number(params.lng);
  if (
    !params.lat ||
    !params.lng ||
    !Number.isFinite(lat) ||
    !Number.isFinite(lng) ||
    Math.abs(lat) > 90 ||
    Math.abs(lng) > 180
  )
    return null;
  return { lat, lng };
}

async function load(pos: Position | null) {
  if (!pos) {
    const { streets } = await call('org.overview', {});
    return {
      kind: 'streets' as const,
      streets: streets.map((s) => ({ code: s.code, name: s.name, count: s.communityCount + (s.station ? 1 : 0) })),
    };
  }
  const near = await call('servicePoints.near', { lat: pos.lat, lng: pos.lng, limit: 20, includeUnlocated: true });
  return { kind: 'near' as const, near };
}

/** 附近的服务点: asks for the location only when tapped; ten-minute circle (≤ 1 km) first; unlocated points by street. */
export default function NearPage() {
  const params = useRouter()?.params ?? {};
  const [pos, setPos] = useState<Position | null>(() => positionFrom(params));
  const [failure, setFailure] = useState<LocationFailure>();
  const [locating, setLocating] = useState(false);
  const query = usePageQuery(() => load(pos), [pos?.lat, pos?.lng]);

  const locate = async () => {
    setLocating(true);
    setFailure(undefined);
    try {
      setPos(await getCurrentPosition());
    } catch (error) {
      setFailure(error instanceof LocationError ? error.reason : 'unavailable');
    } finally {
      setLocating(false);
    }
  };

  return (
    <PageShell className='near' query={query}>
      {(data) => (
        <>
          <View className='near__header'>
            <Text className='near__title'>离我近的服务点</Text>
            <Text className='near__subtitle'>走路十分钟（1 公里）以内的，都在「十分钟服务圈」里</Text>
          </View>
          {data.kind === 'streets' ? (
            <View className='near__ask'>
              <Text className='near__ask-text'>
                要找离您最近的服务点，需要用一下您现在的位置。位置只用来算距离，不会保存。
              </Text>
              {failure ? (
                <Text className='near__failure'>
                  {failure === 'denied'
                    ? '没有拿到位置授权。可以在手机设置里允许微信使用位置，或者直接按街道找。'
                    : '暂时定不到您的位置。可以到窗边再试，或者直接按街道找。'}
                </Text>
              ) : null}
              <ActionButton busy={locating} busyText='正在定位…' onTap={() => void locate()}>
                {failure ? '再试一次' : '用我的位置查找'}
              </ActionButton>
              <Text className='near__section-title'>按街道找</Text>
              <StreetLinks streets={data.streets} />
            </View>
          ) : (
            <NearResults data={data.near} />
          )}
        </>
      )}
    </PageShell>
  );
}

type NearData = Awaited<ReturnType<typeof call<'servicePoints.near'>>>;

function NearResults({ data }: { data: NearData }) {
  const circle = data.items.filter((i) => i.withinTenMinutes);
  const farther = data.items.filter((i) => !i.withinTenMinutes);
  const unlocatedCount = (data.unlocated ?? []).reduce((n, g) => n + g.points.length, 0);
  const card = (i: NearData['items'][number]) => (
    <NearCard key={i.point.id} point={i.point} distanceMetres={i.distanceMetres} openNow={i.openNow} />
  );
  return (
    <>
      {!data.insideDistrict ? (
        <Text className='near__notice'>您现在好像不在西湖区。下面是西湖区的服务点，按离您的远近排列。</Text>
      ) : null}
      <View className='near__section near__section--circle'>
        <Text className='near__section-title'>十分钟服务圈（1 公里内）</Text>
        {circle.length > 0 ? (
          circle.map(card)
        ) : (
          <Text className='near__empty'>1 公里内还没有标好位置的服务点，可以看看下面的。</Text>
        )}
      </View>
      {farther.length > 0 ? (
        <View className='near__section'>
          <Text className='near__section-title'>稍远一些</Text>
          {farther.map(card)}
        </View>
      ) : null}
      {data.unlocated && data.unlocated.length > 0 ? (
        <View className='near__section'>
          <Text className='near__section-title'>还没标位置的服务点</Text>
          <Text className='near__hint near__unlocated-count'>
            还有 {unlocatedCount}{' '}
            个服务点没在地图上标好位置，上面的距离里没有算它们。离您最近的可能就在其中，请按街道找：
          </Text>
          <StreetLinks
            streets={data.unlocated.map((g) => ({ code: g.streetCode, name: g.streetName, count: g.points.length }))}
          />
        </View>
      ) : null}
    </>
  );
}
