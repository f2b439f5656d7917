import { useEffect, useState } from 'react';
import { call } from '@/services/api';

const MAX = 10;

/**
 * Titles of linked policies (livestreams and stories only carry slugs). Loaded after the page, in parallel;
 * a policy that is gone or unpublished is simply left out.
 */
export function usePolicyTitles(slugs: readonly string[] | undefined): Map<string, string> {
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const key = (slugs ?? []).slice(0, MAX).join(',');

  useEffect(() => {
    if (!key) return;
    let alive = true;
    const wanted = key.split(',');
    void Promise.all(
      wanted.map((slug) =>
        call('policies.get', { slug }).then(
          (p) => [slug, p.title] as const,
          () => null,
        ),
      ),
    ).then((pairs) => {
      if (alive) setTitles(new Map(pairs.filter((p): p is readonly [string, string] => p !== null)));
    });
    return () => {
      alive = false;
    };
  }, [key]);

  return titles;
}
