/** What the help is about (several may apply). A need that fits none is still accepted and flagged `unclassified`. */
export const CATEGORIES = [
  'basic_living',
  'medical',
  'education',
  'housing',
  'employment',
  'elderly_care',
  'disability',
  'children',
  'disaster',
  'legal',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  basic_living: '吃饭穿衣等基本生活',
  medical: '看病就医',
  education: '孩子上学',
  housing: '住房',
  employment: '找工作、学技能',
  elderly_care: '老人照护',
  disability: '残疾人帮扶',
  children: '儿童关爱',
  disaster: '突发事故或灾害',
  legal: '法律帮助',
  other: '其他困难',
};

export const URGENCIES = ['normal', 'urgent', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { normal: '一般', urgent: '比较急', emergency: '非常紧急' };

export const CHANNELS = ['self', 'proxy', 'referral'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { self: '本人申请', proxy: '代亲友申请', referral: '邻里报告' };

export const RELATIONSHIPS = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'grandparent',
  'other_relative',
  'guardian',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  sibling: '兄弟姐妹',
  grandchild: '孙子女/外孙子女',
  grandparent: '祖父母/外祖父母',
  other_relative: '其他亲属',
  guardian: '监护人',
};

/** How a relative obtained the subject's agreement to apply on their behalf. */
export const CONSENT_METHODS = ['subject_present', 'in_person', 'phone', 'written'] as const;
