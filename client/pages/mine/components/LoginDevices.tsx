import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TAuthSessionItem } from '@shared/schemas/accounts';
import Dialog from '@/components/Dialog';
import { formatDateTime } from '@/components/ContentFormat';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import './LoginDevices.scss';
import { tapProps } from '@/components/Tappable';

const labelOf = (s: TAuthSessionItem) => s.deviceLabel ?? '未知设备';

/** 登录设备: where this account is logged in; any other login can be ended from here (e.g. a lost phone). */
export default function LoginDevices() {
  const list = usePageQuery(() => call('auth.sessions.list', {}));
  const [ending, setEnding] = useState<TAuthSessionItem>();
  const [error, setError] = useState<string>();

  const end = async (target: TAuthSessionItem) => {
    setEnding(undefined);
    setError(undefined);
    try {
      await call('auth.sessions.end', { id: target.id });
    } catch (caught) {
      setError(toApiError(caught).message);
    }
    await list.reload();
  };

  const items = list.data?.items ?? [];
  return (
    <View className='devices'>
      <Text className='devices__title'>登录设备</Text>
      <Text className='devices__hint'>不认识的设备，或别人的手机、公用电脑上的登录，可以在这里让它退出。</Text>
      {list.error && !list.data ? <Text className='devices__error'>登录设备没有读出来，请下拉刷新再试。</Text> : null}
      {error ? <Text className='devices__error'>{error}</Text> : null}
      {items.map((s) => (
        <View key={s.id} className='devices__row'>
          <View className='devices__text'>
            <Text className='devices__name'>
              {labelOf(s)}
              {s.current ? '（本机）' : ''}
            </Text>
            <Text className='devices__meta'>
              {formatDateTime(s.createdAt)} 登录，最近使用 {formatDateTime(s.lastUsedAt)}
            </Text>
          </View>
          {s.current ? null : (
            <Text className='devices__end' {...tapProps(() => setEnding(s))}>
              让它退出
            </Text>
          )}
        </View>
      ))}
      <Dialog
        open={Boolean(ending)}
        title='让这台设备退出登录？'
        content={ending ? `${labelOf(ending)}上的登录会马上结束，那台设备需要重新登录才能使用。` : undefined}
        actions={[
          { label: '让它退出', kind: 'danger', onTap: () => void (ending && end(ending)) },
          { label: '取消', onTap: () => setEnding(undefined) },
        ]}
      />
    </View>
  );
}
