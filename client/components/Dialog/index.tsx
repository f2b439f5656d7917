import { Text, View } from '@tarojs/components';
import { useDomId } from '../FormField/label';
import ActionButton from '../ActionButton';
import './index.scss';

export type DialogAction = { label: string; onTap: () => void; kind?: 'primary' | 'danger' | 'plain' };

type Props = {
  open: boolean;
  title: string;
  content?: string;
  actions: DialogAction[];
};

/**
 * In-page dialog. Used instead of Taro.showModal so it follows care mode (big text, big buttons) on
 * both platforms and stays until the reader acts (no time limit). Render it inside a PageShell.
 */
export default function Dialog({ open, title, content, actions }: Props) {
  const id = useDomId('dialog');
  if (!open) return null;

  return (
    <View className='dialog'>
      <View className='dialog__mask' />
      <View className='dialog__panel' role='alertdialog' aria-modal='true' aria-labelledby={`${id}-title`}>
        <Text className='dialog__title' id={`${id}-title`}>
          {title}
        </Text>
        {content ? <Text className='dialog__content'>{content}</Text> : null}
        <View className='dialog__actions'>
          {actions.map((action) => (
            <ActionButton
              key={action.label}
              className='dialog__action'
              kind={action.kind ?? 'plain'}
              onTap={action.onTap}
            >
              {action.label}
            </ActionButton>
          ))}
        </View>
      </View>
    </View>
  );
}
