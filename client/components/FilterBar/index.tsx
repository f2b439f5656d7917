import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { tapProps } from '../Tappable';
import './index.scss';

type Props = {
  children: ReactNode;
  /** Shown as 清除筛选 when some filter is set. */
  onClear?: () => void;
  label?: string;
};

/** Filters in one bar above a list (wraps on a phone, one row on a desktop). */
export default function FilterBar({ children, onClear, label = '筛选' }: Props) {
  return (
    <View className='filter-bar' role='search' aria-label={label}>
      {children}
      {onClear ? (
        <Text className='filter-bar__clear' {...tapProps(onClear)}>
          清除筛选
        </Text>
      ) : null}
    </View>
  );
}
