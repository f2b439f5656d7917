import { Button, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { tapProps } from '../Tappable';
import './index.scss';

type Props = {
  kind?: 'primary' | 'danger' | 'danger-outline' | 'plain';
  /** While true the button shows busyText and ignores taps. */
  busy?: boolean;
  busyText?: string;
  /** Goes on a wrapper, so pages can space the button without fighting platform button styles. */
  className?: string;
  onTap: () => void;
  /** The name read out when the visible text is not enough. */
  label?: string;
  children: ReactNode;
};

const ignore = () => undefined;

/**
 * The app's full-width button (DESIGN §12: one main action per screen, ≥ 44 px tall, larger in care mode).
 * Busy state is a class, not `disabled`: Taro H5 renders disabled={false} as an attribute that its CSS
 * greys out, and WeChat's disabled style is too faint for older eyes.
 */
export default function ActionButton({
  kind = 'primary',
  busy = false,
  busyText = '请稍等…',
  className,
  onTap,
  label,
  children,
}: Props) {
  return (
    <View className={className}>
      <Button
        className={`action-button action-button--${kind}${busy ? ' action-button--busy' : ''}`}
        {...tapProps(busy ? ignore : onTap, { label })}
        aria-busy={busy ? 'true' : undefined}
      >
        {busy ? busyText : children}
      </Button>
    </View>
  );
}
