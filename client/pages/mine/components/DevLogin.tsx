import { Text, View } from '@tarojs/components';
import { ROLE_LABELS } from '@shared/domain/roles';
import ErrorView from '@/components/ErrorView';
import Skeleton from '@/components/Skeleton';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { loginAsDemoUser } from '@/services/auth';
import type { LoginViewProps } from './login-view';
import { tapProps } from '@/components/Tappable';

/** Outside demo mode the server has no demo-login endpoints (404): the same as "no demo login offered", quietly. */
const NO_DEMO_LOGIN = { enabled: false, users: [] };
const loadDemoUsers = () =>
  call('auth.devUsers', {}).catch((caught: unknown) => {
    if (toApiError(caught).code === 'NOT_FOUND') return NO_DEMO_LOGIN;
    throw caught;
  });

/** H5 demo login: pick one of the demo accounts (the server offers them only in demo mode, DEMO_MODE=true). */
export default function DevLogin({ busy, attempt, inviteField }: LoginViewProps) {
  const query = usePageQuery(loadDemoUsers);

  if (!query.data) {
    return query.error ? (
      <ErrorView error={query.error} retrying={query.loading} onRetry={query.reload} />
    ) : (
      <Skeleton cards={3} />
    );
  }
  if (!query.data.enabled) {
    return <Text className='login__hint'>网页版暂时不能登录，请在微信里打开「助联」小程序登录</Text>;
  }

  return (
    <View className='dev-login'>
      <Text className='login__title'>选择一个演示账号登录</Text>
      <Text className='login__hint'>这是测试用的网页版，正式使用请在微信小程序里登录</Text>
      {inviteField}
      {query.data.users.map((user) => (
        <View
          key={user.id}
          className={`dev-login__user${busy ? ' dev-login__user--busy' : ''}`}
          {...tapProps(() => (busy ? undefined : attempt((invite) => loginAsDemoUser(user.id, invite))))}
        >
          <Text className='dev-login__name'>{user.displayName}</Text>
          <Text className='dev-login__line'>{user.description}</Text>
          <Text className='dev-login__line'>身份：{user.roles.map((role) => ROLE_LABELS[role]).join('、')}</Text>
        </View>
      ))}
    </View>
  );
}
