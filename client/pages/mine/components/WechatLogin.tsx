import { Button, Text, View } from '@tarojs/components';
import { loginWithWechat } from '../../../services/auth';
import type { LoginAttempt } from './LoginPanel';

type Props = { busy: boolean; attempt: LoginAttempt };

/** 微信一键登录: the mini-program's only login. */
export default function WechatLogin({ busy, attempt }: Props) {
  return (
    <View className='login__wechat'>
      <Button className='login__primary' disabled={busy} onClick={() => attempt(loginWithWechat)}>
        {busy ? '正在登录…' : '微信一键登录'}
      </Button>
      <Text className='login__hint'>只用于确认您的身份,不会获取您的聊天内容</Text>
    </View>
  );
}
