import { Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import './index.scss';

/** The sign-up's QR code, big, to show at the venue: staff scan it and the attendee is checked in. */
export default function SignupCodePage() {
  const id = useRouter()?.params?.id ?? '';
  const query = usePageQuery(() => call('events.qr', { kind: 'signup', id }), [id]);
  return (
    <PageShell className='signup-code' query={query}>
      {(qr) => (
        <View className='signup-code__box'>
          <Text className='signup-code__title'>到了活动现场，把这个码给工作人员扫一下就签到了</Text>
          <Image className='signup-code__image' src={qr.dataUrl} mode='aspectFit' ariaLabel='报名码' />
          <Text className='signup-code__hint'>也可以直接报姓名，工作人员在名单上帮您签到。</Text>
        </View>
      )}
    </PageShell>
  );
}
