import { Text } from '@tarojs/components';
import PageShell from '../../../../components/PageShell';

// Placeholder while this page is being built (replaced in this session).
export default function Page() {
  return (
    <PageShell className='placeholder'>
      <Text>正在建设中</Text>
    </PageShell>
  );
}
