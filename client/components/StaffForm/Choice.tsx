import { Text, View } from '@tarojs/components';
import { useDomId } from '../FormField/label';
import { tapProps } from '../Tappable';

export type ChoiceOption<V extends string> = { value: V; label: string; note?: string };

type Props<V extends string> = {
  label?: string;
  options: readonly ChoiceOption<V>[];
  /** One value (single choice) or several (multiple choice). */
  value: V | V[] | undefined;
  onChange: (value: V) => void;
  error?: string;
  hint?: string;
  /** Options stacked one per line (long labels) instead of wrapping chips. */
  stacked?: boolean;
};

/** Big tappable options instead of a picker: one tap, readable in care mode, the choice shown by a tick and colour. */
export default function Choice<V extends string>({ label, options, value, onChange, error, hint, stacked }: Props<V>) {
  const id = useDomId('staff-choice');
  const selected = (v: V) => (Array.isArray(value) ? value.includes(v) : value === v);
  return (
    <View className='staff-field'>
      {label ? (
        <Text className='staff-field__label' id={id}>
          {label}
        </Text>
      ) : null}
      <View
        className={`staff-choice${stacked ? ' staff-choice--stacked' : ''}`}
        role={Array.isArray(value) ? 'group' : 'radiogroup'}
        {...(label ? { 'aria-labelledby': id } : {})}
      >
        {options.map((option) => (
          <View
            key={option.value}
            className={`staff-choice__item${selected(option.value) ? ' staff-choice__item--on' : ''}`}
            {...tapProps(() => onChange(option.value), {
              role: Array.isArray(value) ? 'checkbox' : 'radio',
              checked: selected(option.value),
            })}
          >
            <Text className='staff-choice__text'>
              {selected(option.value) ? '✓ ' : ''}
              {option.label}
            </Text>
            {option.note ? <Text className='staff-choice__note'>{option.note}</Text> : null}
          </View>
        ))}
      </View>
      {error ? (
        <Text className='staff-field__error'>{error}</Text>
      ) : hint ? (
        <Text className='staff-field__hint'>{hint}</Text>
      ) : null}
    </View>
  );
}
