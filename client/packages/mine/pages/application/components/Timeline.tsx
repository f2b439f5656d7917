import { Text, View } from '@tarojs/components';
import type { TApplicationDetail } from '@shared/schemas/applications';
import { formatDateTime } from '@/packages/mine/format';

/** Progress, newest first; the newest entry is marked in words as well as colour. */
export default function Timeline({ entries }: { entries: TApplicationDetail['timeline'] }) {
  const newestFirst = [...entries].reverse();
  return (
    <View className='timeline'>
      {newestFirst.map((entry, i) => (
        <View key={`${entry.at}-${i}`} className={`timeline__entry${i === 0 ? ' timeline__entry--latest' : ''}`}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <Text className='timeline__text'>
              {i === 0 ? '最新：' : ''}
              {entry.text}
            </Text>
            <Text className='timeline__at'>{formatDateTime(entry.at)}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
