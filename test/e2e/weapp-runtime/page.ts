/**
 * One open page: the logic instance (Object.create of the Page() config, with route, data and setData) and its
 * view (view.ts). setData updates `this.data` at once and reaches the view later as JSON text, then calls back,
 * like WeChat's bridge. Lifecycle as WeChat orders it: view created with the initial data, onLoad(query),
 * onShow, and onReady after the first render.
 */
import type { PageView, ViewElement } from './view';

export type LogicPage = { data: Record<string, unknown>; setData: (data: object, callback?: () => void) => void };

type Host = {
  readonly problems: string[];
  readonly delivered: string[];
  readonly view: { mount: (viewId: string, initialJson: string) => PageView };
  callLogic: (target: object, name: string, ...args: unknown[]) => void;
};

/** WeChat's setData paths: "root.cn.[0].cn.[2].cl" or "root.cn[0].v". */
function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const tokens = key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  let node: Record<string, unknown> = target;
  tokens.slice(0, -1).forEach((token, i) => {
    if (node[token] === null || typeof node[token] !== 'object') node[token] = /^\d+$/.test(tokens[i + 1]!) ? [] : {};
    node = node[token] as Record<string, unknown>;
  });
  node[tokens[tokens.length - 1]!] = value;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

export class RuntimePage {
  readonly logic: LogicPage;
  view: PageView | undefined;
  private rendered = false;
  private pending = 0;

  constructor(
    private readonly host: Host,
    readonly route: string,
    private readonly query: Record<string, string>,
    config: Record<string, unknown>,
    private readonly viewId: string,
  ) {
    this.logic = Object.assign(Object.create(config), {
      route,
      __route__: route,
      options: query,
      data: JSON.parse(JSON.stringify(config.data ?? {})),
      setData: (data: object, callback?: () => void) => this.setData(data, callback),
    });
  }

  /** The logic side of setData: `data` updated now, the view gets the JSON text on a later task. */
  private setData(data: object, callback?: () => void): void {
    const json = JSON.stringify(data);
    for (const [key, value] of Object.entries(JSON.parse(json))) setPath(this.logic.data, key, value);
    this.pending += 1;
    setTimeout(() => {
      this.pending -= 1;
      this.view?.setData(json);
      if (callback) this.host.callLogic({ callback }, 'callback');
      this.firstRender();
    });
  }

  load(): void {
    this.view = this.host.view.mount(this.viewId, JSON.stringify(this.logic.data));
    this.host.callLogic(this.logic, 'onLoad', this.query);
    this.show();
    if (this.pending === 0) setTimeout(() => this.firstRender());
  }

  private firstRender(): void {
    if (this.rendered || this.pending > 0) return;
    this.rendered = true;
    this.host.callLogic(this.logic, 'onReady');
  }

  show(): void {
    this.host.callLogic(this.logic, 'onShow');
  }

  hide(): void {
    this.host.callLogic(this.logic, 'onHide');
  }

  unload(): void {
    this.host.callLogic(this.logic, 'onUnload');
    this.view?.detach();
    this.view = undefined;
  }

  private get rendering(): PageView {
    if (!this.view) throw new Error(`${this.route} is closed`);
    return this.view;
  }

  /** The rendered text, in document order (what the user reads). */
  text(): string {
    return this.rendering.text();
  }

  elements(selector: string): ViewElement[] {
    return this.rendering.elements(selector);
  }

  /** Waits until the rendered text contains `needle`. */
  async waitForText(needle: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.text().includes(needle)) {
      if (Date.now() > deadline)
        throw new Error(`"${needle}" never rendered on ${this.route}; text: ${this.text().slice(0, 300)}`);
      await tick();
    }
  }

  /**
   * Touches the index-th element matching `selector` in the rendered page. Fails when no `tap` reaches a
   * logic-layer method: a binding to nothing does nothing for the user either.
   */
  async tap(selector: string, index = 0): Promise<void> {
    const before = this.host.delivered.filter((t) => t === 'tap').length;
    this.rendering.touch(selector, index);
    const deadline = Date.now() + 2_000;
    while (this.host.delivered.filter((t) => t === 'tap').length === before) {
      if (Date.now() > deadline) {
        const bound = this.rendering.bindings(selector, index).join(', ') || 'none';
        throw new Error(
          `tap on ${selector} [${index}] of ${this.route} reached no logic-layer handler (bound: ${bound})`,
        );
      }
      await tick();
    }
  }
}
