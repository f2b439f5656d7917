/**
 * What ECharts needs to draw on a mini-program `<canvas type="2d">` node (the way ecomfe/echarts-for-weixin's
 * ec-canvas does it): text measured on an offscreen 2d canvas (the logic layer has no document; Taro's stand-in
 * document makes canvases that cannot measure), and canvas touches handed to the chart as mouse events so a tap
 * shows the tooltip.
 */
import type { CanvasTouchEvent } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ECharts } from 'echarts/core';
import * as echarts from 'echarts/core';

export { canvasHost, type CanvasNode } from './canvas-host';

type Measurer = { font: string; measureText(text: string): { width: number } };
let measurer: Measurer | null | undefined;

const canMeasure = (context: unknown): context is Measurer =>
  typeof context === 'object' &&
  context !== null &&
  'measureText' in context &&
  typeof context.measureText === 'function';

/** Once per app: ECharts measures text on an offscreen canvas (base library ≥ 2.16.1). */
export function setUpPlatform(): void {
  if (measurer !== undefined) return;
  measurer = null;
  try {
    const context = Taro.createOffscreenCanvas({ type: '2d', width: 1, height: 1 }).getContext('2d');
    if (canMeasure(context)) measurer = context;
  } catch {
    // an old base library: ECharts falls back to its own width table
  }
  const ctx = measurer;
  if (!ctx) return;
  echarts.setPlatformAPI({
    measureText: (text: string, font?: string) => {
      ctx.font = font || '12px sans-serif';
      return ctx.measureText(text);
    },
  });
}

/** The screen's pixel ratio and the page's rem in px (20 px on a 375-px-wide phone, as in H5), for sizes. */
export function screen(): { dpr: number; rootPx: number } {
  const info = Taro.getWindowInfo();
  return { dpr: info.pixelRatio || 2, rootPx: Math.min(info.windowWidth || 375, 750) / 18.75 };
}

const noop = () => undefined;

type Pointer = 'mousedown' | 'mousemove' | 'mouseup' | 'click';

function dispatch(chart: ECharts | null, names: Pointer[], touch: { x: number; y: number } | undefined): void {
  if (!chart || !touch || chart.isDisposed()) return;
  const handler = chart.getZr().handler;
  const event = {
    zrX: touch.x,
    zrY: touch.y,
    preventDefault: noop,
    stopImmediatePropagation: noop,
    stopPropagation: noop,
  };
  for (const name of names) handler.dispatch(name, event);
}

/** Canvas touch handlers for a chart held in `current` (touch x/y are canvas coordinates). */
export function touchHandlers(current: () => ECharts | null) {
  return {
    onTouchStart: (e: CanvasTouchEvent) => dispatch(current(), ['mousedown', 'mousemove'], e.touches[0]),
    onTouchMove: (e: CanvasTouchEvent) => dispatch(current(), ['mousemove'], e.touches[0]),
    onTouchEnd: (e: CanvasTouchEvent) => dispatch(current(), ['mouseup', 'click'], e.changedTouches[0]),
  };
}
