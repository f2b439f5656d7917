import { Input, Textarea } from '@tarojs/components';
import { labelledInputProps, useFieldLabel } from '../FormField/label';
import './index.scss';

type Props = {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxlength?: number;
  /** 'idcard' and 'number' open the matching keyboard in the mini-program. */
  type?: 'text' | 'number' | 'idcard';
  multiline?: boolean;
  invalid?: boolean;
  className?: string;
};

/** A text box sized for older readers; multiline is a tall textarea with a character count left to the caller. */
export default function FormInput({
  value,
  onChange,
  placeholder,
  maxlength = 200,
  type = 'text',
  multiline = false,
  invalid = false,
  className,
}: Props) {
  const a11y = labelledInputProps(useFieldLabel(), invalid);
  const cls = `form-input${multiline ? ' form-input--multiline' : ''}${invalid ? ' form-input--invalid' : ''}${className ? ` ${className}` : ''}`;
  if (multiline) {
    return (
      <Textarea
        className={cls}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        autoHeight={false}
        {...a11y}
        onInput={(e) => onChange(e.detail.value)}
      />
    );
  }
  return (
    <Input
      className={cls}
      value={value}
      type={type}
      maxlength={maxlength}
      placeholder={placeholder}
      {...a11y}
      onInput={(e) => onChange(e.detail.value)}
    />
  );
}
