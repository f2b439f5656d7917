/**
 * Mini-program chart: the same ECharts option as H5 (lib/chart-option, same minimal ECharts 6 build) drawn on a
 * WeChat `<canvas type="2d">` node. ECharts takes the node, wrapped, as its host (no DOM in the logic layer); the
 * canvas is sized in rpx like H5's rem, its backing store × the pixel ratio. The numbers are also in the table
 * beside it; the chart is one image to 读屏 (aria-role img, labelled with the figure's title). Where the canvas
 * node is missing (a renderer without canvases, e.g. the exparser test harness), nothing is drawn and the table
 * still carries every number. This file and ECharts live in the district subpackage only.
 */
import { Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useId, useRef, useState } from 'react';
import { useCareMode } from '@/stores/care-mode';
import { chartOption } from '../../lib/chart-option';
import type { EChartProps } from './index';
import { canvasHost, screen, setUpPlatform, touchHandlers, type CanvasNode } from './weapp-canvas';
import './index.scss';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A `fields({ node, size })` result. */
type CanvasField = { node?: CanvasNode; width?: number; height?: number } | null | undefined;

export default function EChart({ spec, label }: EChartProps) {
  const id = `district-chart-${useId().replace(/[^\w-]/g, '')}`;
  const careMode = useCareMode();
  const chart = useRef<echarts.ECharts | null>(null);
  // the page this chart sits in, captured at first render (the current page changes when another opens)
  const [page] = useState(() => Taro.getCurrentInstance().page);
  useEffect(() => {
    let live = true;
    const draw = ([field]: CanvasField[] = []) => {
      if (!live || !field?.node || !field.width || !field.height) return;
      setUpPlatform();
      const { dpr, rootPx } = screen();
      const instance = echarts.init(canvasHost(field.node), undefined, {
        width: field.width,
        height: field.height,
        devicePixelRatio: dpr,
      });
      instance.setOption(chartOption(spec, Math.round(rootPx * (careMode ? 0.9 : 0.7)), field.width));
      chart.current = instance;
    };
    try {
      const query = Taro.createSelectorQuery();
      (page ? query.in(page) : query).select(`#${id}`).fields({ node: true, size: true }).exec(draw);
    } catch {
      // no selector queries here (not a WeChat renderer): the table beside carries the numbers
    }
    return () => {
      live = false;
      chart.current?.dispose();
      chart.current = null;
    };
  }, [id, page, spec, careMode]);
  // sized in design px like H5's rem (1 rem = 40 design px = 40 rpx), so the chart grows with the text around it
  const height = (spec.horizontal ? spec.categories.length * 1.8 + 4 : 13) * 40;
  return (
    <View className='district-chart' ariaRole='img' ariaLabel={label}>
      <Canvas
        type='2d'
        id={id}
        className='district-chart__canvas'
        style={{ height: Taro.pxTransform(height) }}
        {...touchHandlers(() => chart.current)}
      />
    </View>
  );
}
