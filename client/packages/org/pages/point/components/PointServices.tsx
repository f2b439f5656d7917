import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { DELIVERY_LABELS } from '@shared/domain/assistance';
import type { TServiceSummary } from '@shared/schemas/services';
import { tapProps } from '@/components/Tappable';

type Props = { services: TServiceSummary[] };

const FIRST_SHOWN = 6;
const CAPACITY_TEXT = { available: '', full: '名额已满', waitlist: '可以排队等候' } as const;

/** Services delivered at or around this point (listed for its division, its street/town or the district). */
export default function PointServices({ services }: Props) {
  const [expanded, setExpanded] = useState(false);
  if (services.length === 0) {
    return <Text className='point__empty'>这里能办的服务还在整理中，可以打电话或到现场问。</Text>;
  }
  const shown = expanded ? services : services.slice(0, FIRST_SHOWN);
  return (
    <View className='point__services'>
      {shown.map((s) => (
        <View key={s.slug} className='point-service'>
          <Text className='point-service__name'>{s.name}</Text>
          <Text className='point-service__meta'>
            {DELIVERY_LABELS[s.delivery]} · {s.provider.name}
            {CAPACITY_TEXT[s.capacity] ? ` · ${CAPACITY_TEXT[s.capacity]}` : ''}
          </Text>
          <Text className='point-service__desc'>{s.description}</Text>
        </View>
      ))}
      {shown.length < services.length ? (
        <Text className='point__expand' {...tapProps(() => setExpanded(true))}>
          还有 {services.length - shown.length} 项，点这里全部看 ▼
        </Text>
      ) : null}
    </View>
  );
}
