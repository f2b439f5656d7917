import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TCaseQueueItem } from '@shared/schemas/cases';
import CaseBadges from '@/packages/staff/components/CaseBadges';
import { CHANNEL_LABELS, categoryLabel, needTierLabel } from '@/packages/staff/lib/format';
import { tapProps } from '@/components/Tappable';

type Props = { item: TCaseQueueItem; officer: boolean };

/** One case in the queue; tap opens it. */
export default function CaseCard({ item, officer }: Props) {
  const place = [item.streetName, item.communityName].filter(Boolean).join(' · ');
  const open = () => void Taro.navigateTo({ url: `/packages/staff/pages/case/index?id=${item.id}` });
  return (
    <View className={`case-card${item.overdue ? ' case-card--overdue' : ''}`} {...tapProps(open, { role: 'link' })}>
      <View className='case-card__top'>
        <Text className='case-card__name'>{item.subjectName}</Text>
        <Text className='case-card__ref'>{item.refNo}</Text>
      </View>
      <CaseBadges
        status={item.status}
        urgency={item.urgency}
        dueAt={item.dueAt}
        overdue={item.overdue}
        paused={item.paused}
        flags={item.flags}
      />
      <Text className='case-card__line'>
        {CHANNEL_LABELS[item.channel]} · {needTierLabel(item.needTier)}
        {item.categories.length ? ` · ${item.categories.map(categoryLabel).join('、')}` : ''}
      </Text>
      {place ? <Text className='case-card__line'>{place}</Text> : null}
      {!officer && item.servicePointName ? (
        <Text className='case-card__line'>办理站点：{item.servicePointName}</Text>
      ) : null}
      {item.assignedToMe ? <Text className='case-card__mine'>由我负责</Text> : null}
      <Text className='case-card__open'>查看详情 ›</Text>
    </View>
  );
}
