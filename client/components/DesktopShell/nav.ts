/** The desktop side navigation: sections for the staff workbench, the district and the admin, filtered by role. */
import type { Role } from '@shared/domain/roles';

export type NavKey =
  | 'queue'
  | 'orders'
  | 'dashboard'
  | 'demand'
  | 'unclassified'
  | 'merge'
  | 'audit'
  | 'admin'
  | 'points-completeness'
  | 'points-import';

type NavItem = { key: NavKey; label: string; url: string; roles: readonly Role[] };
export type NavSection = { title: string; items: NavItem[] };

const CASE_STAFF = ['point_staff', 'station_staff', 'hub_staff'] as const;

export const NAV: NavSection[] = [
  {
    title: '工作台',
    items: [
      {
        key: 'queue',
        label: '案件工作台',
        url: '/packages/staff/pages/queue/index',
        roles: [...CASE_STAFF, 'dept_officer'],
      },
      {
        key: 'orders',
        label: '服务单',
        url: '/packages/staff/pages/orders/index',
        roles: [...CASE_STAFF, 'dept_officer', 'provider_staff'],
      },
    ],
  },
  {
    title: '区级助联体',
    items: [
      {
        key: 'dashboard',
        label: '数据看板',
        url: '/packages/district/pages/dashboard/index',
        roles: ['station_staff', 'hub_staff', 'dept_officer', 'admin'],
      },
      {
        key: 'demand',
        label: '需求清单',
        url: '/packages/district/pages/demand/index',
        roles: ['station_staff', 'hub_staff', 'dept_officer', 'admin'],
      },
      {
        key: 'unclassified',
        label: '未归类需求',
        url: '/packages/district/pages/unclassified/index',
        roles: CASE_STAFF,
      },
      { key: 'merge', label: '合并同户', url: '/packages/district/pages/merge/index', roles: CASE_STAFF },
      { key: 'audit', label: '查看记录', url: '/packages/district/pages/audit/index', roles: ['hub_staff', 'admin'] },
    ],
  },
  {
    title: '管理后台',
    items: [
      { key: 'admin', label: '内容与设置', url: '/packages/admin/pages/index/index', roles: ['admin'] },
      {
        key: 'points-completeness',
        label: '站点资料完整度',
        url: '/packages/admin/pages/points-completeness/index',
        roles: ['station_staff', 'hub_staff', 'admin'],
      },
      {
        key: 'points-import',
        label: '导入站点',
        url: '/packages/admin/pages/points-import/index',
        roles: ['hub_staff', 'admin'],
      },
    ],
  },
];

/** The sections with the entries these roles may open (empty sections left out). */
export function navFor(roles: readonly Role[]): NavSection[] {
  return NAV.map((s) => ({ ...s, items: s.items.filter((i) => i.roles.some((r) => roles.includes(r))) })).filter(
    (s) => s.items.length > 0,
  );
}
