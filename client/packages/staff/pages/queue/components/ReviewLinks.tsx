import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Role } from '@shared/domain/roles';
import { tapProps } from '@/components/Tappable';
import './StaffLists.scss';

const LINKS = [
  {
    label: '未归类需求',
    url: '/packages/district/pages/unclassified/index',
    roles: ['point_staff', 'station_staff', 'hub_staff'],
  },
  {
    label: '合并同户',
    url: '/packages/district/pages/merge/index',
    roles: ['point_staff', 'station_staff', 'hub_staff'],
  },
  { label: '查看记录', url: '/packages/district/pages/audit/index', roles: ['hub_staff'] },
] as const;

/** Links from the phone workbench to the district review pages (issue 12); the desktop layout has them in its navigation. */
export default function ReviewLinks({ roles }: { roles: readonly Role[] }) {
  const links = LINKS.filter((l) => l.roles.some((r) => roles.includes(r)));
  if (!links.length) return null;
  return (
    <View className='staff-lists'>
      <Text className='staff-lists__label'>汇总：</Text>
      {links.map((l) => (
        <Text key={l.url} className='staff-lists__link' {...tapProps(() => void Taro.navigateTo({ url: l.url }))}>
          {l.label} ›
        </Text>
      ))}
    </View>
  );
}
