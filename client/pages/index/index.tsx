import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { TLivestreamSummary } from '@shared/schemas/content';
import { call } from '@/services/api';
import { usePageQuery } from '@/hooks/usePageQuery';
import PageShell from '@/components/PageShell';
import Skeleton from '@/components/Skeleton';
import { useCareMode } from '@/stores/care-mode';
import CareActions from './components/CareActions';
import HomeActions from './components/HomeActions';
import HomeLists from './components/HomeLists';
import HomeStories from './components/HomeStories';
import HubCard from './components/HubCard';
import NearestPoint, { STREETS_ANCHOR } from './components/NearestPoint';
import NextLive, { pickNextLive } from './components/NextLive';
import OutreachBanner from './components/OutreachBanner';
import StreetCard from './components/StreetCard';
import './index.scss';

const STORY_COUNT = 3;

type Extras = { live: TLivestreamSummary | null; stories: { slug: string; title: string; summary: string }[] };

/**
 * The next livestream and a few stories: loaded after each overview load (first load, pull-down refresh, retry),
 * so they never hold the street list back. A failure just leaves them out.
 */
function useHomeExtras(trigger: unknown): Extras {
  const [extras, setExtras] = useState<Extras>({ live: null, stories: [] });
  useEffect(() => {
    if (trigger === undefined) return;
    let alive = true;
    void Promise.all([
      call('livestreams.list', { limit: 20 }).then(
        (r) => pickNextLive(r.items),
        () => null,
      ),
      call('stories.list', { limit: STORY_COUNT }).then(
        (r) => r.items,
        () => [],
      ),
    ]).then(([live, stories]) => {
      if (alive) setExtras({ live, stories });
    });
    return () => {
      alive = false;
    };
  }, [trigger]);
  return extras;
}

/**
 * 首页: ask for help, "what can I apply for", the next livestream, my nearest point, stories; then the hub and
 * the 12 streets/towns. Care mode keeps four big buttons on top and drops the rest above the street list.
 */
export default function HomePage() {
  const careMode = useCareMode();
  const query = usePageQuery(() => call('org.overview', {}));
  const { live, stories } = useHomeExtras(query.data);

  return (
    <PageShell className='home' query={query} skeleton={<HomeSkeleton careMode={careMode} />}>
      {(overview) => (
        <>
          <HomeHeader />
          <OutreachBanner />
          {careMode ? (
            <CareActions hub={overview.hub} />
          ) : (
            <>
              <HomeActions />
              <HomeLists />
              <NextLive stream={live} />
              <NearestPoint />
              <HomeStories stories={stories} />
            </>
          )}
          {overview.hub ? <HubCard hub={overview.hub} /> : null}
          <View className='home__section' id={STREETS_ANCHOR}>
            <Text className='home__section-title'>街道和镇的服务站</Text>
            <Text className='home__section-hint'>共 {overview.streets.length} 个，点一下可以看到附近的村社服务点</Text>
          </View>
          <View className='home__streets'>
            {overview.streets.map((street) => (
              <StreetCard key={street.code} street={street} />
            ))}
          </View>
        </>
      )}
    </PageShell>
  );
}

function HomeHeader() {
  return (
    <View className='home__header'>
      <Text className='home__title'>助联 · 西湖区社会救助服务</Text>
      <Text className='home__subtitle'>遇到难处，可以找身边的服务站点帮忙</Text>
    </View>
  );
}

/** While the streets load: the header and the two first actions, which need no data, so the page is usable at once. */
function HomeSkeleton({ careMode }: { careMode: boolean }) {
  return (
    <>
      <HomeHeader />
      {careMode ? null : <HomeActions />}
      <Skeleton cards={careMode ? 4 : 3} />
    </>
  );
}
