import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PAGES } from '@/components/ContentLinks';
import { tapProps } from '@/components/Tappable';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** The two lists residents can browse: services by need (服务清单) and who offers them (力量清单). */
export default function HomeLists() {
  return (
    <View className='home-lists'>
      <View className='home-lists__item' {...tapProps(go(PAGES.services))}>
        <Text className='home-lists__title'>服务清单</Text>
        <Text className='home-lists__text'>按需要找服务，看在哪里办、怎么办</Text>
      </View>
      <View className='home-lists__item' {...tapProps(go(PAGES.providers))}>
        <Text className='home-lists__title'>力量清单</Text>
        <Text className='home-lists__text'>有哪些部门和爱心力量，怎么联系</Text>
      </View>
    </View>
  );
}
