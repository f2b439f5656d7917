import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { emptyDraft, saveDraft } from '@/services/draft';
import { writeReturnUrl } from '@/storage/apply';
import { useSession } from '@/stores/session';
import './index.scss';

/**
 * 核对申请: a staff member started an application for me at a home visit. Opening their code on my own phone (once)
 * puts it into the apply wizard, where I check every answer, agree to the notices myself and send it.
 */
export default function HandoverPage() {
  const token = useRouter()?.params?.t ?? '';
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function open() {
    if (!session) {
      writeReturnUrl(`/packages/outreach/pages/handover/index?t=${token}`);
      void Taro.switchTab({ url: '/pages/mine/index' });
      return;
    }
    setBusy(true);
    try {
      const got = await call('discovery.handover.claim', { token });
      saveDraft({ ...emptyDraft(), ...got, channel: 'self', from: null, step: 'who' });
      void Taro.redirectTo({ url: '/packages/apply/pages/wizard/index?resume=1' });
    } catch (caught) {
      setError(toApiError(caught).message);
      setBusy(false);
    }
  }

  return (
    <PageShell className='handover'>
      <View className='handover__card'>
        <Text className='handover__title'>工作人员已经替您填好了申请</Text>
        <Text className='handover__line'>请您自己看一遍，有不对的地方可以改，确认后再提交。</Text>
        <Text className='handover__line'>这个码只能用一次。</Text>
        {error ? <Text className='handover__error'>{error}</Text> : null}
        <ActionButton busy={busy} onTap={() => void open()}>
          {session ? '打开申请，开始核对' : '先登录，再核对'}
        </ActionButton>
      </View>
    </PageShell>
  );
}
