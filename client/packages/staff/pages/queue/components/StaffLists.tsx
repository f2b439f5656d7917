import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PAGES } from '@/components/ContentLinks';
import './StaffLists.scss';
import { tapProps } from '@/components/Tappable';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** Links from the workbench to the service and provider lists, to look up where to refer someone. */
export default function StaffLists() {
  return (
    <View className='staff-lists'>
      <Text className='staff-lists__label'>查找可转介的服务：</Text>
      <Text className='staff-lists__link' {...tapProps(go(PAGES.services))}>
        服务清单 ›
      </Text>
      <Text className='staff-lists__link' {...tapProps(go(PAGES.providers))}>
        力量清单 ›
      </Text>
    </View>
  );
}
