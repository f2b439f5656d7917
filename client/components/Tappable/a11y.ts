/**
 * Accessibility props for anything tappable that is not a native control (a View or Text with a tap handler), so
 * screen readers (WeChat's 读屏, TalkBack, VoiceOver) announce it as a button or link and keyboards reach it.
 * - H5: `role`, `tabindex` 0, `aria-*`, and Enter / Space activate it like a button.
 * - Mini-program: WeChat's `aria-role` / `aria-label` (Taro's `ariaRole` / `ariaLabel`). Taro's weapp template only
 *   writes them because of the local plugin config/weapp-aria (checked in test/e2e/weapp-runtime.test.ts).
 */
import { isH5 } from '@/env';

export type TapRole = 'button' | 'link' | 'radio' | 'checkbox' | 'switch' | 'tab';

export type TapOptions = {
  /** 'link' when the tap opens another page; 'button' (default) when it does something here. */
  role?: TapRole;
  /** The name read out when the visible text is not enough (e.g. an icon, or a card with a lot of text). */
  label?: string;
  /** For radio / checkbox / switch / tab roles: whether it is chosen (only those roles may say so). */
  checked?: boolean;
};

/** What a tap handler receives: the click, or the key press that stands in for it (both can stop propagation). */
export type TapEventLike = { stopPropagation?: () => void };
type KeyEventLike = TapEventLike & { key?: string; preventDefault?: () => void };

/** What the chosen state is called for each role. */
function stateProps(role: TapRole, checked: boolean | undefined, h5: boolean): Record<string, string> {
  if (checked === undefined) return {};
  const value = checked ? 'true' : 'false';
  const name = role === 'tab' ? 'selected' : 'checked';
  return h5 ? { [`aria-${name}`]: value } : { [name === 'selected' ? 'ariaSelected' : 'ariaChecked']: value };
}

/** Spread on a View/Text: `<View className='card' {...tapProps(open, { role: 'link' })}>`. */
export function tapProps(onTap: (event: TapEventLike) => void, { role = 'button', label, checked }: TapOptions = {}) {
  if (!isH5) {
    return {
      onClick: onTap,
      ariaRole: role,
      ...(label ? { ariaLabel: label } : {}),
      ...stateProps(role, checked, false),
    };
  }
  return {
    onClick: onTap,
    role,
    tabIndex: 0,
    ...(label ? { 'aria-label': label } : {}),
    ...stateProps(role, checked, true),
    onKeyDown: (event: KeyEventLike) => {
      // A link opens with Enter only; buttons and options with Enter or Space (as native controls do).
      if (event.key !== 'Enter' && !(event.key === ' ' && role !== 'link')) return;
      event.preventDefault?.();
      onTap(event);
    },
  };
}

/** The text a screen reader reads for an image (H5: the native img's alt; mini-program: aria-label). */
export function altProps(alt: string) {
  return isH5 ? { nativeProps: { alt } } : { ariaLabel: alt };
}
