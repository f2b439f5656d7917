/** An ECharts option from a chart spec: the brand palette, Chinese names, readable font sizes. */
import type { ChartSpec } from './figures';

const PALETTE = ['#0b6e4f', '#d97706', '#2563eb', '#7c3aed'];
/** ECharts' legend defaults: icon 25 px wide, 5 px to its text, 10 px between items and rows, 5 px padding. */
const ICON = 25 + 5;
const GAP = 10;
const PAD = 5;

/**
 * Rows the legend wraps into at this width: Chinese names are about 1 em a character. Care mode's larger text on a
 * phone wraps three names into two rows, which the grid must leave room for (else they sit on the top axis label).
 */
export function legendRows(names: string[], fontSize: number, width: number | undefined): number {
  if (!width) return 1;
  const room = width - 2 * PAD;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = ICON + name.length * fontSize;
    if (used > 0 && used + GAP + item > room) {
      rows += 1;
      used = item;
    } else used += (used > 0 ? GAP : 0) + item;
  }
  return rows;
}

/** `width`: the chart's width in px when known, so the plot starts below a legend that wraps. */
export function chartOption(spec: ChartSpec, fontSize: number, width?: number) {
  const category = { type: 'category' as const, data: spec.categories, axisLabel: { fontSize } };
  const value = { type: 'value' as const, minInterval: 1, axisLabel: { fontSize } };
  const rows = legendRows(
    spec.series.map((s) => s.name),
    fontSize,
    width,
  );
  const rowHeight = Math.max(14, Math.round(fontSize * 1.3));
  return {
    color: PALETTE,
    animation: false,
    textStyle: { fontSize },
    tooltip: { trigger: 'axis' as const, textStyle: { fontSize } },
    legend: { top: 0, textStyle: { fontSize } },
    grid: {
      left: 8,
      right: 16,
      top: 36 + (rows - 1) * (rowHeight + GAP),
      bottom: 8,
      containLabel: true,
    },
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
