import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { categoryText, chinaMonth, monthText, shiftMonth } from '@/packages/district/lib/labels';
import { tapProps } from '@/components/Tappable';

/** 月度缺口报告: needs of a month that found no policy and no service, in groups with counts. */
export default function GapReport() {
  const [month, setMonth] = useState(() => chinaMonth(new Date()));
  const query = usePageQuery(() => call('needs.gapReport', { month }), [month]);
  const data = query.data;
  return (
    <View className='needs__card'>
      <View className='needs__month'>
        <Text className='needs__link' {...tapProps(() => setMonth(shiftMonth(month, -1)))}>
          ‹ 上个月
        </Text>
        <Text className='needs__title'>{monthText(month)}缺口报告</Text>
        <Text className='needs__link' {...tapProps(() => setMonth(shiftMonth(month, 1)))}>
          下个月 ›
        </Text>
      </View>
      {query.error ? <Text className='needs__error'>{query.error.message}</Text> : null}
      {data ? (
        <>
          <Text className='needs__sub'>
            本月共 {data.total} 件求助，其中 {data.unmatched} 件没有找到对应的政策或服务。
          </Text>
          {data.groups.map((g, i) => (
            <View key={i} className='needs__gap'>
              <Text className='needs__gap-name'>
                {g.categories.length
                  ? g.categories.map(categoryText).join('、')
                  : g.keywords.length
                    ? `未归类：${g.keywords.join('、')}`
                    : '未归类（其他）'}
              </Text>
              <Text className='needs__gap-count'>{g.count} 件</Text>
            </View>
          ))}
        </>
      ) : null}
    </View>
  );
}
