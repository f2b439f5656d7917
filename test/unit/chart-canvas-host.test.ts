/**
 * The mini-program chart's host (client/packages/district/components/EChart/canvas-host.ts): ECharts, loaded as in
 * the mini-program (a `wx` global, no document), initialises on a canvas-node-like object that has only width,
 * height and getContext, sizes its backing store by the pixel ratio, draws the Chinese labels, takes a touch and
 * disposes. The 2d context is a recording stand-in (Node has no canvas).
 */
import { canvasHost } from '../../client/packages/district/components/EChart/canvas-host';

/** A bar chart as lib/chart-option.ts writes them (Chinese categories and series names, a legend). */
const OPTION = {
  animation: false,
  legend: { top: 0, textStyle: { fontSize: 14 } },
  grid: { left: 8, right: 16, top: 36, bottom: 8 },
  xAxis: { type: 'category', data: ['1月', '2月', '3月'], axisLabel: { fontSize: 14 } },
  yAxis: { type: 'value', minInterval: 1 },
  series: [
    { name: '升级次数', type: 'bar', data: [1, 0, 2] },
    { name: '未分类件数', type: 'bar', data: [0, 3, 1] },
  ],
};

it('draws on a canvas node wrapped as its host, in the mini-program environment', async () => {
  const wx = { getSystemInfoSync: () => ({}) };
  Object.assign(globalThis, { wx });
  try {
    // the CommonJS build (Jest here loads no ES modules from node_modules): the same code as the core build
    const echarts = await import('echarts');
    expect(echarts.env.wxa).toBe(true);

    const drawn: string[] = [];
    const target: Record<string | symbol, unknown> = {
      measureText: (text: string) => ({ width: text.length * 14 }),
      fillText: (text: string) => void drawn.push(text),
    };
    // every other context method is a no-op returning a gradient-like object
    const context = new Proxy(target, {
      get: (obj, key) => (key in obj ? obj[key] : () => ({ addColorStop: () => undefined })),
    });
    const node = { width: 300, height: 150, getContext: (type: '2d') => (type === '2d' ? context : null) };
    echarts.setPlatformAPI({ measureText: (text: string) => ({ width: text.length * 14 }) });

    const chart = echarts.init(canvasHost(node), undefined, { width: 317, height: 260, devicePixelRatio: 2 });
    chart.setOption(OPTION);
    chart.getZr().flush();
    expect([node.width, node.height]).toEqual([634, 520]);
    expect(drawn).toEqual(expect.arrayContaining(['1月', '3月', '升级次数', '未分类件数']));
    const touch = { zrX: 100, zrY: 100, preventDefault: () => undefined, stopPropagation: () => undefined };
    expect(() => chart.getZr().handler.dispatch('click', touch)).not.toThrow();
    chart.dispose();
    expect(chart.isDisposed()).toBe(true);
    // why the wrapper: zrender mounts its listeners on whatever host it is given, and a canvas node has none
    const bare = { width: 300, height: 150, getContext: node.getContext };
    expect(() => echarts.init(Object(bare), undefined, { width: 317, height: 260 })).toThrow(/addEventListener/);
  } finally {
    Reflect.deleteProperty(globalThis, 'wx');
  }
});
