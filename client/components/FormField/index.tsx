import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { FieldLabelContext, useDomId } from './label';
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

/** One form question: label, example, the control, and the field's error message (tied to the control). */
export default function FormField({ label, hint, error, optional = false, name, children }: Props) {
  const id = useDomId(`field-${name ?? 'x'}`);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const labelText = optional ? `${label}（可不填）` : label;
  return (
    <View className={`form-field${name ? ` form-field--${name}` : ''}${error ? ' form-field--invalid' : ''}`}>
      <Text className='form-field__label' id={`${id}-label`}>
        {label}
        {optional ? <Text className='form-field__optional'>（可不填）</Text> : null}
      </Text>
      {hint ? (
        <Text className='form-field__hint' id={`${id}-hint`}>
          {hint}
        </Text>
      ) : null}
      <FieldLabelContext.Provider
        value={{ label: labelText, labelId: `${id}-label`, describedBy: describedBy || undefined }}
      >
        <View className='form-field__control'>{children}</View>
      </FieldLabelContext.Provider>
      {error ? (
        <Text className='form-field__error' id={`${id}-error`}>
          ! {error}
        </Text>
      ) : null}
    </View>
  );
}
