import { Text, View } from '@tarojs/components';
import { NEED_TIER_LABELS, NEED_TIERS } from '@shared/domain/assistance';
import { CHANNELS, URGENCIES, URGENCY_LABELS, type Channel, type Urgency } from '@shared/domain/categories';
import { Choice } from '@/components/StaffForm';
import { CHANNEL_LABELS } from '@/packages/staff/lib/format';
import type { QueueFilters } from '../filters';

type Props = { filters: QueueFilters; onChange: (next: QueueFilters) => void };

/** Tapping the chosen option again clears it. */
const toggle = <T,>(current: T | undefined, value: T) => (current === value ? undefined : value);

const NEED_OPTIONS = [
  ...NEED_TIERS.map((t) => ({ value: t, label: NEED_TIER_LABELS[t] })),
  { value: 'unsure' as const, label: '不确定' },
];

/** Urgency, overdue, need tier and channel. Each change applies at once. */
export default function FilterPanel({ filters, onChange }: Props) {
  return (
    <View className='queue-filters'>
      <Choice
        label='紧急程度'
        options={URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u] }))}
        value={filters.urgency}
        onChange={(u: Urgency) => onChange({ ...filters, urgency: toggle(filters.urgency, u) })}
      />
      <Choice
        label='办理期限'
        options={[{ value: 'overdue', label: '只看已超时' }]}
        value={filters.overdue ? 'overdue' : undefined}
        onChange={() => onChange({ ...filters, overdue: !filters.overdue })}
      />
      <Choice
        label='需求类型'
        options={NEED_OPTIONS}
        value={filters.needTier}
        onChange={(t) => onChange({ ...filters, needTier: toggle(filters.needTier, t) })}
      />
      <Choice
        label='来源'
        options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
        value={filters.channel}
        onChange={(c: Channel) => onChange({ ...filters, channel: toggle(filters.channel, c) })}
      />
      <Text className='queue-filters__hint'>再点一次已选的条件，可以取消</Text>
    </View>
  );
}
