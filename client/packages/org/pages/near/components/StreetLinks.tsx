import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { streetUrl } from '@/components/ContentLinks';
import { tapProps } from '@/components/Tappable';

type Street = { code: string; name: string; count: number };

/** Streets/towns as links to their page (every point listed there, with or without a map position). */
export default function StreetLinks({ streets }: { streets: Street[] }) {
  return (
    <View className='near__streets'>
      {streets.map((s) => (
        <View
          key={s.code}
          className='near__street'
          {...tapProps(() => void Taro.navigateTo({ url: streetUrl(s.code, s.name) }), { role: 'link' })}
        >
          <Text className='near__street-name'>{s.name}</Text>
          <Text className='near__street-count'>{s.count} 个 ›</Text>
        </View>
      ))}
    </View>
  );
}
