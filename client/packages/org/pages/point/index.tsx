import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { POINT_LEVEL_LABELS } from '@shared/domain/roles';
import { ZUuid } from '@shared/schemas/common';
import ActionButton from '@/components/ActionButton';
import ContentPhone from '@/components/ContentPhone';
import ContentSection from '@/components/ContentSection';
import { wizardUrl } from '@/components/ContentLinks';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { isWeapp } from '@/env';
import { call } from '@/services/api';
import { ApiError } from '@/services/api-error';
import { describeSchedule, openNowText } from '@/packages/org/components/schedule';
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
              <Text className={`point__line${canMap ? ' point__map' : ''}`} {...tapProps(handleMap)}>
                {point.address ?? '地址待补充，可以问问所在社区'}
                {canMap ? '（点击看地图）' : ''}
              </Text>
            </ContentSection>
            <ContentSection title='开放时间'>
              {point.openingSchedule && point.openingSchedule.weekly.length > 0 ? (
                describeSchedule(point.openingSchedule).map((line) => (
                  <Text key={line} className='point__line'>
                    {line}
                  </Text>
                ))
              ) : (
                <Text className='point__line'>{point.openingHours ?? '待补充'}</Text>
              )}
              <Text className='point__hint'>节假日可能不开门</Text>
            </ContentSection>
            <ContentSection title='电话'>
              {canCall ? (
                <ContentPhone phone={point.phone!} />
              ) : (
                <Text className='point__line'>
                  {point.phone ? `${point.phone}（示例号码，暂不能拨打）` : '电话待补充'}
                </Text>
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
