import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import ActionButton from '@/components/ActionButton';
import ContactPlan from '@/components/ContactPlan';
import PageShell from '@/components/PageShell';
import ApplicationSuggestions from '@/components/Suggestions';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { attributeApplication } from '@/services/outreach';
import { promisedBy } from '@shared/domain/china-time';
import { receiptFromDetail, referenceGroups, storedReceipt, withContact, type ReceiptView } from './view';
import './index.scss';
import { tapProps } from '@/components/Tappable';

/** After submitting: the reference number to read out, where the request went and why, and 查看进度. */
export default function ReceiptPage() {
  const id = useRouter()?.params?.id ?? '';
  const query = usePageQuery<ReceiptView>(
    async () => withContact(storedReceipt(id) ?? receiptFromDetail(await call('applications.get', { id }))),
    [id],
  );

  useEffect(() => {
    if (id) attributeApplication(id);
  }, [id]);
  const copy = (refNo: string) => void Taro.setClipboardData({ data: refNo });

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
            <Text className='receipt__label'>申请编号（打下面的电话时报这个号）</Text>
            <View className='receipt__reference' aria-label={r.refNo}>
              {referenceGroups(r.refNo).map((group, i) => (
                <Text key={i} className='receipt__reference-group'>
                  {group}
                </Text>
              ))}
            </View>
            <Text className='receipt__copy' {...tapProps(() => copy(r.refNo))}>
              复制编号
            </Text>
          </View>
          <View className='receipt__card receipt__point'>
            <Text className='receipt__label'>负责的服务点</Text>
            <Text className='receipt__point-name'>{r.pointName ?? '区级助联体'}</Text>
            {r.contact ? <ContactPlan plan={r.contact} className='receipt__contact' pointNamed /> : null}
            {r.reason ? <Text className='receipt__reason'>为什么是这里：{r.reason}</Text> : null}
            {r.dueAt ? <Text className='receipt__line'>一般在{promisedBy(r.dueAt)}会有人受理</Text> : null}
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
