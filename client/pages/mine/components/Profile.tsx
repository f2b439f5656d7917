import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ROLE_LABELS } from '@shared/domain/roles';
import type { TMe, TMembership } from '@shared/schemas/auth';
import { logout } from '../../../services/auth';

type Props = { user: TMe };

function placeOf(membership: TMembership): string {
  return membership.servicePoint?.name ?? membership.department?.name ?? '全区';
}

/** Who is logged in: name, roles in Chinese, where each staff role works, and 退出登录. */
export default function Profile({ user }: Props) {
  const [leaving, setLeaving] = useState(false);

  const handleLogout = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定要退出登录吗?', confirmText: '退出', cancelText: '不退出' });
    if (!confirm) return;
    setLeaving(true);
    await logout();
    setLeaving(false);
  };

  return (
    <View className='profile'>
      <Text className='profile__name'>{user.displayName}</Text>
      {user.phoneMasked ? <Text className='profile__line'>手机号:{user.phoneMasked}</Text> : null}
      <Text className='profile__line'>身份:{user.roles.map((role) => ROLE_LABELS[role]).join('、') || ROLE_LABELS.resident}</Text>
      {user.memberships.length > 0 ? (
        <View className='profile__memberships'>
          <Text className='profile__subtitle'>工作单位</Text>
          {user.memberships.map((m, i) => (
            <Text key={`${m.role}-${i}`} className='profile__membership'>
              {ROLE_LABELS[m.role]}:{placeOf(m)}
            </Text>
          ))}
        </View>
      ) : null}
      <Button className='profile__logout' disabled={leaving} onClick={handleLogout}>
        {leaving ? '正在退出…' : '退出登录'}
      </Button>
    </View>
  );
}
