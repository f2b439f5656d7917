import { View } from '@tarojs/components';
import './index.scss';

type Props = {
  /** How many placeholder cards to draw. */
  cards?: number;
};

/** Grey placeholder cards while a page loads (skeletons instead of spinners, DESIGN §12). */
export default function Skeleton({ cards = 4 }: Props) {
  return (
    <View className='skeleton' aria-label='正在加载'>
      {Array.from({ length: cards }, (_, i) => (
        <View key={i} className='skeleton__card'>
          <View className='skeleton__line skeleton__line--title' />
          <View className='skeleton__line' />
          <View className='skeleton__line skeleton__line--short' />
        </View>
      ))}
    </View>
  );
}
