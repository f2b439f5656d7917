import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { Role } from '@shared/domain/roles';
import { useSession } from '@/stores/session';
import ActionButton from '../ActionButton';
import PageShell from '../PageShell';
import './index.scss';

type Props = {
  /** Any one of these roles opens the page. */
  roles: readonly Role[];
  children: ReactNode;
};

const HOME_TAB = '/pages/index/index';
const MINE_TAB = '/pages/mine/index';

/**
 * Staff and admin pages render their content only for a session holding one of `roles`; everyone else
 * gets a plain refusal with a way back (the API refuses them too, this just says it kindly and first).
 */
export default function StaffGate({ roles, children }: Props) {
  const session = useSession();
  const allowed = Boolean(session?.user.roles.some((role) => roles.includes(role)));
  if (allowed) return <>{children}</>;

  return (
    <PageShell className='staff-gate'>
      <View className='staff-gate__box'>
        <Text className='staff-gate__title'>这里是工作人员使用的页面</Text>
        <Text className='staff-gate__text'>
          {session
            ? '您的账号没有使用这个页面的权限。需要帮助，请回到首页。'
            : '工作人员请先到「我的」登录。需要帮助，请回到首页。'}
        </Text>
        <ActionButton className='staff-gate__action' onTap={() => void Taro.switchTab({ url: HOME_TAB })}>
          回到首页
        </ActionButton>
        {session ? null : (
          <ActionButton
            className='staff-gate__action'
            kind='plain'
            onTap={() => void Taro.switchTab({ url: MINE_TAB })}
          >
            去登录
          </ActionButton>
        )}
      </View>
    </PageShell>
  );
}
