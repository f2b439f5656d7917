import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TMyApplication } from '@shared/schemas/applications';
import { applicationUrl, formatDateTime } from '@/packages/mine/format';
import { tapProps } from '@/components/Tappable';

type Item = TMyApplication;

/** One application in the list: who it is for, its status in words, when, and where it is handled. */
export default function ApplicationCard({ item }: { item: Item }) {
  const isReferral = item.role === 'referrer';
  return (
    <View
      className='my-app-card'
      data-id={item.id}
      {...tapProps(() => void Taro.navigateTo({ url: applicationUrl(item.id) }), { role: 'link' })}
    >
      <View className='my-app-card__head'>
        <Text className='my-app-card__name'>
          {item.role === 'applicant' && item.channel === 'self' ? '为我自己' : item.subjectName}
        </Text>
        <Text className={`my-app-card__status${item.canProvideInfo ? ' my-app-card__status--action' : ''}`}>
          {item.statusText}
        </Text>
      </View>
      {item.canProvideInfo ? <Text className='my-app-card__todo'>需要您补充情况，点开填写 ›</Text> : null}
      <Text className='my-app-card__line'>编号：{item.refNo}</Text>
      <Text className='my-app-card__line'>
        {isReferral ? '反映' : '提交'}时间：{formatDateTime(item.createdAt)}
      </Text>
      {item.servicePointName ? <Text className='my-app-card__line'>负责：{item.servicePointName}</Text> : null}
      <Text className='my-app-card__more'>查看详情 ›</Text>
    </View>
  );
}
