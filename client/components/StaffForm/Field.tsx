import { Input, Text, Textarea, View } from '@tarojs/components';
import { labelledInputProps, useDomId } from '../FormField/label';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field in red; replaces the hint. */
  error?: string;
  hint?: string;
  placeholder?: string;
  multiline?: boolean;
  maxlength?: number;
  type?: 'text' | 'number' | 'digit';
  /** Stable class for tests and e2e, e.g. "visit-note". */
  name?: string;
};

/** One labelled text field with its hint or error below (the typed text is never cleared on error). */
export default function Field({
  label,
  value,
  onChange,
  error,
  hint,
  placeholder,
  multiline,
  maxlength = 2000,
  type = 'text',
  name,
}: Props) {
  const id = useDomId('staff-field');
  const a11y = labelledInputProps(
    { label, labelId: `${id}-label`, describedBy: error || hint ? `${id}-note` : undefined },
    Boolean(error),
  );
  const cls = `staff-field__input${multiline ? ' staff-field__input--multi' : ''}${error ? ' staff-field__input--error' : ''}${name ? ` staff-field__input--${name}` : ''}`;
  return (
    <View className='staff-field'>
      <Text className='staff-field__label' id={`${id}-label`}>
        {label}
      </Text>
      {multiline ? (
        <Textarea
          className={cls}
          value={value}
          maxlength={maxlength}
          placeholder={placeholder}
          autoHeight
          {...a11y}
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Input
          className={cls}
          value={value}
          type={type}
          maxlength={maxlength}
          placeholder={placeholder}
          {...a11y}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
      {error ? (
        <Text className='staff-field__error' id={`${id}-note`}>
          {error}
        </Text>
      ) : hint ? (
        <Text className='staff-field__hint' id={`${id}-note`}>
          {hint}
        </Text>
      ) : null}
    </View>
  );
}
