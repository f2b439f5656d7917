/** Helpers of the rollup suite (stats-rollups.test.ts): a seeded generator, scopes, figures made comparable. */
import type { Figures } from '../../../server/src/features/stats/dashboard-raw';
import type { StatsScope } from '../../../server/src/features/stats/stats.scope';

/** mulberry32: a small seeded generator, so a failing sequence can be replayed. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
  };
}

export const scope = (s: Partial<StatsScope>): StatsScope => ({
  pointIds: [],
  streetCodes: [],
  stationPointIds: [],
  district: false,
  deptIds: [],
  ...s,
});

/** The figures for comparison: medians to a tenth, per-street rows of the listed streets, sorted. */
export function norm(f: Figures, streets: string[] | null) {
  const keep = (code: string | null) => code !== null && (!streets || streets.includes(code));
  const tenth = (h: number | null) => (h === null ? null : Math.round(h * 10) / 10);
  return {
    perMonth: f.perMonth.map((m) => ({
      ...m,
      medianAcceptHours: tenth(m.medianAcceptHours),
      medianResolveHours: tenth(m.medianResolveHours),
    })),
    streetApps: f.streetApps.filter((r) => keep(r.code) && r.count).sort((a, b) => a.code!.localeCompare(b.code!)),
    streetPt: f.streetPt.filter((r) => keep(r.code) && r.personTimes).sort((a, b) => a.code!.localeCompare(b.code!)),
  };
}
