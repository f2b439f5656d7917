import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import PageShell from '../../components/PageShell';
import { refreshMe } from '../../services/auth';
import { ApiError } from '../../services/api-error';
import { useSession } from '../../stores/session';
import CareModeSwitch from './components/CareModeSwitch';
import LoginPanel from './components/LoginPanel';
import Profile from './components/Profile';
import './index.scss';

/** 我的: login (or who I am and my roles), care mode, logout. */
export default function MinePage() {
  const session = useSession();
  const userId = session?.user.id;
  const [expired, setExpired] = useState(false);

  // Roles can change after login: re-read them when the page opens with a session and after each login.
  useEffect(() => {
    if (!userId) return;
    setExpired(false);
    refreshMe().catch((error: unknown) => {
      // The api layer already tried a refresh and cleared the session; say why the login view is back.
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') setExpired(true);
    });
  }, [userId]);

  return (
    <PageShell className='mine'>
      <View className='mine__header'>
        <Text className='mine__title'>{session ? `您好,${session.user.displayName}` : '我的'}</Text>
        {session ? null : <Text className='mine__subtitle'>登录后可以申请帮助、查看办理进度</Text>}
      </View>
      {expired && !session ? <Text className='mine__notice'>登录已过期,请重新登录</Text> : null}
      <CareModeSwitch />
      {session ? <Profile user={session.user} /> : <LoginPanel />}
    </PageShell>
  );
}
