import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { isWeapp } from '@/env';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { refreshMe } from '@/services/auth';

type PhoneEvent = { detail: { code?: string; errMsg?: string } };

/**
 * 绑定手机号 with WeChat's phone-number button (the mini-program only: H5 has no such button).
 * WeChat hands over a one-time code; auth.phone exchanges it on the server.
 */
export default function PhoneBind() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  if (!isWeapp) return null;

  const handlePhone = async (event: PhoneEvent) => {
    const code = event.detail.code;
    if (!code) {
      setMessage('没有拿到手机号。不绑定也可以，申请时再填写。');
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      await call('auth.phone', { code });
      await refreshMe();
    } catch (error) {
      setMessage(toApiError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='phone-bind'>
      <Button
        className='phone-bind__button'
        openType='getPhoneNumber'
        disabled={busy}
        onGetPhoneNumber={(e) => void handlePhone(e)}
      >
        {busy ? '正在绑定…' : '绑定微信手机号'}
      </Button>
      <Text className='phone-bind__hint'>绑定后，家人替您申请时，您也能看到进度</Text>
      {message ? <Text className='phone-bind__error'>{message}</Text> : null}
    </View>
  );
}
