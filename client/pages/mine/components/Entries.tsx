import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Role } from '@shared/domain/roles';
import type { TMe } from '@shared/schemas/auth';
import { tapProps } from '@/components/Tappable';

type Entry = { key: string; title: string; hint: string; url: string };

/** Roles that work cases in the staff workbench (admins have their own console). */
const WORKBENCH_ROLES: readonly Role[] = ['point_staff', 'station_staff', 'hub_staff', 'dept_officer'];
const POINT_KEEPER_ROLES: readonly Role[] = ['point_staff', 'station_staff', 'hub_staff', 'admin'];
const COMPLETENESS_ROLES: readonly Role[] = ['station_staff', 'hub_staff', 'admin'];
/** Roles that see the district figures (stats.*), each within their own scope. */
const STATS_ROLES: readonly Role[] = ['point_staff', 'station_staff', 'hub_staff', 'dept_officer', 'admin'];
/** Roles that see household visits, open risks and 政策找人 (issue 13.5). */
const OUTREACH_READERS: readonly Role[] = ['point_staff', 'station_staff', 'hub_staff'];
/** Roles that send or receive service orders (服务单). */
const ORDER_ROLES: readonly Role[] = [...WORKBENCH_ROLES, 'provider_staff'];
/** Roles that keep (hub, admin) or attend (department officers) the monthly joint meeting. */
const MEETING_ROLES: readonly Role[] = ['hub_staff', 'admin', 'dept_officer'];

function entriesFor(user: TMe | null, hasDraft: boolean): Entry[] {
  const entries: Entry[] = [
    hasDraft
      ? { key: 'apply', title: '继续填写申请', hint: '上次没填完的内容还在', url: '/packages/apply/pages/wizard/index' }
      : {
          key: 'apply',
          title: '申请帮助',
          hint: '为自己、为家人申请，或帮邻居反映',
          url: '/packages/apply/pages/wizard/index',
        },
  ];
  entries.push({
    key: 'events',
    title: '社区活动',
    hint: '十二春风等活动，可以报名',
    url: '/packages/events/pages/index/index',
  });
  if (!user) return entries;
  entries.push({
    key: 'applications',
    title: '我的申请',
    hint: '看办理进度、补充情况',
    url: '/packages/mine/pages/applications/index',
  });
  entries.push({
    key: 'signups',
    title: '我的活动报名',
    hint: '报上的活动、报名码',
    url: '/packages/events/pages/mine/index',
  });
  entries.push({
    key: 'claim',
    title: '输入确认码',
    hint: '家人替您申请的，工作人员会打电话告诉您',
    url: '/packages/mine/pages/claim/index',
  });
  if (user.roles.some((role) => WORKBENCH_ROLES.includes(role))) {
    entries.push({
      key: 'workbench',
      title: '工作台',
      hint: '待办的求助和个案',
      url: '/packages/staff/pages/queue/index',
    });
  }
  if (user.roles.some((role) => WORKBENCH_ROLES.includes(role))) {
    entries.push({
      key: 'events-manage',
      title: '活动管理',
      hint: '发布活动、看报名名单、现场签到',
      url: '/packages/events/pages/manage/index',
    });
  }
  if (user.roles.some((role) => ORDER_ROLES.includes(role))) {
    entries.push({
      key: 'orders',
      title: '服务单',
      hint: '派来的和我开的服务单，接单、记录送达',
      url: '/packages/staff/pages/orders/index',
    });
  }
  if (user.roles.some((role) => OUTREACH_READERS.includes(role))) {
    entries.push(
      {
        key: 'risks',
        title: '待清零风险',
        hint: '入户走访发现、还没解决的情况',
        url: '/packages/outreach/pages/risks/index',
      },
      {
        key: 'finds',
        title: '政策找人',
        hint: '政策变了，现在可能符合条件的住户',
        url: '/packages/outreach/pages/finds/index',
      },
    );
  }
  if (user.roles.some((role) => ORDER_ROLES.includes(role))) {
    entries.push({
      key: 'tasks',
      title: '我的待办',
      hint: '会商和联席会议布置给我的事',
      url: '/packages/meet/pages/tasks/index',
    });
    entries.push({
      key: 'conferences',
      title: '会商安排',
      hint: '我召集或被邀请参加的会商',
      url: '/packages/meet/pages/conferences/index',
    });
  }
  if (user.roles.some((role) => MEETING_ROLES.includes(role))) {
    entries.push({
      key: 'meetings',
      title: '联席会议',
      hint: '每月会议记录、决定和事项办理情况',
      url: '/packages/meet/pages/meetings/index',
    });
  }
  if (user.roles.some((role) => POINT_KEEPER_ROLES.includes(role))) {
    entries.push({
      key: 'outreach',
      title: '宣传码',
      hint: '做海报和宣传册上的二维码，看有多少人扫',
      url: '/packages/outreach/pages/codes/index',
    });
    entries.push({
      key: 'point',
      title: '服务点信息',
      hint: '地址、电话、开放时间和位置',
      url: '/packages/staff/pages/point/index',
    });
  }
  if (user.roles.some((role) => COMPLETENESS_ROLES.includes(role))) {
    entries.push({
      key: 'completeness',
      title: '服务点资料完整度',
      hint: '哪些服务点还缺电话、地址、位置',
      url: '/packages/admin/pages/points-completeness/index',
    });
  }
  if (user.roles.some((role) => STATS_ROLES.includes(role))) {
    entries.push({
      key: 'dashboard',
      title: '数据看板',
      hint: '服务人次、申请和办理时限，可导出月报',
      url: '/packages/district/pages/dashboard/index',
    });
    entries.push({
      key: 'demand',
      title: '需求侧清单',
      hint: '按救助对象、类别、镇街统计的人数和件数',
      url: '/packages/district/pages/demand/index',
    });
  }
  if (user.roles.includes('admin')) {
    entries.push({
      key: 'admin',
      title: '管理后台',
      hint: '政策、站点、账号和分派规则',
      url: '/packages/admin/pages/index/index',
    });
  }
  return entries;
}

/** The list of places 我的 leads to: apply, my applications, and the staff/admin areas for those roles. */
export default function Entries({ user, hasDraft }: { user: TMe | null; hasDraft: boolean }) {
  return (
    <View className='mine-entries'>
      {entriesFor(user, hasDraft).map((entry) => (
        <View
          key={entry.key}
          className={`mine-entries__item mine-entries__item--${entry.key}`}
          {...tapProps(() => void Taro.navigateTo({ url: entry.url }), { role: 'link' })}
        >
          <View className='mine-entries__text'>
            <Text className='mine-entries__title'>{entry.title}</Text>
            <Text className='mine-entries__hint'>{entry.hint}</Text>
          </View>
          <Text className='mine-entries__arrow'>›</Text>
        </View>
      ))}
    </View>
  );
}
