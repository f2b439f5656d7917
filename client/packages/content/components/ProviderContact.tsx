import { Text } from '@tarojs/components';
import ContentPhone from '@/components/ContentPhone';
import './ListSearch.scss';

type Props = {
  provider: { kind: string; phone: string | null; address: string | null; isSampleContact: boolean };
};

/**
 * How to reach a provider: tap to call when a real number is on file; a sample number is shown as such; with
 * no number, whom to ask instead (never an invented number).
 */
export default function ProviderContact({ provider }: Props) {
  if (provider.phone && !provider.isSampleContact) return <ContentPhone phone={provider.phone} />;
  return (
    <>
      {provider.phone ? <Text className='list-card__text'>电话：{provider.phone}（示例号码，暂不能拨打）</Text> : null}
      <Text className='list-card__text'>
        {provider.kind === 'department'
          ? '可以到所在社区（村）服务点或街道（镇）服务站，请工作人员帮您联系。'
          : '可以到所在社区（村）服务点，请工作人员帮您联系；也可以直接点“我要求助”。'}
      </Text>
    </>
  );
}
