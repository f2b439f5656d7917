import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ROLE_LABELS } from '@shared/domain/roles';
import type { TMe, TMembership } from '@shared/schemas/auth';
import ActionButton from '@/components/ActionButton';
import Dialog from '@/components/Dialog';
import { logout } from '@/services/auth';
import PhoneBind from './PhoneBind';

type Props = { user: TMe };

function placeOf(membership: TMembership): string {
  return membership.servicePoint?.name ?? membership.department?.name ?? membership.provider?.name ?? '全区';
}

/** Who is logged in: name, roles in Chinese, where each staff role works, and 退出登录. */
export default function Profile({ user }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [leaving, setLeaving] = useState(false);

  const handleLogout = async () => {
    setConfirming(false);
    setLeaving(true);
    await logout(); // the session store then switches the page back to the login view
  };

  return (
    <View className='profile'>
      <Text className='profile__name'>{user.displayName}</Text>
      {user.phoneMasked ? <Text className='profile__line'>手机号：{user.phoneMasked}</Text> : <PhoneBind />}
      <Text className='profile__line'>
        身份：{user.roles.map((role) => ROLE_LABELS[role]).join('、') || ROLE_LABELS.resident}
      </Text>
      {user.memberships.length > 0 ? (
        <View className='profile__memberships'>
          <Text className='profile__subtitle'>工作单位</Text>
          {user.memberships.map((m, i) => (
            <Text key={`${m.role}-${i}`} className='profile__membership'>
              {ROLE_LABELS[m.role]}：{placeOf(m)}
            </Text>
          ))}
        </View>
      ) : null}
      <ActionButton
        className='profile__logout'
        kind='danger-outline'
        busy={leaving}
        busyText='正在退出…'
        onTap={() => setConfirming(true)}
      >
        退出登录
      </ActionButton>
      <Dialog
        open={confirming}
        title='确定要退出登录吗？'
        content='退出后，再次使用需要重新登录'
        actions={[
          { label: '退出登录', kind: 'danger', onTap: handleLogout },
          { label: '不退出', onTap: () => setConfirming(false) },
        ]}
      />
    </View>
  );
}
