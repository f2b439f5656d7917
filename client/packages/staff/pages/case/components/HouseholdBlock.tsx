import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { THousehold } from '@shared/schemas/district';
import { tapProps } from '@/components/Tappable';
import { call } from '@/services/api';
import { CHANNEL_LABELS } from '@/packages/staff/lib/format';

/**
 * 同户的其他求助 (issue 12.3): the other cases staff merged with this one, those in the caller's scope; each keeps its
 * own progress. Shown only when there are some; a failed read shows nothing (the case itself is what matters here).
 */
export default function HouseholdBlock({ caseId }: { caseId: string }) {
  const [household, setHousehold] = useState<THousehold | null>(null);
  useEffect(() => {
    let live = true;
    call('households.ofCase', { applicationId: caseId })
      .then((h) => live && setHousehold(h))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [caseId]);
  const others = household?.members.filter((m) => m.id !== caseId) ?? [];
  if (!household?.id || (others.length === 0 && household.hiddenMembers === 0)) return null;
  return (
    <View className='case-card-block'>
      <Text className='case-section__title'>同户的其他求助</Text>
      {others.map((m) => (
        <Text
          key={m.id}
          className='case-household__item'
          {...tapProps(() => void Taro.navigateTo({ url: `/packages/staff/pages/case/index?id=${m.id}` }), {
            role: 'link',
          })}
        >
          {m.subjectName} · {m.refNo} · {CHANNEL_LABELS[m.channel]} · {m.statusLabel} ›
        </Text>
      ))}
      {household.hiddenMembers ? (
        <Text className='case-household__hidden'>另有 {household.hiddenMembers} 件在其他辖区办理</Text>
      ) : null}
    </View>
  );
}
