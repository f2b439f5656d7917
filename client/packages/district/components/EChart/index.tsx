/**
 * The chart beside each table. This default file is what the mini-program and the tests get: no chart, the table
 * beside it carries every number (an ECharts canvas build for the mini-program is not wired yet). The H5 build
 * resolves `index.h5.tsx` instead (Taro's per-platform files), which draws with ECharts.
 */
import type { ChartSpec } from '../../lib/figures';

export type EChartProps = { spec: ChartSpec; label: string };

export default function EChart(_props: EChartProps) {
  return null;
}
