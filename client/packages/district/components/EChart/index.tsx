/**
 * The chart beside each table. This default file is what the unit tests (and any other platform) get: no chart,
 * the table beside it carries every number. Taro's per-platform files draw with ECharts instead: `index.h5.tsx`
 * on a DOM canvas, `index.weapp.tsx` on the mini-program's 2d canvas node.
 */
import type { ChartSpec } from '../../lib/figures';

export type EChartProps = { spec: ChartSpec; label: string };

export default function EChart(_props: EChartProps) {
  return null;
}
