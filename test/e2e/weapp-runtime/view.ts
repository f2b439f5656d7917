/**
 * The view layer (WeChat's webview) in its own realm: a jsdom window into which we load WeChat's component
 * framework `miniprogram-exparser` and `j-component` (its wrapper), then evaluate wcc's `$gwx` and wcsc's style
 * code. Each page view is an exparser component whose template is wcc's render function for the page's WXML;
 * Taro's recursive `comp` is registered the same way. Data only arrives as JSON text (see page.ts); events leave
 * as JSON text through `emit`, with the handler name the WXML binding gives (`bindtap="eh"`).
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { CompiledWxml, CompiledWxss } from './compile';
import {
  BUILT_IN_COMPONENTS,
  PageView,
  TOUCH_POLYFILL,
  wechatEvent,
  type JComponent,
  type Tagged,
  type ViewEvent,
  type ViewWindow,
} from './view-realm';

export { PageView } from './view-realm';
export type { ViewElement } from './view-realm';

/** A method call leaving the view: which instance, which handler (from the WXML binding), the event as JSON. */
export type ViewEmit = (instance: string, handler: string, eventJson: string) => void;

export type ComponentSpec = { path: string; properties: Record<string, unknown>; methods: string[] };

const NODE_MODULES = path.dirname(path.dirname(require.resolve('j-component/package.json')));

/**
 * WeChat's view, text and image take `aria-*` attributes for 读屏 and put them on the webview's element; here they
 * are declared the same way (exparser properties) and written onto the jsdom element, so tests read them there.
 * An attribute that base.wxml does not write never arrives (see the "no aria attributes" control).
 */
const ARIA_ATTRIBUTES: Record<string, string[]> = {
  view: ['aria-role', 'aria-label', 'aria-checked', 'aria-selected'],
  text: ['aria-role', 'aria-label'],
  image: ['aria-role', 'aria-label'],
};
type DomBacked = { $$?: { setAttribute: (name: string, value: string) => void; removeAttribute: (n: string) => void } };

function ariaProperties(component: string): Record<string, unknown> {
  const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return Object.fromEntries(
    (ARIA_ATTRIBUTES[component] ?? []).map((attribute) => [
      camel(attribute),
      {
        type: String,
        value: '',
        observer(this: DomBacked, value: string) {
          if (value) this.$$?.setAttribute(attribute, value);
          else this.$$?.removeAttribute(attribute);
        },
      },
    ]),
  );
}

export class ViewLayer {
  readonly warnings: string[] = [];
  private readonly dom: JSDOM;
  private readonly context: vm.Context;
  private readonly window: ViewWindow;
  private readonly modules = new Map<string, { exports: unknown }>();
  private readonly jc: JComponent;
  private readonly registered = new Map<string, string>();
  private instances = 0;

