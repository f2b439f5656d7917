import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TServicePoint } from '@shared/schemas/org';
import { PAGES, wizardUrl } from '@/components/ContentLinks';
import { tapProps } from '@/components/Tappable';

/** Hangzhou's government service hotline, which also answers social-assistance questions. */
export const HOTLINE = '12345';

type Props = { hub: TServicePoint | null };

/** Care-mode home: four big buttons, one per line, nothing else to read first. */
export default function CareActions({ hub }: Props) {
  const hubPhone = hub?.phone && !hub.isSampleContact ? hub.phone : null;
  const go = (url: string) => () => void Taro.navigateTo({ url });
  const dial = () => void Taro.makePhoneCall({ phoneNumber: hubPhone ?? HOTLINE }).catch(() => undefined);
  const buttons = [
    { key: 'help', title: '我要求助', text: '为自己、家人或邻居申请帮助', onTap: go(wizardUrl()) },
    { key: 'check', title: '我能申请什么', text: '回答几个小问题', onTap: go(PAGES.selfCheck) },
    { key: 'near', title: '找服务点', text: '看看离我最近的服务点', onTap: go(PAGES.near) },
    {
      key: 'call',
      title: '打电话',
      text: hubPhone ? `区级助联体 ${hubPhone}` : `${HOTLINE} 政务服务热线，可以问救助的事`,
      onTap: dial,
    },
  ];
  return (
    <View className='care-actions'>
      {buttons.map((b) => (
        <View key={b.key} className={`care-actions__button care-actions__button--${b.key}`} {...tapProps(b.onTap)}>
          <Text className='care-actions__title'>{b.title}</Text>
          <Text className='care-actions__text'>{b.text}</Text>
        </View>
      ))}
    </View>
  );
}
