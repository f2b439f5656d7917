/** ECharts' host for a mini-program canvas node (no Taro here, so the unit tests load it with ECharts alone). */
import type * as echarts from 'echarts/core';

const noop = () => undefined;

/** What a `<canvas type="2d">` node offers ECharts: its backing-store size and its context. */
export type CanvasNode = { width: number; height: number; getContext(type: '2d'): unknown };

/**
 * The node wrapped as ECharts' host, like ec-canvas's WxCanvas: zrender mounts its DOM listeners on any host (the
 * node has no addEventListener; touches come from the canvas's own handlers instead) and sets the backing store's
 * width and height through it. ECharts types the host as an HTMLElement; a canvas-like object is what it uses.
 */
export function canvasHost(node: CanvasNode): Parameters<typeof echarts.init>[0] {
  return Object.defineProperties(Object.create(null), {
    width: { get: () => node.width, set: (v: number) => void (node.width = v) },
    height: { get: () => node.height, set: (v: number) => void (node.height = v) },
    getContext: { value: (type: '2d') => node.getContext(type) },
    addEventListener: { value: noop },
    removeEventListener: { value: noop },
  });
}
