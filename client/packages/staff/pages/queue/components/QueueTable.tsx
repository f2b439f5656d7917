import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TCaseQueueItem } from '@shared/schemas/cases';
import SortableTable, { type Column } from '@/components/SortableTable';
import { CHANNEL_LABELS, STATUS_LABELS, deadlineBadge, urgencyLabel } from '@/packages/staff/lib/format';

const URGENCY_ORDER = { emergency: 0, urgent: 1, normal: 2 } as const;

const columns = (now: Date): Column<TCaseQueueItem>[] => [
  { key: 'name', label: '求助对象', render: (i) => i.subjectName, sortValue: (i) => i.subjectName },
  { key: 'ref', label: '编号', render: (i) => i.refNo, sortValue: (i) => i.refNo },
  { key: 'status', label: '状态', render: (i) => STATUS_LABELS[i.status], sortValue: (i) => STATUS_LABELS[i.status] },
  {
    key: 'urgency',
    label: '紧急程度',
    render: (i) => urgencyLabel(i.urgency),
    sortValue: (i) => URGENCY_ORDER[i.urgency],
  },
  {
    key: 'due',
    label: '期限',
    render: (i) => (
      <Text className={i.overdue ? 'queue-table__overdue' : undefined}>{deadlineBadge(i, now)?.text ?? '—'}</Text>
    ),
    sortValue: (i) => i.dueAt,
  },
  { key: 'channel', label: '来源', render: (i) => CHANNEL_LABELS[i.channel], sortValue: (i) => i.channel },
  {
    key: 'place',
    label: '地点',
    render: (i) => [i.streetName, i.communityName].filter(Boolean).join(' · ') || '—',
    sortValue: (i) => `${i.streetName ?? ''}${i.communityName ?? ''}` || null,
  },
  { key: 'point', label: '办理站点', render: (i) => i.servicePointName ?? '—', sortValue: (i) => i.servicePointName },
];

/** The queue as a sortable table (desktop layout); deadline order first, as the phone list. */
export default function QueueTable({ items }: { items: TCaseQueueItem[] }) {
  return (
    <SortableTable
      label='案件列表'
      columns={columns(new Date())}
      rows={items}
      rowKey={(i) => i.id}
      initialSort={{ key: 'due', dir: 'asc' }}
      rowClass={(i) => (i.overdue ? 'queue-table__row--overdue' : undefined)}
      onRowTap={(i) => void Taro.navigateTo({ url: `/packages/staff/pages/case/index?id=${i.id}` })}
      empty='没有符合条件的案件'
    />
  );
}
