import { Text, View } from '@tarojs/components';
import type { TStaffCaseDetail } from '@shared/schemas/cases';
import {
  CONTACT_OUTCOME_LABELS,
  EVENT_LABELS,
  OUTCOME_LABELS,
  STATUS_LABELS,
  formatDateTime,
} from '@/packages/staff/lib/format';

type Entry = TStaffCaseDetail['timeline'][number];

/** Extra detail an entry carries (contact result, outcome, alternatives, photos), in words. */
function extras(e: Entry): string[] {
  const d = e.data;
  const out: string[] = [];
  if (typeof d.outcome === 'string')
    out.push(`结果：${CONTACT_OUTCOME_LABELS[d.outcome] ?? OUTCOME_LABELS[d.outcome] ?? d.outcome}`);
  if (Array.isArray(d.alternatives) && d.alternatives.length) out.push(`其他途径：${d.alternatives.join(';')}`);
  if (Array.isArray(d.photoIds) && d.photoIds.length) out.push(`照片 ${d.photoIds.length} 张`);
  if (typeof d.visitedAt === 'string') out.push(`走访时间：${formatDateTime(d.visitedAt)}`);
  return out;
}

/** What happened to the case, newest first. */
export default function Timeline({ entries }: { entries: Entry[] }) {
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <View className='case-timeline'>
      <Text className='case-section__title'>办理记录</Text>
      {sorted.map((e) => (
        <View key={e.id} className='case-timeline__item'>
          <Text className='case-timeline__head'>
            {EVENT_LABELS[e.type] ?? e.type}
            {e.statusTo && e.statusTo !== e.statusFrom
              ? ` → ${STATUS_LABELS[e.statusTo as keyof typeof STATUS_LABELS] ?? e.statusTo}`
              : ''}
          </Text>
          <Text className='case-timeline__meta'>
            {formatDateTime(e.at)} · {e.actorName ?? '系统'}
          </Text>
          {e.note ? <Text className='case-timeline__note'>{e.note}</Text> : null}
          {extras(e).map((line) => (
            <Text key={line} className='case-timeline__extra'>
              {line}
            </Text>
          ))}
        </View>
      ))}
      {sorted.length === 0 ? <Text className='case-timeline__meta'>还没有办理记录</Text> : null}
    </View>
  );
}
