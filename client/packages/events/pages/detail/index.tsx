import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { parseScene } from '@shared/domain/events';
import PageShell from '@/components/PageShell';
import { tapProps } from '@/components/Tappable';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { eventTime, MY_SIGNUPS_PAGE, placesText, tagOf } from '../../lib/events';
import SignUpForm from './SignUpForm';
import './index.scss';

/** One event: what, when, where, for whom, places left, and the sign-up (for me or a relative). */
export default function EventDetailPage() {
  const params = useRouter()?.params ?? {};
  const scene = parseScene(params.scene);
  const query = usePageQuery(
    () => call('events.get', scene?.kind === 'event' ? { code: scene.code } : { id: params.id ?? '' }),
    [params.id, params.scene],
  );
  return (
    <PageShell className='event' query={query}>
      {(e) => (
        <>
          <View className='event__header'>
            <Text className='event__tag'>{tagOf(e)}</Text>
            <Text className='event__title'>{e.theme}</Text>
          </View>
          <View className='event__facts'>
            <Text className='event__fact'>时间：{eventTime(e)}</Text>
            <Text className='event__fact'>
              地点：{e.place.name}
              {e.place.address && e.place.address !== e.place.name ? `（${e.place.address}）` : ''}
            </Text>
            <Text className='event__fact'>适合：{e.audience}</Text>
            {e.department ? <Text className='event__fact'>主办：{e.department.name}</Text> : null}
            {e.publisherPoint ? <Text className='event__fact'>承办：{e.publisherPoint.name}</Text> : null}
            <Text className='event__places'>{placesText(e)}</Text>
          </View>
          {e.description ? <Text className='event__text'>{e.description}</Text> : null}
          {e.status === 'published' && Date.parse(e.startsAt) > Date.now() ? (
            <SignUpForm event={e} onDone={() => query.reload()} />
          ) : null}
          <Text
            className='event__mine'
            {...tapProps(() => void Taro.navigateTo({ url: MY_SIGNUPS_PAGE }), { role: 'link' })}
          >
            看我的报名 ›
          </Text>
        </>
      )}
    </PageShell>
  );
}