  constructor(
    private readonly dist: string,
    wxml: CompiledWxml,
    private readonly wxss: CompiledWxss,
    private readonly emit: ViewEmit,
  ) {
    const console = new VirtualConsole();
    console.on('warn', (...args: unknown[]) => this.warnings.push(args.map(String).join(' ')));
    console.on('error', (...args: unknown[]) => this.warnings.push(args.map(String).join(' ')));
    console.on('jsdomError', (error: Error) => this.warnings.push(`jsdom: ${error.message}`));
    this.dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
      runScripts: 'outside-only',
      pretendToBeVisual: true,
      virtualConsole: console,
    });
    this.context = this.dom.getInternalVMContext();
    this.window = vm.runInContext('window', this.context);
    vm.runInContext(TOUCH_POLYFILL, this.context);
    this.jc = this.requireInView(require.resolve('j-component')) as JComponent;
    vm.runInContext(wxml.source, this.context, { filename: 'wcc-output.js' });
    // What WeChat's webview sets: $gwx then returns the raw tree that exparser's template engine consumes.
    this.window.__webview_engine_version__ = 0.02;
    vm.runInContext(wxss.common, this.context, { filename: 'wcsc-common.js' });
    this.applyStyle('app.wxss');
    for (const name of BUILT_IN_COMPONENTS)
      this.jc.register({ id: name, tagName: `wx-${name}`, template: '<slot/>', properties: ariaProperties(name) });
  }

  /** CommonJS inside the view realm, for exparser and j-component (plain files, no Node built-ins). */
  private requireInView(file: string): unknown {
    const cached = this.modules.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} };
    this.modules.set(file, module);
    const wrapper = vm.runInContext(
      `(function (require, module, exports, global) {${fs.readFileSync(file, 'utf8')}\n})`,
      this.context,
      { filename: file },
    );
    const localRequire = (request: string) =>
      this.requireInView(
        request.startsWith('.')
          ? require.resolve(path.resolve(path.dirname(file), request))
          : require.resolve(request, { paths: [NODE_MODULES] }),
      );
    wrapper.call(module.exports, localRequire, module, module.exports, this.window);
    return module.exports;
  }

  /** Runs the page's (or component's) wcsc function: its stylesheet lands in <head>, rpx already converted. */
  private applyStyle(file: string): void {
    const code = this.wxss.byFile.get(file);
    if (code) vm.runInContext(`${code}()`, this.context, { filename: file });
  }

  /** Whether wcc's output renders `file` (e.g. "pages/index/index.wxml"). */
  hasTemplate(file: string): boolean {
    return typeof this.window.$gwx?.(file) === 'function';
  }

  /** The render function wcc generated for one WXML file; throws when the build has no such template. */
  private template(file: string): unknown {
    const generate = this.window.$gwx?.(file);
    if (typeof generate !== 'function') throw new Error(`wcc output has no template for ${file}`);
    return generate;
  }

  /**
   * Registers a page or component view once: template from wcc, usingComponents resolved and registered too,
   * one forwarding method per logic-layer method name (WeChat's view also just passes the handler's name on).
   * Each view instance gets an id "<path>#<n>" that travels with its events.
   */
  register(spec: ComponentSpec, resolveUsing: (from: string, request: string) => ComponentSpec): string {
    const known = this.registered.get(spec.path);
    if (known) return known;
    const id = `zl-${this.registered.size}-${spec.path.replace(/[^a-z0-9]+/gi, '-')}`;
    this.registered.set(spec.path, id);
    const json = JSON.parse(fs.readFileSync(path.join(this.dist, `${spec.path}.json`), 'utf8')) as {
      usingComponents?: Record<string, string>;
    };
    const usingComponents: Record<string, string> = {};
    for (const [tag, request] of Object.entries(json.usingComponents ?? {}))
      usingComponents[tag] = this.register(resolveUsing(spec.path, request), resolveUsing);
    const emit = this.emit;
    const nextInstance = () => `${spec.path}#${this.instances++}`;
    const methods: Record<string, (this: Tagged, event: ViewEvent) => void> = {};
    for (const name of spec.methods)
      methods[name] = function forward(event) {
        emit(this.__zlInstance, name, JSON.stringify(wechatEvent(event)));
      };
    this.jc.register({
      id,
      tagName: id,
      template: this.template(`${spec.path}.wxml`),
      usingComponents,
      properties: this.window.JSON.parse(JSON.stringify(spec.properties)),
      options: { addGlobalClass: true, multipleSlots: true },
      lifetimes: {
        created(this: Tagged) {
          this.__zlInstance = nextInstance();
        },
      },
      methods,
    });
    this.applyStyle(`${spec.path}.wxss`);
    return id;
  }

  /** Creates a page's view with its initial data and attaches it to the document, as WeChat does on open. */
  mount(componentId: string, initialJson: string): PageView {
    const view = this.jc.create(componentId);
    view.setData(this.window.JSON.parse(initialJson));
    view.attach(this.window.document.body);
    return new PageView(view, this.window);
  }

  /** All CSS text that wcsc's functions put into <head>. */
  styles(): string {
    return Array.from(this.window.document.head.querySelectorAll('style'))
      .map((s) => s.textContent ?? '')
      .join('\n');
  }

  close(): void {
    this.dom.window.close();
  }
}
