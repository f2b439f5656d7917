import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { TApplicationDetail } from '@shared/schemas/applications';
import ContactPlan from '@/components/ContactPlan';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import Deliveries from '@/packages/mine/components/Deliveries';
import { formatDateTime } from '@/packages/mine/format';
import OutcomeCard from '@/packages/mine/components/OutcomeCard';
import Actions from './components/Actions';
import Attachments from './components/Attachments';
import ProvideInfo from './components/ProvideInfo';
import Timeline from './components/Timeline';
import ApplicationSuggestions from '@/components/Suggestions';
import './index.scss';
import { tapProps } from '@/components/Tappable';

const ROLE_LINES: Record<TApplicationDetail['role'], (d: TApplicationDetail) => string> = {
  applicant: (d) => (d.channel === 'proxy' ? `您替 ${d.subjectName} 提交的申请` : '您本人的申请'),
  subject: () => '家人替您提交的申请',
  referrer: (d) => `您反映的 ${d.subjectName} 的情况`,
};

/** One application: status in words, who handles it (tap to call), progress, files, and what the viewer may do. */
export default function ApplicationPage() {
  const id = useRouter()?.params?.id ?? '';
  const query = usePageQuery(() => call('applications.get', { id }), [id]);
  const [fresh, setFresh] = useState<TApplicationDetail>();
  useEffect(() => setFresh(undefined), [query.data]);
  const shown = { ...query, data: fresh ?? query.data };

  return (
    <PageShell className='app-detail' query={shown}>
      {(d) => (
        <>
          <View className='app-detail__header'>
            <Text className='app-detail__role'>{ROLE_LINES[d.role](d)}</Text>
            <Text className='app-detail__title app-detail__status'>{d.statusText}</Text>
            <Text className='app-detail__ref'>编号 {d.refNo}</Text>
          </View>
          {d.role === 'referrer' ? (
            <View className='app-detail__card app-detail__referrer'>
              <Text className='app-detail__line'>
                谢谢您告诉我们。为保护对方隐私，这里只显示「已收到」或「正在跟进」。
              </Text>
              <Text className='app-detail__line'>反映时间：{formatDateTime(d.createdAt)}</Text>
            </View>
          ) : (
            <>
              <View className='app-detail__card app-detail__point'>
                <Text className='app-detail__card-title'>负责的服务点</Text>
                <Text className='app-detail__point-name'>{d.servicePointName ?? '区级助联体'}</Text>
                {d.contact ? (
                  <ContactPlan plan={d.contact} pointNamed />
                ) : d.servicePointPhone ? (
                  <View
                    className='app-detail__call'
                    {...tapProps(
                      () => void Taro.makePhoneCall({ phoneNumber: d.servicePointPhone! }).catch(() => undefined),
                    )}
                  >
                    <Text className='app-detail__call-text'>打电话：{d.servicePointPhone}</Text>
                  </View>
                ) : null}
                {d.routingReason ? <Text className='app-detail__hint'>为什么是这里：{d.routingReason}</Text> : null}
              </View>
              <OutcomeCard detail={d} onDone={setFresh} onStale={() => void shown.reload()} />
              {d.canProvideInfo ? <ProvideInfo id={d.id} onDone={setFresh} /> : null}
              <View className='app-detail__card'>
                <Text className='app-detail__card-title'>办理进度</Text>
                <Timeline entries={d.timeline} />
              </View>
              <Deliveries items={d.deliveries} />
              <Attachments items={d.attachments} />
              <ApplicationSuggestions applicationId={d.id} />
              <Actions detail={d} onDone={setFresh} onStale={() => void shown.reload()} />
            </>
          )}
        </>
      )}
    </PageShell>
  );
}
