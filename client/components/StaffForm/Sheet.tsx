import { ScrollView, Text, View } from '@tarojs/components';
import { useDomId } from '../FormField/label';
import type { ReactNode } from 'react';
import ActionButton from '../ActionButton';

type Props = {
  title: string;
  /** A stable class for tests and e2e, e.g. "visit" → .staff-sheet--visit. */
  name: string;
  intro?: string;
  /** Form-level message (server refusal, conflict, network). */
  error?: string;
  busy?: boolean;
  submitText: string;
  onSubmit: () => void;
  onCancel: () => void;
  children?: ReactNode;
};

/** A small form over the page: title, fields, one submit button and 取消. Stays until the user acts. */
export default function Sheet({
  title,
  name,
  intro,
  error,
  busy = false,
  submitText,
  onSubmit,
  onCancel,
  children,
}: Props) {
  const id = useDomId('staff-sheet');
  return (
    <View className={`staff-sheet staff-sheet--${name}`}>
      {/* Tapping outside cancels too; for screen readers and keyboards 取消 below does it. */}
      <View className='staff-sheet__mask' aria-hidden='true' onClick={busy ? undefined : onCancel} />
      <View className='staff-sheet__panel' role='dialog' aria-modal='true' aria-labelledby={`${id}-title`}>
        <Text className='staff-sheet__title' id={`${id}-title`}>
          {title}
        </Text>
        <ScrollView className='staff-sheet__body' scrollY>
          {intro ? <Text className='staff-sheet__intro'>{intro}</Text> : null}
          {children}
          {error ? <Text className='staff-sheet__error'>{error}</Text> : null}
        </ScrollView>
        <View className='staff-sheet__actions'>
          <ActionButton className='staff-sheet__submit' busy={busy} busyText='正在提交…' onTap={onSubmit}>
            {submitText}
          </ActionButton>
          <ActionButton className='staff-sheet__cancel' kind='plain' onTap={busy ? () => undefined : onCancel}>
            取消
          </ActionButton>
        </View>
      </View>
    </View>
  );
}
