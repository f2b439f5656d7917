/**
 * dist/weapp run the way WeChat runs it, in two realms joined only by JSON text:
 * - logic layer: the bundle in a Node vm context with WeChat's globals only (wx, App, Page, Component, getApp,
 *   getCurrentPages, timers, console); no window/document/fetch; eval and new Function refused
 *   (scripts/weapp-check.js). wx.request reaches the real server (wx.ts).
 * - view layer: WeChat's exparser in a jsdom window rendering wcc's compiled WXML (view.ts).
 * Pages keep a stack (navigateTo/redirectTo/switchTab/reLaunch/navigateBack) as WeChat does.
 */
import path from 'node:path';
import vm from 'node:vm';
import { compileWxml, compileWxss } from './compile';
import { RuntimePage, type LogicPage } from './page';
import { ViewLayer, type ComponentSpec } from './view';
import { createWx } from './wx';

type Config = Record<string, unknown>;
type Bundle = {
  errors: string[];
  /** eval / new Function calls the sandbox refused. */
  attempts: string[];
  context: vm.Context;
  pages: Map<string, Config>;
  components: Map<string, Config>;
  registered: { apps: Config[] };
  routes: string[];
};
type Loader = (options: { dist: string; wx: Config; globals: Config }) => Bundle;

const { loadWeappBundle } = require(path.resolve(__dirname, '../../../scripts/weapp-check.js')) as {
  loadWeappBundle: Loader;
};

const methodNames = (config: object) =>
  Object.keys(config).filter((key) => typeof (config as Config)[key] === 'function');

/** Splits "/packages/org/pages/street/index?code=1&name=%E7…" into route and query; values stay URL-encoded. */
function parseUrl(url: string, from?: string): { route: string; query: Record<string, string> } {
  const [rawPath = '', search = ''] = url.split('?');
  const route = rawPath.startsWith('/') ? rawPath.slice(1) : path.posix.join(path.posix.dirname(from ?? ''), rawPath);
  const query: Record<string, string> = {};
  for (const pair of search.split('&').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    query[key] = value;
  }
  return { route, query };
}

export class WeappRuntime {
  readonly storage = new Map<string, unknown>();
  /** Errors and warnings as WeChat's console would show them (logic layer, view layer, missing handlers). */
  readonly problems: string[] = [];
  readonly view: ViewLayer;
  readonly bundle: Bundle;
  /** The files wcc and wcsc compiled, relative to dist. */
  readonly compiled: { wxml: string[]; wxss: string[] };
  private readonly stack: RuntimePage[] = [];
  private readonly components = new Map<string, LogicPage>();
  private readonly json: JSON;
  /** Events that reached a logic-layer method, by type (the tap check counts these). */
  readonly delivered: string[] = [];

  constructor(dist: string, apiBase: string) {
    // WeChat's compilers first: invalid WXML or WXSS stops here with wcc's / wcsc's own message.
    const wxml = compileWxml(dist);
    const wxss = compileWxss(dist);
    this.compiled = { wxml: wxml.files, wxss: wxss.files };
    this.view = new ViewLayer(dist, wxml, wxss, (instance, handler, event) => this.deliver(instance, handler, event));
    const wx = createWx(apiBase, this.storage, {
      navigateTo: (url) => this.push(url),
      redirectTo: (url) => this.replace(url, 1),
      reLaunch: (url) => this.replace(url, this.stack.length),
      switchTab: (url) => this.replace(url, this.stack.length),
      navigateBack: (delta) => this.back(delta),
    });
    const logicConsole = {
      ...console,
      error: (...args: unknown[]) => this.problems.push(`logic console.error: ${args.map(String).join(' ')}`),
      warn: (...args: unknown[]) => this.problems.push(`logic console.warn: ${args.map(String).join(' ')}`),
      log: () => undefined,
      info: () => undefined,
      debug: () => undefined,
    };
    this.bundle = loadWeappBundle({
      dist,
      wx,
      globals: { getCurrentPages: () => this.stack.map((p) => p.logic), console: logicConsole },
    });
    if (this.bundle.errors.length > 0)
      throw new Error(`the logic layer did not load: ${this.bundle.errors.join('; ')}`);
    this.json = vm.runInContext('JSON', this.bundle.context);
    const app = this.bundle.registered.apps[0];
    if (!app) throw new Error('app.js registered no App()');
    this.callLogic(app, 'onLaunch', { path: 'pages/index/index', query: {}, scene: 1001 });
    this.callLogic(app, 'onShow', { path: 'pages/index/index', query: {}, scene: 1001 });
  }

