import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { isWeapp } from '@/env';
import Dialog from '@/components/Dialog';
import { toApiError } from '@/services/api-error';
import DevLogin from './DevLogin';
import WechatLogin from './WechatLogin';
import type { LoginAttempt } from './login-view';
import './LoginPanel.scss';
import { tapProps } from '@/components/Tappable';

/** Logged-out view: WeChat login in the mini-program, demo-account login in H5, plus the staff invite code. */
export default function LoginPanel() {
  const [showInvite, setShowInvite] = useState(false);
  const [inviteCode, setInviteCode] = useState('');
  const [inviteError, setInviteError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const attempt: LoginAttempt = async (login) => {
    setBusy(true);
    setInviteError(undefined);
    try {
      await login(showInvite ? inviteCode : undefined);
      // Success: the session store switches the page to the profile view.
    } catch (caught) {
      const error = toApiError(caught);
      const fieldMessage = error.fieldMessage('inviteCode');
      setInviteError(fieldMessage);
      setBusy(false);
      // A dialog, not a toast: it stays until it is read (no time limits on reading, DESIGN §12).
      setFailure(fieldMessage ? `${fieldMessage}，请核对邀请码后再试` : error.message);
    }
  };

  const inviteField = showInvite ? (
    <View className='login__invite'>
      <Text className='login__label'>工作人员邀请码</Text>
      <Input
        className='login__input'
        value={inviteCode}
        maxlength={14}
        placeholder='例如 K7QM-3XPA-92HD'
        onInput={(e) => setInviteCode(e.detail.value)}
      />
      <Text className={inviteError ? 'login__error' : 'login__hint'}>{inviteError ?? '填好后，再点下面的登录'}</Text>
    </View>
  ) : (
    <Text className='login__invite-toggle' {...tapProps(() => setShowInvite(true))}>
      我是工作人员，有邀请码 ›
    </Text>
  );

  const Login = isWeapp ? WechatLogin : DevLogin;
  return (
    <View className='login'>
      <Login busy={busy} attempt={attempt} inviteField={inviteField} />
      <Dialog
        open={Boolean(failure)}
        title='没有登录成功'
        content={failure}
        actions={[{ label: '知道了', kind: 'primary', onTap: () => setFailure(undefined) }]}
      />
    </View>
  );
}
