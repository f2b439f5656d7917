import { Text, View } from '@tarojs/components';
import { call } from '../../services/api';
import { usePageQuery } from '../../hooks/usePageQuery';
import PageShell from '../../components/PageShell';
import Skeleton from '../../components/Skeleton';
import HubCard from './components/HubCard';
import StreetCard from './components/StreetCard';
import './index.scss';

/** 首页: the district hub and the 12 streets/towns, each with its station and number of community/village points. */
export default function HomePage() {
  const query = usePageQuery(() => call('org.overview', {}));

  return (
    <PageShell className='home' query={query} skeleton={<HomeSkeleton />}>
      {(overview) => (
        <>
          <HomeHeader />
          {overview.hub ? <HubCard hub={overview.hub} /> : null}
          <View className='home__section'>
            <Text className='home__section-title'>街道和镇的服务站</Text>
            <Text className='home__section-hint'>
              共 {overview.streets.length} 个,点一下可以看到附近的村社服务点
            </Text>
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
      <Text className='home__subtitle'>遇到难处,可以找身边的服务站点帮忙</Text>
    </View>
  );
}

function HomeSkeleton() {
  return (
    <>
      <HomeHeader />
      <Skeleton cards={4} />
    </>
  );
}
