import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, type ReactNode } from 'react';
import type { PageQuery } from '@/hooks/usePageQuery';
import { useCareMode } from '@/stores/care-mode';
import ErrorView from '../ErrorView';
import { useDomId } from '../FormField/label';
import Skeleton from '../Skeleton';
import { makeScrollContainersFocusable } from './scroll-focus';
import './index.scss';

type Props<T> = {
  /** The page's BEM block, added to the root next to zl-page. */
  className: string;
  query?: PageQuery<T>;
  /** Shown while the first load is in flight; a generic card skeleton by default. */
  skeleton?: ReactNode;
  children: ReactNode | ((data: T) => ReactNode);
};

/**
 * Root of every page: applies care mode and the one display policy for loading and errors
 * (house style §4.3): no data + error → full-page error with retry; data + error → toast; no data yet → skeleton.
 */
export default function PageShell<T>({ className, query, skeleton, children }: Props<T>) {
  const careMode = useCareMode();
  const error = query?.error;
  const hasData = query?.data !== undefined;
  const id = useDomId('page');

  useEffect(() => {
    if (typeof document !== 'undefined') makeScrollContainersFocusable(document.getElementById(id));
  }, [id]);

  useEffect(() => {
    if (error && hasData) void Taro.showToast({ title: error.message, icon: 'none', duration: 3000 });
    // only when a new error arrives, not when data changes
    // eslint-disable-next-line react-hooks/exhaustive-deps -- hasData is read, not watched
  }, [error]);

  let content: ReactNode;
  if (!query) {
    content = typeof children === 'function' ? null : children;
  } else if (hasData) {
    content = typeof children === 'function' ? children(query.data as T) : children;
  } else if (error) {
    content = <ErrorView error={error} retrying={query.loading} onRetry={query.reload} />;
  } else {
    content = skeleton ?? <Skeleton />;
  }

  return (
    <View id={id} className={`zl-page${careMode ? ' zl-page--care' : ''} page-shell ${className}`}>
      {content}
    </View>
  );
}
