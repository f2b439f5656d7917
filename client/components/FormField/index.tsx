import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

type Props = {
  label: string;
  /** An example or explanation under the label (DESIGN §12: examples under each field). */
  hint?: string;
  /** Shown in red with a leading "!" (never colour alone); replaces nothing the user typed. */
  error?: string;
  optional?: boolean;
  /** Stable hook for tests and e2e: `form-field--<name>`. */
  name?: string;
  children: ReactNode;
};

/** One form question: label, example, the control, and the field's error message. */
export default function FormField({ label, hint, error, optional = false, name, children }: Props) {
  return (
    <View className={`form-field${name ? ` form-field--${name}` : ''}${error ? ' form-field--invalid' : ''}`}>
      <Text className='form-field__label'>
        {label}
        {optional ? <Text className='form-field__optional'>（可不填）</Text> : null}
      </Text>
      {hint ? <Text className='form-field__hint'>{hint}</Text> : null}
      <View className='form-field__control'>{children}</View>
      {error ? <Text className='form-field__error'>! {error}</Text> : null}
    </View>
  );
}
