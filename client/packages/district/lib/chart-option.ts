/** An ECharts option from a chart spec: the brand palette, Chinese names, readable font sizes. */
import type { ChartSpec } from './figures';

const PALETTE = ['#0b6e4f', '#d97706', '#2563eb', '#7c3aed'];

export function chartOption(spec: ChartSpec, fontSize: number) {
  const category = { type: 'category' as const, data: spec.categories, axisLabel: { fontSize } };
  const value = { type: 'value' as const, minInterval: 1, axisLabel: { fontSize } };
  return {
    color: PALETTE,
    animation: false,
    textStyle: { fontSize },
    tooltip: { trigger: 'axis' as const, textStyle: { fontSize } },
    legend: { top: 0, textStyle: { fontSize } },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: spec.horizontal ? value : category,
    yAxis: spec.horizontal ? { ...category, inverse: true } : value,
    series: spec.series.map((s) => ({
      name: s.name,
      type: spec.kind,
      data: s.values,
      ...(spec.stacked ? { stack: 'total' } : {}),
      ...(spec.kind === 'line' ? { connectNulls: false, symbolSize: 6 } : { barMaxWidth: 28 }),
    })),
  };
}
