/** The form fields of each content kind (keys are the shared input schemas' keys). */
import {
  CAPACITY_STATUSES,
  DELIVERY_KINDS,
  DELIVERY_LABELS,
  NEED_TIER_LABELS,
  NEED_TIERS,
  PROVIDER_KINDS,
  PROVIDER_KIND_LABELS,
  SEXES,
  SEX_LABELS,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
} from '@shared/domain/assistance';
import { CATEGORIES, CATEGORY_LABELS } from '@shared/domain/categories';
import type { FieldSpec } from './values';

const needTiers = NEED_TIERS.map((t) => ({ value: t, label: NEED_TIER_LABELS[t] }));
const targetGroups = TARGET_GROUPS.map((g) => ({ value: g, label: TARGET_GROUP_LABELS[g] }));
const CAPACITY_LABELS: Record<(typeof CAPACITY_STATUSES)[number], string> = {
  available: '可以接收',
  full: '已满',
  waitlist: '需要排队',
};

const slug: FieldSpec = {
  key: 'slug',
  label: '标识（网址用）',
  kind: 'text',
  lockedOnEdit: true,
  hint: '小写字母、数字和横线，3–60 个，保存后不能改',
  placeholder: 'dibao-apply-2026',
};
const policySlugs: FieldSpec = { key: 'policySlugs', label: '相关政策的标识（每行一个，可不填）', kind: 'lines' };

export const POLICY_FIELDS: FieldSpec[] = [
  slug,
  { key: 'title', label: '标题', kind: 'text' },
  { key: 'summary', label: '摘要（一两句话）', kind: 'textarea' },
  { key: 'body', label: '正文', kind: 'textarea' },
  { key: 'needTiers', label: '需求类型（至少选一项）', kind: 'multi', options: needTiers },
  { key: 'targetGroups', label: '适用对象', kind: 'multi', options: targetGroups },
  { key: 'departmentCode', label: '负责部门', kind: 'enum', optionsFrom: 'departments' },
  { key: 'eligibilityText', label: '申请条件', kind: 'textarea' },
  { key: 'materials', label: '需要的材料（每行一项）', kind: 'lines' },
  { key: 'steps', label: '办理步骤（每行一步）', kind: 'steps' },
  {
    key: 'contacts',
    label: '咨询电话（每行：名称 电话）',
    kind: 'contacts',
    placeholder: '翠苑街道社会事务办 0571-12345678',
  },
  { key: 'effectiveFrom', label: '生效日期（可不填）', kind: 'date', placeholder: '2026-01-01' },
  { key: 'effectiveTo', label: '失效日期（可不填）', kind: 'date', placeholder: '2026-12-31' },
];

export const LIVESTREAM_FIELDS: FieldSpec[] = [
  slug,
  { key: 'title', label: '标题', kind: 'text' },
  { key: 'summary', label: '简介', kind: 'textarea' },
  { key: 'speaker', label: '主讲人', kind: 'text' },
  {
    key: 'startsAt',
    label: '开始时间',
    kind: 'datetime',
    placeholder: '2026-12-01 19:30',
    hint: '北京时间，格式 2026-12-01 19:30',
  },
  {
    key: 'endsAt',
    label: '结束时间',
    kind: 'datetime',
    placeholder: '2026-12-01 20:30',
    hint: '北京时间，格式 2026-12-01 20:30',
  },
  { key: 'channelsFinderUserName', label: '视频号 ID（可不填）', kind: 'text' },
  {
    key: 'channelsFeedId',
    label: '视频号回放视频的编号（可不填）',
    kind: 'text',
    hint: '在视频号助手里复制，填了以后小程序里直接打开视频号看回放',
  },
  {
    key: 'replayUrl',
    label: '回放视频地址（可不填）',
    kind: 'text',
    placeholder: 'https://…',
    hint: '以 https:// 开头的 mp4 视频地址，网页版和打不开视频号时播放它',
  },
  { key: 'replayExpiresAt', label: '回放有效期至（可不填）', kind: 'datetime', placeholder: '2027-06-30 23:59' },
  { key: 'chapters', label: '章节（每行：分：秒 标题）', kind: 'chapters', placeholder: '05:30 低保怎么申请' },
  policySlugs,
];

