import type { Role } from '../../../../shared/domain/roles';

/** Demo accounts for `npm start` and the end-to-end tests. Scope is a division code (point/station/hub) or a department code. */
export type DemoUser = {
  key: string;
  displayName: string;
  description: string;
  memberships: { role: Exclude<Role, 'resident'>; divisionCode?: string; departmentCode?: string }[];
};

export const DEMO_USERS: DemoUser[] = [
  { key: 'resident-zhang', displayName: '张阿姨', description: '居民，住翠苑一区', memberships: [] },
  { key: 'resident-li', displayName: '李先生', description: '居民，为父亲代办申请', memberships: [] },
  { key: 'resident-wang', displayName: '王大伯', description: '居民，帮邻居反映情况', memberships: [] },
  {
    key: 'staff-cuiyuan1',
    displayName: '陈社工',
    description: '翠苑一区社区服务点',
    memberships: [{ role: 'point_staff', divisionCode: '330106005055' }],
  },
  {
    key: 'staff-cuiyuan2',
    displayName: '周社工',
    description: '翠苑二区社区服务点',
    memberships: [{ role: 'point_staff', divisionCode: '330106005056' }],
  },
  {
    key: 'staff-cuiyuan-station',
    displayName: '刘站长',
    description: '翠苑街道服务站',
    memberships: [{ role: 'station_staff', divisionCode: '330106005000' }],
  },
  {
    key: 'staff-hub',
    displayName: '吴主任',
    description: '区级助联体',
    memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }],
  },
  {
    key: 'officer-civil',
    displayName: '孙科长',
    description: '区民政局联络员',
    memberships: [{ role: 'dept_officer', departmentCode: 'civil_affairs' }],
  },
  { key: 'admin', displayName: '管理员', description: '内容与账号管理', memberships: [{ role: 'admin' }] },
];
