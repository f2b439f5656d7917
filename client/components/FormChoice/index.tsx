import { Text, View } from '@tarojs/components';
import { useFieldLabel } from '../FormField/label';
import { tapProps } from '../Tappable';
import './index.scss';

/** One option; `V` is the value's type (e.g. a shared enum), so `onToggle` hands back that type. */
export type ChoiceOption<V extends string = string> = { value: V; label: string; hint?: string };

type Props<V extends string> = {
  options: readonly ChoiceOption<V>[];
  /** The chosen values (one for single choice). */
  selected: readonly string[];
  onToggle: (value: V) => void;
  multiple?: boolean;
  /** Two columns for short labels (streets, categories); one column for cards with hints. */
  columns?: 1 | 2;
  invalid?: boolean;
  /** Stable hook for tests and e2e: `form-choice--<name>`. */
  name?: string;
};

/**
 * Big tappable options instead of pickers and tiny radios. The chosen state is shown by a tick and a
 * thicker border as well as colour (never colour alone).
 */
export default function FormChoice<V extends string>({
  options,
  selected,
  onToggle,
  multiple = false,
  columns = 1,
  invalid = false,
  name,
}: Props<V>) {
  const field = useFieldLabel();
  return (
    <View
      className={`form-choice form-choice--cols-${columns}${invalid ? ' form-choice--invalid' : ''}${name ? ` form-choice--${name}` : ''}`}
      role={multiple ? 'group' : 'radiogroup'}
      {...(field ? { 'aria-labelledby': field.labelId } : {})}
    >
      {options.map((option) => {
        const on = selected.includes(option.value);
        return (
          <View
            key={option.value}
            className={`form-choice__option${on ? ' form-choice__option--selected' : ''}`}
            data-value={option.value}
            {...tapProps(() => onToggle(option.value), { role: multiple ? 'checkbox' : 'radio', checked: on })}
          >
            <View className={`form-choice__mark${multiple ? ' form-choice__mark--box' : ''}`}>
              <Text className='form-choice__tick'>{on ? '✓' : ''}</Text>
            </View>
            <View className='form-choice__text'>
              <Text className='form-choice__label'>{option.label}</Text>
              {option.hint ? <Text className='form-choice__hint'>{option.hint}</Text> : null}
            </View>
          </View>
        );
      })}
    </View>
  );
}
