import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PAGES, wizardUrl } from '@/components/ContentLinks';
import { tapProps } from '@/components/Tappable';

/** The two first steps: ask for help (the main action), or check what I might apply for. */
export default function HomeActions() {
  return (
    <View className='home-actions'>
      <View
        className='home-actions__help'
        {...tapProps(() => void Taro.navigateTo({ url: wizardUrl() }), { role: 'link' })}
      >
        <Text className='home-actions__help-title'>我要求助</Text>
        <Text className='home-actions__help-text'>为自己、家人或邻居申请帮助</Text>
      </View>
      <View
        className='home-actions__check'
        {...tapProps(() => void Taro.navigateTo({ url: PAGES.selfCheck }), { role: 'link' })}
      >
        <View className='home-actions__check-body'>
          <Text className='home-actions__check-title'>我能申请什么？</Text>
          <Text className='home-actions__check-text'>回答几个小问题，看看能得到哪些帮助</Text>
        </View>
        <Text className='home-actions__arrow'>›</Text>
      </View>
    </View>
  );
}
