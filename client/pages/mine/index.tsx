import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import PageShell from '@/components/PageShell';
import { refreshMe } from '@/services/auth';
import { ApiError } from '@/services/api-error';
import { hasContent, loadDraft } from '@/services/draft';
import { readReturnUrl, removeReturnUrl } from '@/storage/apply';
import { useSession } from '@/stores/session';
import CareModeSwitch from './components/CareModeSwitch';
import Entries from './components/Entries';
import LoginDevices from './components/LoginDevices';
import LoginPanel from './components/LoginPanel';
import Profile from './components/Profile';
import './index.scss';

function draftInProgress(): boolean {
  const draft = loadDraft();
  return Boolean(draft && hasContent(draft));
}

/** 我的: apply / my applications / workbench entries, login (or who I am and my roles), care mode, logout, 登录设备. */
export default function MinePage() {
  const session = useSession();
  const userId = session?.user.id;
  const [expired, setExpired] = useState(false);
  const [hasDraft, setHasDraft] = useState(draftInProgress);
  const previousUser = useRef(userId);

  useDidShow(() => setHasDraft(draftInProgress()));

  // Right after logging in here, go back to where the login was asked for (e.g. the apply wizard).
  useEffect(() => {
    const wasLoggedIn = Boolean(previousUser.current);
    previousUser.current = userId;
    if (!userId || wasLoggedIn) return;
    const url = readReturnUrl();
    if (!url) return;
    removeReturnUrl();
    void Taro.navigateTo({ url });
  }, [userId]);

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
        <Text className='mine__title'>{session ? `您好，${session.user.displayName}` : '我的'}</Text>
        {session ? null : <Text className='mine__subtitle'>登录后可以申请帮助、查看办理进度</Text>}
      </View>
      {expired && !session ? <Text className='mine__notice'>登录已过期，请重新登录</Text> : null}
      <Entries user={session?.user ?? null} hasDraft={hasDraft} />
      <CareModeSwitch />
      {session ? <Profile user={session.user} /> : <LoginPanel />}
      {session ? <LoginDevices key={session.user.id} /> : null}
    </PageShell>
  );
}
