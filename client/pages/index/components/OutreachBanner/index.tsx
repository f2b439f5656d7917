import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { tapProps } from '@/components/Tappable';
import { landFromCode, launchCode, type OutreachLanding } from '@/services/outreach';
import './index.scss';

/** After scanning a community's printed code: says which community, and leads to its point and the self-check. */
export default function OutreachBanner() {
  const params = useRouter()?.params;
  const [landing, setLanding] = useState<OutreachLanding | null>(null);
  useEffect(() => {
    const code = launchCode(params);
    if (!code) return;
    let alive = true;
    void landFromCode(code).then((l) => alive && setLanding(l));
    return () => {
      alive = false;
    };
  }, [params]);
  if (!landing) return null;
  const go = (url: string) => () => void Taro.navigateTo({ url });
  return (
    <View className='outreach-banner'>
      <Text className='outreach-banner__title'>欢迎！您所在的是{landing.community.name}</Text>
      <Text className='outreach-banner__line'>{landing.street.name}</Text>
      {landing.pointId ? (
        <Text
          className='outreach-banner__link'
          {...tapProps(go(`/packages/org/pages/point/index?id=${landing.pointId}`))}
        >
          看看本社区服务点
        </Text>
      ) : null}
      <Text className='outreach-banner__link' {...tapProps(go('/packages/content/pages/self-check/index'))}>
        查查我能申请什么
      </Text>
    </View>
  );
}