export const STORY_FIELDS: FieldSpec[] = [
  slug,
  { key: 'title', label: '标题', kind: 'text' },
  { key: 'summary', label: '摘要', kind: 'textarea' },
  { key: 'body', label: '正文', kind: 'textarea', hint: '请隐去真实姓名、门牌号等能认出本人的信息' },
  { key: 'images', label: '图片地址（每行一个，可不填）', kind: 'lines' },
  { key: 'needTiers', label: '需求类型', kind: 'multi', options: needTiers },
  { key: 'targetGroups', label: '适用对象', kind: 'multi', options: targetGroups },
  policySlugs,
];

export const PROVIDER_FIELDS: FieldSpec[] = [
  slug,
  {
    key: 'kind',
    label: '类型',
    kind: 'enum',
    options: PROVIDER_KINDS.map((k) => ({ value: k, label: PROVIDER_KIND_LABELS[k] })),
  },
  { key: 'name', label: '名称', kind: 'text' },
  { key: 'description', label: '介绍', kind: 'textarea' },
  { key: 'departmentCode', label: '所属部门（政府部门才选）', kind: 'enum', optionsFrom: 'departments' },
  { key: 'phone', label: '电话（可不填）', kind: 'text' },
  { key: 'address', label: '地址（可不填）', kind: 'text' },
  { key: 'isSampleContact', label: '联系方式是示例（尚未核实）', kind: 'bool' },
  {
    key: 'openPlaces',
    label: '还能接收几个人（名额，可不填）',
    kind: 'number',
    hint: '不填就是不限名额；填 0 表示暂时满了，不能再开服务单。开服务单时会自动减少',
  },
];

export const SERVICE_FIELDS: FieldSpec[] = [
  slug,
  { key: 'providerSlug', label: '提供服务的力量', kind: 'enum', optionsFrom: 'providers' },
  { key: 'name', label: '名称', kind: 'text' },
  { key: 'description', label: '介绍', kind: 'textarea' },
  { key: 'needTier', label: '需求类型', kind: 'enum', options: needTiers },
  {
    key: 'delivery',
    label: '帮扶方式',
    kind: 'enum',
    options: DELIVERY_KINDS.map((d) => ({ value: d, label: DELIVERY_LABELS[d] })),
  },
  { key: 'targetGroups', label: '适用对象', kind: 'multi', options: targetGroups },
  { key: 'eligibilityDescription', label: '服务对象', kind: 'textarea' },
  {
    key: 'categories',
    label: '能帮哪几类困难（用来给申请人推荐，最多 6 项）',
    kind: 'multi',
    options: CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
  },
  { key: 'minAge', label: '服务对象最小年龄（可不填）', kind: 'number', hint: '不填就是不限年龄' },
  { key: 'maxAge', label: '服务对象最大年龄（可不填）', kind: 'number', hint: '不填就是不限年龄' },
  {
    key: 'sex',
    label: '只服务男性或女性（一般不选）',
    kind: 'enum',
    nullable: true,
    options: SEXES.map((x) => ({ value: x, label: `只服务${SEX_LABELS[x]}性` })),
  },
  { key: 'requiredDocuments', label: '需要的材料（每行一项）', kind: 'lines' },
  { key: 'howToApply', label: '怎么办（每行一步，说清到哪里、找谁）', kind: 'lines' },
  { key: 'cost', label: '费用（可不填，例如：免费、按规定减免）', kind: 'text' },
  { key: 'serviceAreas', label: '服务范围（每行一个 12 位区划代码）', kind: 'lines', hint: '全区填 330106000000' },
  { key: 'schedule', label: '服务时间（可不填）', kind: 'text' },
  { key: 'languages', label: '语言（每行一种）', kind: 'lines' },
  { key: 'accessibility', label: '无障碍说明（可不填）', kind: 'text' },
  {
    key: 'capacity',
    label: '接收情况',
    kind: 'enum',
    options: CAPACITY_STATUSES.map((c) => ({ value: c, label: CAPACITY_LABELS[c] })),
  },
  { key: 'lastVerifiedAt', label: '最近核实日期', kind: 'date', placeholder: '2026-11-29' },
  { key: 'lastVerifiedBy', label: '核实人', kind: 'text' },
  policySlugs,
];
