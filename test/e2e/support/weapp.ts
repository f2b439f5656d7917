/**
 * Drives the built mini-program (dist/weapp) in Node: scripts/weapp-check.js evaluates the bundle in a
 * sandbox, `wx.request` goes to a real server, and each page's setData payloads are replayed into a tree
 * we can read (text, classes) and tap (Taro's `eh` event handler), as WeChat's view layer would.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server';

type Node = { sid?: string; cl?: string; v?: string; cn?: Node[]; [key: string]: unknown };
type PageConfig = Record<string, (...args: unknown[]) => unknown>;
type Bundle = {
  errors: string[];
  attempts: string[];
  pages: Map<string, PageConfig>;
  registered: { apps: PageConfig[] };
};

const { loadWeappBundle } = require(path.join(ROOT, 'scripts/weapp-check.js')) as {
  loadWeappBundle: (options: { wx: Record<string, unknown> }) => Bundle;
};

export const WEAPP_APP_JSON = path.join(ROOT, 'dist/weapp/app.json');
export const weappBuilt = () => fs.existsSync(WEAPP_APP_JSON);

/** Applies one setData key ("root.cn.[0].cn.[2].cl") to the tree. */
function apply(state: Record<string, unknown>, key: string, value: unknown): void {
  const tokens = key.split('.').map((t) => (/^\[\d+\]$/.test(t) ? Number(t.slice(1, -1)) : t));
  let target: any = state;
  tokens.slice(0, -1).forEach((token, i) => {
    target[token] ??= typeof tokens[i + 1] === 'number' ? [] : {};
    target = target[token];
  });
  target[tokens[tokens.length - 1]!] = value;
}

function* walk(node: Node | undefined): Generator<Node> {
  if (!node) return;
  yield node;
  for (const child of node.cn ?? []) yield* walk(child);
}

export type WeappPage = {
  /** All text on the page, in document order. */
  text: () => string;
  classes: () => string[];
  tap: (className: string, index?: number) => void;
  /** Waits until the page's text contains `needle` (the view updates asynchronously). */
  waitForText: (needle: string, timeoutMs?: number) => Promise<void>;
};

export function openWeapp(apiBase: string) {
  const storage = new Map<string, unknown>();
  const wx = {
    request(options: {
      url: string;
      method?: string;
      data?: unknown;
      header?: Record<string, string>;
      success?: Function;
      fail?: Function;
      complete?: Function;
    }) {
      const url = `${apiBase}${new URL(options.url).pathname}`;
      fetch(url, { method: options.method ?? 'GET', headers: options.header, body: JSON.stringify(options.data ?? {}) })
        .then(async (res) => ({ statusCode: res.status, data: await res.json().catch(() => null), header: {} }))
        .then(
          (res) => options.success?.(res),
          (error: Error) => options.fail?.({ errMsg: `request:fail ${error.message}` }),
        )
        .finally(() => options.complete?.({}));
      return { abort() {} };
    },
    login(options: { success?: Function; complete?: Function }) {
      setTimeout(() => {
        options.success?.({ code: 'e2e-weapp-code', errMsg: 'login:ok' });
        options.complete?.({});
      });
    },
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
  };
  const bundle = loadWeappBundle({ wx });
  const app = bundle.registered.apps[0]!;
  app.onLaunch?.call(app, { path: 'pages/index/index', query: {} });

  const open = (route: string, query: Record<string, string> = {}): WeappPage => {
    const config = bundle.pages.get(route);
    if (!config) throw new Error(`no page registered for ${route}`);
    const state: Record<string, unknown> = {};
    const page = Object.assign(Object.create(config), {
      route,
      __route__: route,
      setData(data: Record<string, unknown>, callback?: () => void) {
        for (const [key, value] of Object.entries(data)) apply(state, key, structuredClone(value));
        callback?.();
      },
    });
    config.onLoad!.call(page, query);
    config.onShow?.call(page);
    const root = () => state.root as Node | undefined;
    const text = () => [...walk(root())].map((n) => n.v ?? '').join('');
    const tap = (className: string, index = 0) => {
      const node = [...walk(root())].filter((n) => n.cl?.split(' ').includes(className))[index];
      if (!node?.sid) throw new Error(`no .${className} on ${route}`);
      const target = { id: node.sid, dataset: { sid: node.sid } };
      config.eh!.call(page, {
        type: 'tap',
        timeStamp: Date.now(),
        currentTarget: target,
        target,
        detail: { x: 1, y: 1 },
      });
    };
    const waitForText = async (needle: string, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!text().includes(needle)) {
        if (Date.now() > deadline)
          throw new Error(`"${needle}" never appeared on ${route}; text: ${text().slice(0, 300)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    return { text, classes: () => [...walk(root())].map((n) => n.cl ?? ''), tap, waitForText };
  };

  return { bundle, storage, open };
}
