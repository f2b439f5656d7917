/**
 * Durations for the dashboard's medians are rounded to a bucket before the median is taken (decision 41), so that the
 * rollups can hold them as a histogram: tenths of an hour below 100 h, whole hours below 1,000 h, whole days beyond
 * (the SQL twin is stats_hours_bucket, migration 0028; the page shows tenths of an hour anyway).
 */

/** The median (percentile_cont(0.5): the two middle values averaged) of a histogram value → count; null if empty. */
export function medianOfBuckets(buckets: Map<number, number>): number | null {
  const sorted = [...buckets].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((n, [, c]) => n + c, 0);
  if (!total) return null;
  const pos = 0.5 * (total - 1);
  const at = (i: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (i < seen) return value;
    }
    return sorted[sorted.length - 1]![0];
  };
  const lo = at(Math.floor(pos));
  return lo + (at(Math.ceil(pos)) - lo) * (pos - Math.floor(pos));
}
