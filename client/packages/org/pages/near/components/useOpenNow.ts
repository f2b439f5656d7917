import { useEffect, useState } from 'react';
import { call } from '../../../../../services/api';

/** "Open now" of the first few points (the near list does not carry it); unknown ids stay undefined. */
export function useOpenNow(ids: readonly string[]): Map<string, boolean | null> {
  const [open, setOpen] = useState<Map<string, boolean | null>>(new Map());
  const key = ids.join(',');

  useEffect(() => {
    if (!key) return;
    let alive = true;
    void Promise.all(key.split(',').map((id) => call('servicePoints.get', { id }).then((p) => [id, p.openNow] as const, () => null))).then((pairs) => {
      if (alive) setOpen(new Map(pairs.filter((p): p is readonly [string, boolean | null] => p !== null)));
    });
    return () => {
      alive = false;
    };
  }, [key]);

  return open;
}
