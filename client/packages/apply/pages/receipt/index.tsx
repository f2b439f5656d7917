import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import ApplicationSuggestions from '@/components/Suggestions';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { receiptFromDetail, referenceGroups, shortDateTime, storedReceipt, type ReceiptView } from './view';
import './index.scss';

/** After submitting: the reference number to read out, where the request went and why, and 查看进度. */
export default function ReceiptPage() {
  const id = useRouter()?.params?.id ?? '';
  const query = usePageQuery<ReceiptView>(
    async () => storedReceipt(id) ?? receiptFromDetail(await call('applications.get', { id })),
    [id],
  );

  const copy = (refNo: string) => void Taro.setClipboardData({ data: refNo });
  const callPoint = (phone: string) => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);

  return (
    <PageShell className='receipt' query={query}>
      {(r) => (
        <>
          <View className='receipt__header'>
            <Text className='receipt__title'>{r.channel === 'referral' ? '谢谢您，已经收到' : '申请已提交'}</Text>
            <Text className='receipt__subtitle'>
              {r.channel === 'referral' ? '工作人员会去了解情况' : '工作人员会尽快联系'}
            </Text>
          </View>
          <View className='receipt__card'>
            <Text className='receipt__label'>申请编号（打电话询问时报这个号）</Text>
            <View className='receipt__reference' aria-label={r.refNo}>
              {referenceGroups(r.refNo).map((group, i) => (
                <Text key={i} className='receipt__reference-group'>
                  {group}
                </Text>
              ))}
            </View>
            <Text className='receipt__copy' onClick={() => copy(r.refNo)}>
              复制编号
            </Text>
          </View>
          <View className='receipt__card receipt__point'>
            <Text className='receipt__label'>负责的服务点</Text>
            <Text className='receipt__point-name'>{r.pointName ?? '区级助联体'}</Text>
            {r.pointPhone ? (
              <View className='receipt__call' onClick={() => callPoint(r.pointPhone!)}>
                <Text className='receipt__call-text'>打电话：{r.pointPhone}</Text>
              </View>
            ) : (
              <Text className='receipt__line'>电话待补充，也可以直接去服务点问</Text>
            )}
            {r.pointAddress ? <Text className='receipt__line'>地址：{r.pointAddress}</Text> : null}
            {r.reason ? <Text className='receipt__reason'>为什么是这里：{r.reason}</Text> : null}
            {r.dueAt ? <Text className='receipt__line'>一般在 {shortDateTime(r.dueAt)} 前会有人受理</Text> : null}
          </View>
          {r.channel === 'referral' ? null : <ApplicationSuggestions applicationId={r.id} />}
          <View className='receipt__actions'>
            <ActionButton
              className='receipt__progress'
              onTap={() => void Taro.redirectTo({ url: `/packages/mine/pages/application/index?id=${r.id}` })}
            >
              查看进度
            </ActionButton>
            <ActionButton
              className='receipt__home'
              kind='plain'
              onTap={() => void Taro.switchTab({ url: '/pages/index/index' })}
            >
              回到首页
            </ActionButton>
          </View>
        </>
      )}
    </PageShell>
  );
}
