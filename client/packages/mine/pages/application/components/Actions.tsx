import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TApplicationDetail } from '@shared/schemas/applications';
import ActionButton from '@/components/ActionButton';
import Dialog from '@/components/Dialog';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';

type Props = { detail: TApplicationDetail; onDone: (detail: TApplicationDetail) => void; onStale: () => void };
type Pending = 'withdraw' | 'revoke' | null;

const CONFIRM = {
  withdraw: {
    title: '确定撤回这份申请吗？',
    content: '撤回后工作人员就不再办理了。以后有需要，可以重新申请。',
    label: '撤回申请',
  },
  revoke: {
    title: '确定撤回授权吗？',
    content: '撤回后，家人替您提交的这份申请会停止办理。需要帮助时，您可以自己重新申请。',
    label: '撤回授权',
  },
} as const;

/** Withdraw (applicant) and revoke consent (the subject of a relative's application), each after confirming. */
export default function Actions({ detail, onDone, onStale }: Props) {
  const [confirming, setConfirming] = useState<Pending>(null);
  const [busy, setBusy] = useState<Pending>(null);

  const run = async (action: 'withdraw' | 'revoke') => {
    setConfirming(null);
    setBusy(action);
    try {
      const next =
        action === 'withdraw'
          ? await call('applications.withdraw', { id: detail.id })
          : await call('applications.revokeConsent', { id: detail.id });
      onDone(next);
      void Taro.showToast({ title: action === 'withdraw' ? '已撤回' : '已撤回授权', icon: 'none', duration: 2000 });
    } catch (caught) {
      const error = toApiError(caught);
      void Taro.showToast({ title: error.message, icon: 'none', duration: 3000 });
      if (error.code === 'CONFLICT') onStale(); // the status moved on: show the current one
    } finally {
      setBusy(null);
    }
  };

  if (!detail.canWithdraw && !detail.canRevokeConsent) return null;
  const open = confirming ? CONFIRM[confirming] : null;
  return (
    <View className='app-detail__actions'>
      {detail.canWithdraw ? (
        <ActionButton
          className='app-detail__withdraw'
          kind='danger-outline'
          busy={busy === 'withdraw'}
          busyText='正在撤回…'
          onTap={() => setConfirming('withdraw')}
        >
          撤回申请
        </ActionButton>
      ) : null}
      {detail.canRevokeConsent ? (
        <ActionButton
          className='app-detail__revoke'
          kind='danger-outline'
          busy={busy === 'revoke'}
          busyText='正在撤回…'
          onTap={() => setConfirming('revoke')}
        >
          撤回对家人代办的授权
        </ActionButton>
      ) : null}
      <Dialog
        open={Boolean(open)}
        title={open?.title ?? ''}
        content={open?.content}
        actions={[
          { label: open?.label ?? '', kind: 'danger', onTap: () => void run(confirming!) },
          { label: '不撤回', onTap: () => setConfirming(null) },
        ]}
      />
    </View>
  );
}
