import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { REVEAL_REASON_LABELS, type TRevealAnomalies } from '@shared/schemas/cases';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import './RevealAnomalies.scss';

/**
 * For hub and station staff: colleagues who revealed unusually many full ID numbers or phones in the last 24 hours
 * (cases.revealAnomalies), with counts by reason. Shows nothing when there is nobody to list.
 */
export default function RevealAnomalies() {
  const [data, setData] = useState<TRevealAnomalies>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    call('cases.revealAnomalies', {})
      .then((answer) => live && setData(answer))
      .catch((caught: unknown) => live && setError(toApiError(caught).message));
    return () => {
      live = false;
    };
  }, []);

  if (error) return <Text className='reveal-anomalies__error'>查看记录提醒没有加载出来：{error}</Text>;
  if (!data?.items.length) return null;
  return (
    <View className='reveal-anomalies'>
      <Text className='reveal-anomalies__title'>查看完整号码次数偏多（近 24 小时超过 {data.threshold} 次）</Text>
      {data.items.map((item) => (
        <View key={item.userId} className='reveal-anomalies__row'>
          <Text className='reveal-anomalies__name'>
            {item.displayName}：{item.total} 次
          </Text>
          <Text className='reveal-anomalies__reasons'>
            {item.byReason.map((r) => `${REVEAL_REASON_LABELS[r.reason]} ${r.count} 次`).join('，')}
          </Text>
        </View>
      ))}
    </View>
  );
}
