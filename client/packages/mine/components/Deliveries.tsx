import { Text, View } from '@tarojs/components';
import type { TResidentDelivery } from '@shared/schemas/orders';
import './Deliveries.scss';

/** 为您办了什么: one plain sentence per delivery, e.g. "已为您送去米面油 1 份（12 月 8 日，善粮公社）". Hidden when none. */
export default function Deliveries({ items }: { items: TResidentDelivery[] }) {
  if (!items.length) return null;
  return (
    <View className='mine-deliveries'>
      <Text className='mine-deliveries__title'>为您办了什么</Text>
      {items.map((d) => (
        <Text key={d.id} className='mine-deliveries__line'>
          {d.text}
        </Text>
      ))}
    </View>
  );
}
