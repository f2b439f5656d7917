import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../services/api-error';

export type PageQuery<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  /** true while a request is in flight (first load, retry or pull-down refresh). */
  loading: boolean;
  reload: () => Promise<void>;
};

/**
 * Loads a page's data when it mounts (useEffect, not useLoad: it also runs under tests) and on
 * pull-down refresh. Keeps the last good data when a reload fails, so PageShell can show a toast instead.
 * `deps` re-run the query when they change.
 */
export function usePageQuery<T>(fetcher: () => Promise<T>, deps: readonly unknown[] = []): PageQuery<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const latest = useRef(0);
  const mounted = useRef(true);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    setError(undefined);
    try {
      const next = await fetcherRef.current();
      if (mounted.current && ticket === latest.current) setData(next);
    } catch (caught) {
      if (mounted.current && ticket === latest.current) setError(toApiError(caught));
    } finally {
      if (mounted.current && ticket === latest.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
    // the caller's deps, on purpose: fetcher itself changes every render
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deps come from the caller
  }, deps);

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  return { data, error, loading, reload };
}
