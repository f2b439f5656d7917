/**
 * H5 only: Taro scrolls each page inside a container (`.taro_page`, the tab panel) rather than the document. A
 * keyboard user can scroll a region only when it can take focus, so the containers around a page get tabindex 0
 * (WCAG 2.1.1; axe `scrollable-region-focusable`). The mini-program scrolls natively: nothing to do there.
 */
export function makeScrollContainersFocusable(pageRoot: HTMLElement | null): void {
  if (process.env.TARO_ENV !== 'h5' || !pageRoot || typeof getComputedStyle !== 'function') return;
  for (let el = pageRoot.parentElement; el && el !== document.body; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && !el.hasAttribute('tabindex')) el.tabIndex = 0;
  }
}
