/**
 * What the view realm's objects look like from the test (they come from another realm, so are typed loosely),
 * WeChat's event serialisation, and one rendered page (PageView). Used by view.ts.
 */
export type Tagged = { __zlInstance: string };
export type ExparserWrapper = {
  dom: ViewElement;
  instance: Tagged;
  setData: (data: unknown) => void;
  attach: (parent: unknown) => void;
  detach: () => void;
  querySelectorAll: (selector: string) => ExparserWrapper[];
  toJSON: () => { event?: Record<string, { handler?: string }> } | undefined;
  dispatchEvent: (name: string, options?: Record<string, unknown>) => void;
};
export type ViewElement = {
  textContent: string | null;
  outerHTML: string;
  className: string;
  getAttribute: (name: string) => string | null;
  querySelectorAll: (selector: string) => ArrayLike<ViewElement>;
};
export type JComponent = {
  register: (definition: Record<string, unknown>) => string;
  create: (id: string, properties?: Record<string, unknown>) => ExparserWrapper;
};
export type ViewWindow = {
  JSON: JSON;
  document: { body: unknown; head: { querySelectorAll: (s: string) => ArrayLike<{ textContent: string | null }> } };
  $gwx?: (file: string) => unknown;
  __webview_engine_version__?: number;
  Touch?: unknown;
};

type Touchish = { identifier?: number; pageX?: number; pageY?: number; clientX?: number; clientY?: number };
export type ViewEvent = {
  type: string;
  timeStamp: number;
  target: unknown;
  currentTarget: unknown;
  detail: unknown;
  touches?: ArrayLike<Touchish>;
  changedTouches?: ArrayLike<Touchish>;
};

/** The event as WeChat's view serialises it for the logic layer: touches reduced to their coordinates. */
export function wechatEvent(event: ViewEvent): object {
  const touches = (list?: ArrayLike<Touchish>) =>
    Array.from(list ?? []).map(({ identifier, pageX, pageY, clientX, clientY }) => ({
      identifier,
      pageX,
      pageY,
      clientX,
      clientY,
      force: 1,
    }));
  const { type, timeStamp, target, currentTarget, detail } = event;
  return {
    type,
    timeStamp,
    target,
    currentTarget,
    detail,
    touches: touches(event.touches),
    changedTouches: touches(event.changedTouches),
  };
}

/** Touch as WeChat's webview has it (jsdom lacks the constructor); the same polyfill miniprogram-simulate adds. */
export const TOUCH_POLYFILL = `window.Touch = class Touch { constructor(o) { Object.assign(this, { clientX: 0, clientY: 0,
  identifier: 0, pageX: 0, pageY: 0, screenX: 0, screenY: 0, target: null }, o || {}); } };`;

/** One rendered page: setData arrives as JSON; text, selectors and touches read/act on exparser's tree. */
export class PageView {
  constructor(
    private readonly view: ExparserWrapper,
    private readonly window: ViewWindow,
  ) {}

  /** The id the view's events carry ("<route>#<n>"). */
  get instance(): string {
    return this.view.instance.__zlInstance;
  }

  setData(json: string): void {
    this.view.setData(this.window.JSON.parse(json));
  }

  text(): string {
    return this.view.dom.textContent ?? '';
  }

  html(): string {
    return this.view.dom.outerHTML;
  }

  elements(selector: string): ViewElement[] {
    return Array.from(this.view.dom.querySelectorAll(selector));
  }

  /** A finger on the node: touchstart then touchend; j-component turns that into exparser's `tap`, as WeChat. */
  touch(selector: string, index: number): void {
    const node = this.view.querySelectorAll(selector)[index];
    if (!node) throw new Error(`no ${selector} [${index}] in the rendered page`);
    node.dispatchEvent('touchstart', { touches: [{ x: 10, y: 10 }], changedTouches: [{ x: 10, y: 10 }] });
    node.dispatchEvent('touchend', { touches: [], changedTouches: [{ x: 10, y: 10 }] });
  }

  /** The event bindings exparser holds for a node, as "tap→eh" (what its WXML attributes compiled to). */
  bindings(selector: string, index: number): string[] {
    const event = this.view.querySelectorAll(selector)[index]?.toJSON()?.event ?? {};
    return Object.entries(event).map(([name, binding]) => `${name}→${binding.handler ?? ''}`);
  }

  detach(): void {
    this.view.detach();
  }
}

/** WeChat's built-in components (the list miniprogram-simulate registers), as exparser elements with a slot. */
export const BUILT_IN_COMPONENTS = [
  ...['cover-image', 'cover-view', 'grid-view', 'list-view', 'match-media', 'movable-area', 'movable-view'],
  ...['page-container', 'root-portal', 'scroll-view', 'share-element', 'sticky-header', 'sticky-section'],
  ...['swiper', 'swiper-item', 'view', 'icon', 'progress', 'rich-text', 'text', 'button', 'checkbox'],
  ...['checkbox-group', 'editor', 'form', 'input', 'keyboard-accessory', 'label', 'picker', 'picker-view'],
  ...['picker-view-column', 'radio', 'radio-group', 'slider', 'switch', 'textarea', 'functional-page-navigator'],
  ...['navigator', 'audio', 'camera', 'channel-live', 'channel-video', 'image', 'live-player', 'live-pusher'],
  ...['video', 'voip-room', 'map', 'canvas', 'web-view', 'ad', 'ad-custom', 'official-account', 'open-data'],
  ...['navigation-bar', 'page-meta'],
];
