import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TServicePoint } from '@shared/schemas/org';
import ActionButton from '@/components/ActionButton';
import { formatDistance } from '@/components/ContentFormat';
import { PAGES, pointUrl } from '@/components/ContentLinks';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { LocationError, getCurrentPosition, type Position } from '@/services/location';
import { tapProps } from '@/components/Tappable';

type Nearest =
  | { pos: Position; point: TServicePoint; distanceMetres: number; withinTenMinutes: boolean }
  | { pos: Position; point: null };
type Failure = { kind: 'denied' | 'unavailable' | 'api'; message: string };

export const STREETS_ANCHOR = 'home-streets';

/** "My nearest service point": the location is asked for only when this button is tapped. */
export default function NearestPoint() {
  const [busy, setBusy] = useState(false);
  const [nearest, setNearest] = useState<Nearest>();
  const [failure, setFailure] = useState<Failure>();

  const find = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const pos = await getCurrentPosition();
      const { items } = await call('servicePoints.near', { lat: pos.lat, lng: pos.lng, limit: 1 });
      setNearest(items[0] ? { pos, ...items[0] } : { pos, point: null });
    } catch (error) {
      if (error instanceof LocationError) {
        setFailure({
          kind: error.reason,
          message:
            error.reason === 'denied'
              ? '没有拿到位置授权，可以按街道找服务点。'
              : '暂时定不到您的位置，可以按街道找服务点。',
        });
      } else setFailure({ kind: 'api', message: toApiError(error).message });
    } finally {
      setBusy(false);
    }
  };

  const toStreets = () =>
    void Taro.pageScrollTo({ selector: `#${STREETS_ANCHOR}`, duration: 300 }).catch(() => undefined);
  const toNear = (pos?: Position) => () =>
    void Taro.navigateTo({ url: pos ? `${PAGES.near}?lat=${pos.lat}&lng=${pos.lng}` : PAGES.near });

  return (
    <View className='home-near'>
      <Text className='home__section-title'>离我最近的服务点</Text>
      {nearest?.point ? (
        <View
          className='home-near__result'
          {...tapProps(() => void Taro.navigateTo({ url: pointUrl(nearest.point.id) }), { role: 'link' })}
        >
          <Text className='home-near__distance'>
            {formatDistance(nearest.distanceMetres)}
            {nearest.withinTenMinutes ? ' · 在十分钟服务圈内' : ''}
          </Text>
          <Text className='home-near__name'>{nearest.point.name}</Text>
          <Text className='home-near__line'>{nearest.point.address ?? '地址待补充'}</Text>
          <Text className='home-near__more'>看详情 ›</Text>
        </View>
      ) : null}
      {nearest && !nearest.point ? (
        <Text className='home-near__hint'>附近还没有标好位置的服务点，可以按街道找。</Text>
      ) : null}
      {failure ? <Text className='home-near__failure'>{failure.message}</Text> : null}
      {nearest ? (
        <ActionButton kind='plain' onTap={toNear(nearest.pos)}>
          看附近全部服务点
        </ActionButton>
      ) : (
        <ActionButton kind='plain' busy={busy} busyText='正在找…' onTap={() => void find()}>
          {failure?.kind === 'api' ? '再试一次' : '用我的位置找一找'}
        </ActionButton>
      )}
      {failure && failure.kind !== 'api' ? (
        <Text className='home-near__link' {...tapProps(toStreets, { role: 'link' })}>
          按街道找服务点 ↓
        </Text>
      ) : (
        <Text className='home-near__hint'>位置只用来算距离，不会保存。</Text>
      )}
    </View>
  );
}
