/** The assistance vocabulary of the district: need tiers, target groups, delivery kinds. */
export const NEED_TIERS = ['survival', 'care', 'development'] as const;
export type NeedTier = (typeof NEED_TIERS)[number];
export const NEED_TIER_LABELS: Record<NeedTier, string> = { survival: '生存型', care: '关爱型', development: '发展型' };
/** Plain explanations for residents (no jargon). */
export const NEED_TIER_HINTS: Record<NeedTier, string> = {
  survival: '吃穿住、看病等基本生活有困难',
  care: '老人、孩子、残疾人需要照顾和陪伴',
  development: '想找工作、学技能、让孩子上好学',
};

export const TARGET_GROUPS = [
  'dibao',
  'dibian',
  'tekun',
  'emergency',
  'medical',
  'education',
  'housing',
  'employment',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  dibao: '低保',
  dibian: '低边',
  tekun: '特困供养',
  emergency: '急难救助',
  medical: '医疗救助',
  education: '教育救助',
  housing: '住房救助',
  employment: '就业救助',
};
/** First-use explanations of terms. */
export const TARGET_GROUP_HINTS: Record<TargetGroup, string> = {
  dibao: '最低生活保障：家庭收入低于本区标准时，每月发放生活补助',
  dibian: '低保边缘家庭：收入略高于低保标准，也能得到部分帮助',
  tekun: '特困人员供养：没有劳动能力、没有收入、没有人赡养的人',
  emergency: '遇到火灾、重病、意外等突发困难时的临时救助',
  medical: '看病花钱多，帮助报销或减免一部分',
  education: '孩子上学有困难，帮助减免学费或发放补助',
  housing: '住房有困难，帮助租房补贴或危房改造',
  employment: '帮助找工作、参加培训',
};

export const DELIVERY_KINDS = ['material', 'service', 'development'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];
export const DELIVERY_LABELS: Record<DeliveryKind, string> = {
  material: '物质帮扶',
  service: '服务帮扶',
  development: '发展帮扶',
};

export const CONTENT_STATUSES = ['draft', 'published', 'archived'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export const PROVIDER_KINDS = [
  'department',
  'social_org',
  'social_work_station',
  'volunteer_team',
  'enterprise',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = {
  department: '政府部门',
  social_org: '社会组织',
  social_work_station: '社工站',
  volunteer_team: '志愿服务队',
  enterprise: '爱心企业',
};

export const CAPACITY_STATUSES = ['available', 'full', 'waitlist'] as const;
export type CapacityStatus = (typeof CAPACITY_STATUSES)[number];

/** Sex as a programme may require it (a women's programme); asked only when some programme depends on it. */
export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, string> = { female: '女', male: '男' };
