import { Text, View } from '@tarojs/components';
import type { ApplicationAction, ApplicationStatus } from '@shared/domain/application-status';
import { PRIMARY_ACTION, staffActions, type StaffAction } from '@/packages/staff/lib/actions';
import { ACTION_LABELS } from '@/packages/staff/lib/format';
import { tapProps } from '@/components/Tappable';

type Props = {
  status: ApplicationStatus;
  nextActions?: readonly ApplicationAction[];
  onAction: (action: StaffAction) => void;
};

/** One clear button per legal action; the main one first. Nothing is shown that the server would refuse. */
export default function ActionBar({ status, nextActions, onAction }: Props) {
  const primary = PRIMARY_ACTION[status];
  const actions = staffActions(status, nextActions).sort((a, b) => Number(b === primary) - Number(a === primary));
  if (!actions.length) return <Text className='case-actions__none'>这个案件已结束，不需要再办理</Text>;
  return (
    <View className='case-actions'>
      <Text className='case-section__title'>办理</Text>
      <View className='case-actions__grid'>
        {actions.map((action) => (
          <View
            key={action}
            className={`case-action case-action--${action}${action === primary ? ' case-action--primary' : ''}`}
            {...tapProps(() => onAction(action))}
          >
            <Text className='case-action__text'>{ACTION_LABELS[action]}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
