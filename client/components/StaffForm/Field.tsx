import { Input, Text, Textarea, View } from '@tarojs/components';

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
  const cls = `staff-field__input${multiline ? ' staff-field__input--multi' : ''}${error ? ' staff-field__input--error' : ''}${name ? ` staff-field__input--${name}` : ''}`;
  return (
    <View className='staff-field'>
      <Text className='staff-field__label'>{label}</Text>
      {multiline ? (
        <Textarea
          className={cls}
          value={value}
          maxlength={maxlength}
          placeholder={placeholder}
          autoHeight
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Input
          className={cls}
          value={value}
          type={type}
          maxlength={maxlength}
          placeholder={placeholder}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
      {error ? (
        <Text className='staff-field__error'>{error}</Text>
      ) : hint ? (
        <Text className='staff-field__hint'>{hint}</Text>
      ) : null}
    </View>
  );
}
