import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/ActionButton';
import { loginWithWechat } from '@/services/auth';
import type { LoginViewProps } from './login-view';

/** 微信一键登录: the mini-program's only login. */
export default function WechatLogin({ busy, attempt, inviteField }: LoginViewProps) {
  return (
    <View className='login__wechat'>
      {inviteField}
      <ActionButton className='login__primary' busy={busy} busyText='正在登录…' onTap={() => attempt(loginWithWechat)}>
        微信一键登录
      </ActionButton>
      <Text className='login__hint'>只用来确认您的身份，不会看到您的聊天内容</Text>
    </View>
  );
}
