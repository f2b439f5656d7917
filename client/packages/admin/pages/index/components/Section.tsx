import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import ErrorView from '@/components/ErrorView';
import Skeleton from '@/components/Skeleton';
import type { PageQuery } from '@/hooks/usePageQuery';

type Props<T> = { title: string; intro?: string; query: PageQuery<T>; children: (data: T) => ReactNode };

/** One admin section with the page shell's display policy: skeleton, full error with retry, or the content. */
export default function Section<T>({ title, intro, query, children }: Props<T>) {
  let body: ReactNode;
  if (query.data !== undefined) body = children(query.data);
  else if (query.error) body = <ErrorView error={query.error} retrying={query.loading} onRetry={query.reload} />;
  else body = <Skeleton cards={2} />;
  return (
    <View className='admin-section'>
      <Text className='admin-section__title'>{title}</Text>
      {intro ? <Text className='admin-section__intro'>{intro}</Text> : null}
      {query.data !== undefined && query.error ? (
        <Text className='admin-section__error'>{query.error.message}</Text>
      ) : null}
      {body}
    </View>
  );
}
