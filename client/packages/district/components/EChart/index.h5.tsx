/**
 * H5 chart: a minimal ECharts 6 build (core + bar and line charts + grid, tooltip and legend + canvas renderer),
 * so the page ships only what it draws. The numbers are also in the table beside it; the chart is aria-hidden
 * with a label, and it redraws on resize.
 */
import { View } from '@tarojs/components';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useCareMode } from '@/stores/care-mode';
import { chartOption } from '../../lib/chart-option';
import type { EChartProps } from './index';
import './index.scss';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The root font size (Taro's rem), 20 px on a phone. */
const rootPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 20;

export default function EChart({ spec, label }: EChartProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const careMode = useCareMode();
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    // the option depends on the width (a legend that wraps pushes the plot down)
    const draw = () =>
      chart.setOption(chartOption(spec, Math.round(rootPx() * (careMode ? 0.9 : 0.7)), el.clientWidth));
    draw();
    const resize = () => {
      chart.resize();
      draw();
    };
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(resize) : null;
    observer?.observe(el);
    window.addEventListener('resize', resize);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [spec, careMode]);
  // sized in the page's rem (Taro's px → rem), so the chart grows with the text around it
  const height = spec.horizontal ? spec.categories.length * 1.8 + 4 : 13;
  return (
    <View className='district-chart' role='img' aria-label={label}>
      <div ref={box} className='district-chart__canvas' style={{ height: `${height}rem` }} />
    </View>
  );
}
