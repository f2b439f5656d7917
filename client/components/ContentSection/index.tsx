import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

type Props = {
  title: string;
  hint?: string;
  /** BEM modifier or page class for spacing. */
  className?: string;
  children: ReactNode;
};

/** A titled block of a content page (policy detail, point, home): heading, optional hint, body. */
export default function ContentSection({ title, hint, className, children }: Props) {
  return (
    <View className={`content-section${className ? ` ${className}` : ''}`}>
      <Text className='content-section__title'>{title}</Text>
      {hint ? <Text className='content-section__hint'>{hint}</Text> : null}
      <View className='content-section__body'>{children}</View>
    </View>
  );
}
