import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { tapProps, type TapOptions } from './a11y';

export { altProps, tapProps, type TapOptions, type TapRole } from './a11y';

type Props = TapOptions & {
  className?: string;
  onTap: () => void;
  children: ReactNode;
};

/**
 * A tappable block (card, row, link) that screen readers announce as a button or link and keyboards can reach.
 * Use it (or `tapProps` on an existing View) instead of a bare `<View onClick>`.
 */
export default function Tappable({ className, onTap, children, ...options }: Props) {
  return (
    <View className={className} {...tapProps(onTap, options)}>
      {children}
    </View>
  );
}