  /** The top page. */
  get current(): RuntimePage {
    const page = this.stack[this.stack.length - 1];
    if (!page) throw new Error('no page is open');
    return page;
  }

  get openRoutes(): string[] {
    return this.stack.map((p) => p.route);
  }

  /** Opens a page as the only one on the stack (wx.reLaunch). */
  open(url: string): RuntimePage {
    this.replace(url, this.stack.length);
    return this.current;
  }

  /** Calls a logic-layer function; a throw is what WeChat reports as an error in the console. */
  callLogic(target: object, name: string, ...args: unknown[]): void {
    const fn = (target as Config)[name];
    if (typeof fn !== 'function') return;
    try {
      fn.apply(
        target,
        args.map((a) => this.json.parse(JSON.stringify(a ?? null))),
      );
    } catch (error) {
      this.problems.push(`logic ${name} threw: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  private spec(route: string): ComponentSpec {
    const page = this.bundle.pages.get(route);
    if (page) return { path: route, properties: {}, methods: methodNames(page) };
    const component = this.bundle.components.get(route);
    if (!component) throw new Error(`no Page() or Component() registered for ${route}`);
    const methods = (component.methods ?? {}) as object;
    return { path: route, properties: (component.properties ?? {}) as Config, methods: methodNames(methods) };
  }

  private create(url: string): RuntimePage {
    const from = this.stack[this.stack.length - 1]?.route;
    const { route, query } = parseUrl(url, from);
    const config = this.bundle.pages.get(route);
    if (!config) throw new Error(`page "${route}" is not in app.json`);
    const resolveUsing = (owner: string, request: string) =>
      this.spec(request.startsWith('/') ? request.slice(1) : path.posix.join(path.posix.dirname(owner), request));
    const viewId = this.view.register(this.spec(route), resolveUsing);
    return new RuntimePage(this, route, query, config, viewId);
  }

  private push(url: string): void {
    const next = this.create(url);
    const previous = this.stack[this.stack.length - 1];
    if (previous) previous.hide();
    this.stack.push(next);
    next.load();
  }

  private replace(url: string, count: number): void {
    const next = this.create(url);
    for (const page of this.stack.splice(this.stack.length - count, count)) page.unload();
    this.stack.push(next);
    next.load();
  }

  private back(delta: number): void {
    for (const page of this.stack.splice(Math.max(1, this.stack.length - delta))) page.unload();
    this.current.show();
  }

  /** An event from the view: find the logic instance that owns the view instance and call the named method. */
  private deliver(instance: string, handler: string, eventJson: string): void {
    const type = String((JSON.parse(eventJson) as { type?: string }).type);
    const owner = this.stack.find((p) => p.view?.instance === instance)?.logic ?? this.component(instance);
    if (!owner) return void this.problems.push(`event ${type} from an unknown view instance ${instance}`);
    if (typeof (owner as Config)[handler] !== 'function') {
      // WeChat's own warning for a binding that names no method.
      const route = instance.split('#')[0];
      return void this.problems.push(
        `Component "${route}" does not have a method "${handler}" to handle event "${type}".`,
      );
    }
    this.delivered.push(type);
    this.callLogic(owner, handler, JSON.parse(eventJson));
  }

  /** Logic-side instance of a custom component (Taro's `comp`), created on its first event. */
  private component(instance: string): LogicPage | undefined {
    const known = this.components.get(instance);
    if (known) return known;
    const config = this.bundle.components.get(instance.split('#')[0] ?? '');
    if (!config) return undefined;
    const logic: LogicPage = Object.assign(Object.create((config.methods ?? {}) as object), {
      data: {},
      setData: () => undefined,
    });
    this.components.set(instance, logic);
    return logic;
  }

  close(): void {
    for (const page of this.stack.splice(0)) page.unload();
    this.view.close();
  }
}
