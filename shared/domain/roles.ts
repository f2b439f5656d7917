/** Roles are data (memberships), never per-account code. */
export const ROLES = [
  'resident',
  'point_staff',
  'station_staff',
  'hub_staff',
  'dept_officer',
  'provider_staff',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles bound to a service point (their scope), a department or a provider (provider_staff: its service orders). */
export const STAFF_ROLES = [
  'point_staff',
  'station_staff',
  'hub_staff',
  'dept_officer',
  'provider_staff',
  'admin',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  point_staff: '村社服务点工作人员',
  station_staff: '镇街服务站工作人员',
  hub_staff: '区级助联体工作人员',
  dept_officer: '部门联络员',
  provider_staff: '服务机构工作人员',
  admin: '系统管理员',
};

/** Which service point level a staff role must be attached to (dept_officer attaches to a department). */
export const POINT_LEVEL_OF_ROLE: Partial<Record<Role, PointLevel>> = {
  point_staff: 'community_point',
  station_staff: 'street_station',
  hub_staff: 'district_hub',
};

export const POINT_LEVELS = ['district_hub', 'street_station', 'community_point'] as const;
export type PointLevel = (typeof POINT_LEVELS)[number];

export const POINT_LEVEL_LABELS: Record<PointLevel, string> = {
  district_hub: '区级助联体',
  street_station: '镇街服务站',
  community_point: '村社服务点',
};
