import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { POINT_LEVEL_LABELS } from '@shared/domain/roles';
import { ZUuid } from '@shared/schemas/common';
import { chinaDay } from '@shared/domain/china-time';
import ActionButton from '@/components/ActionButton';
import { ContactCall, ContactVisit } from '@/components/ContactPlan';
import ContentPhone from '@/components/ContentPhone';
import ContentSection from '@/components/ContentSection';
import { wizardUrl } from '@/components/ContentLinks';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { isWeapp } from '@/env';
import { call } from '@/services/api';
import { ApiError } from '@/services/api-error';
import { describeExceptions, describeSchedule, openNowText } from '@/packages/org/components/schedule';
import PointServices from './components/PointServices';
import './index.scss';
import { tapProps } from '@/components/Tappable';

/** One service point: where, when (open now?), how to call, and what can be done there. */
export default function PointPage() {
  const id = useRouter()?.params?.id ?? '';
  const query = usePageQuery(async () => {
    if (!ZUuid.safeParse(id).success)
      throw new ApiError('NOT_FOUND', { message: '没有找到这个服务点，请返回上一页重新选择' });
    return call('servicePoints.get', { id });
  }, [id]);

  return (
    <PageShell className='point' query={query}>
      {(point) => {
        const canCall = Boolean(point.phone) && !point.isSampleContact;
        const canMap = isWeapp && point.lat !== null && point.lng !== null;
        const schedule = point.openingSchedule;
        const openKind = point.openNow === null ? 'unknown' : point.openNow ? 'yes' : 'no';
        const handleMap = () => {
          if (canMap)
            void Taro.openLocation({
              latitude: point.lat!,
              longitude: point.lng!,
              name: point.name,
              address: point.address ?? '',
            });
        };
        return (
          <>
            <View className='point__header'>
              <Text className='point__level'>{POINT_LEVEL_LABELS[point.level]}</Text>
              <Text className='point__title'>{point.name}</Text>
              {point.divisionName && !point.name.startsWith(point.divisionName) ? (
                <Text className='point__division'>{point.divisionName}</Text>
              ) : null}
            </View>
            <Text className={`point__open point__open--${openKind}`}>
              {openKind === 'yes' ? '● ' : openKind === 'no' ? '○ ' : '? '}
              {openNowText(point.openNow)}
            </Text>
            <ContentSection title='地址'>
              {point.address ? (
                <Text className={`point__line${canMap ? ' point__map' : ''}`} {...tapProps(handleMap)}>
                  {point.address}
                  {canMap ? '（点击看地图）' : ''}
                </Text>
              ) : (
                <View className='contact-plan point__contact'>
                  <Text className='point__line'>这个服务点的地址还没登记</Text>
                  {point.contact.visit.source !== 'point' ? (
                    <ContactVisit visit={point.contact.visit} label={false} />
                  ) : null}
                  {point.contact.visit.source === 'point' ? (
                    <Text className='contact-plan__why'>去之前先打下面的电话问怎么走</Text>
                  ) : null}
                  {canMap ? (
                    <Text className='point__line point__map' {...tapProps(handleMap)}>
                      在地图上看位置
                    </Text>
                  ) : null}
                </View>
              )}
            </ContentSection>
            <ContentSection title='开放时间'>
              {schedule && schedule.weekly.length > 0 ? (
                describeSchedule(schedule).map((line) => (
                  <Text key={line} className='point__line'>
                    {line}
                  </Text>
                ))
              ) : (
                <Text className='point__line'>{point.openingHours ?? '待补充'}</Text>
              )}
              {schedule
                ? describeExceptions(schedule, chinaDay(new Date())).map((line) => (
                    <Text key={line} className='point__line point__exception'>
                      {line}
                    </Text>
                  ))
                : null}
              {schedule?.weekly.length && point.openingHours ? (
                <Text className='point__hint'>{point.openingHours}</Text>
              ) : null}
              {!schedule?.publicHolidays ? <Text className='point__hint'>节假日可能不开门</Text> : null}
            </ContentSection>
            <ContentSection title='电话'>
              {canCall ? (
                <ContentPhone phone={point.phone!} />
              ) : (
                <View className='contact-plan point__contact'>
                  {point.phone ? <Text className='point__line'>{point.phone}（示例号码，暂不能拨打）</Text> : null}
                  <ContactCall call={point.contact.call} />
                </View>
              )}
            </ContentSection>
            {point.isSampleContact ? (
              <Text className='point__note'>联系方式和开放时间是示例，请以站点现场公布的为准</Text>
            ) : null}
            <ContentSection title='在这里能得到的帮助'>
              <PointServices services={point.services} />
            </ContentSection>
            <View className='point__actions'>
              <ActionButton onTap={() => void Taro.navigateTo({ url: wizardUrl() })}>我要求助</ActionButton>
            </View>
          </>
        );
      }}
    </PageShell>
  );
}
