import { Text, View } from '@tarojs/components';
import type { ApplicationStatus } from '@shared/domain/application-status';
import type { Urgency } from '@shared/domain/categories';
import { FLAG_LABELS, STATUS_LABELS, deadlineBadge, urgencyLabel } from '../lib/format';
import './CaseBadges.scss';

type Props = {
  status: ApplicationStatus;
  urgency: Urgency;
  dueAt: string | null;
  overdue: boolean;
  paused: boolean;
  flags: string[];
};

/** Status, deadline (overdue red, due today amber), urgency and flags. Every badge is text, never colour alone. */
export default function CaseBadges({ status, urgency, dueAt, overdue, paused, flags }: Props) {
  const deadline = deadlineBadge({ status, dueAt, overdue, paused });
  const shownFlags = flags.filter((f) => f !== 'emergency' || urgency !== 'emergency');
  return (
    <View className='case-badges'>
      <Text className={`case-badge case-badge--status case-badge--${status}`}>{STATUS_LABELS[status]}</Text>
      {deadline ? (
        <Text className={`case-badge case-badge--deadline case-badge--${deadline.tone}`}>{deadline.text}</Text>
      ) : null}
      {urgency !== 'normal' ? (
        <Text className={`case-badge case-badge--urgency-${urgency}`}>
          {urgency === 'emergency' ? '急难 · ' : ''}
          {urgencyLabel(urgency)}
        </Text>
      ) : null}
      {shownFlags.map((flag) => (
        <Text key={flag} className={`case-badge case-badge--flag case-badge--flag-${flag}`}>
          {FLAG_LABELS[flag] ?? flag}
        </Text>
      ))}
    </View>
  );
}
