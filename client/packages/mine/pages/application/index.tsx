import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { TApplicationDetail } from '@shared/schemas/applications';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { formatDateTime } from '@/packages/mine/format';
import Actions from './components/Actions';
import Attachments from './components/Attachments';
import ProvideInfo from './components/ProvideInfo';
import Timeline from './components/Timeline';
import ApplicationSuggestions from '@/components/Suggestions';
import './index.scss';

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
                {d.servicePointPhone ? (
                  <View
                    className='app-detail__call'
                    onClick={() =>
                      void Taro.makePhoneCall({ phoneNumber: d.servicePointPhone! }).catch(() => undefined)
                    }
                  >
                    <Text className='app-detail__call-text'>打电话：{d.servicePointPhone}</Text>
                  </View>
                ) : (
                  <Text className='app-detail__hint'>电话待补充，也可以直接去服务点问</Text>
                )}
                {d.routingReason ? <Text className='app-detail__hint'>为什么是这里：{d.routingReason}</Text> : null}
              </View>
              {d.canProvideInfo ? <ProvideInfo id={d.id} onDone={setFresh} /> : null}
              <View className='app-detail__card'>
                <Text className='app-detail__card-title'>办理进度</Text>
                <Timeline entries={d.timeline} />
              </View>
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
