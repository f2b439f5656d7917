import { unpackRollups } from '../../server/src/features/stats/rollup-reach.repo';

describe('packed rollup rows', () => {
  it('reads "month scope metric n key" lines, the key last (empty, or with spaces)', () => {
    expect(unpackRollups('2026-11 s:330106005000 ch 12 self\n2026-11 * esc 3 \n2026-12 * hres 2 48.5')).toEqual([
      { month: '2026-11', scope: 's:330106005000', metric: 'ch', n: 12, key: 'self' },
      { month: '2026-11', scope: '*', metric: 'esc', n: 3, key: '' },
      { month: '2026-12', scope: '*', metric: 'hres', n: 2, key: '48.5' },
    ]);
    expect(unpackRollups('2026-12 * x 1 a b')).toEqual([
      { month: '2026-12', scope: '*', metric: 'x', n: 1, key: 'a b' },
    ]);
  });

  it('reads no rows from an empty aggregate', () => {
    expect(unpackRollups(null)).toEqual([]);
    expect(unpackRollups('')).toEqual([]);
  });
});
