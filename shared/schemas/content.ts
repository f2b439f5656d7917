/**
 * Content inputs (the four lists and the media around them): what admins create and edit, and what the
 * seed content is written in. Output shapes for residents live next to their endpoints.
 */
import { z } from 'zod';
import { CAPACITY_STATUSES, DELIVERY_KINDS, NEED_TIERS, PROVIDER_KINDS, TARGET_GROUPS } from '../domain/assistance';
import { ZClientDate, ZClientDateTime, ZDivisionCode, zFreeText } from './common';

const text = (max: number, label: string) => zFreeText().min(1, { message: `请填写${label}` }).max(max, { message: `${label}不能超过 ${max} 个字` });
const ZPhone = z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, { message: '电话号码格式不对' });

/** Answers of the eligibility self-check (我能申请什么). Every field is optional: "not sure" is a valid answer. */
export const ZSelfCheckAnswers = z.strictObject({
  householdSize: z.number().int().min(1).max(20).optional(),
  /** Average monthly income per household member, in yuan. */
  monthlyIncomePerPerson: z.number().min(0).max(1_000_000).optional(),
  /** Household savings and assets are below the local limit (yes / no / unknown when absent). */
  assetsBelowLimit: z.boolean().optional(),
  hasDisability: z.boolean().optional(),
  age: z.number().int().min(0).max(130).optional(),
  livesAlone: z.boolean().optional(),
  heavyMedicalCosts: z.boolean().optional(),
  studentsInSchool: z.number().int().min(0).max(10).optional(),
  unemployed: z.boolean().optional(),
  suddenEmergency: z.boolean().optional(),
});
export type TSelfCheckAnswers = z.infer<typeof ZSelfCheckAnswers>;
export type SelfCheckField = keyof TSelfCheckAnswers;

/**
 * One condition of a policy's eligibility rule. `value` is a literal, or `standard` names a stored
 * threshold (e.g. the 低保 standard) times `factor`. `reason` is shown when the condition holds.
 */
export const ZRuleCondition = z.strictObject({
  field: z.enum(Object.keys(ZSelfCheckAnswers.shape) as [SelfCheckField, ...SelfCheckField[]]),
  op: z.enum(['lt', 'lte', 'gt', 'gte', 'eq', 'isTrue', 'isFalse']),
  value: z.union([z.number(), z.boolean()]).optional(),
  standard: z.string().regex(/^[a-z_]+$/).optional(),
  factor: z.number().positive().optional(),
  /** Required conditions decide likely/unlikely; optional ones only raise "possibly" to "likely". */
  required: z.boolean().default(true),
  reason: text(80, '理由'),
});
export type TRuleCondition = z.infer<typeof ZRuleCondition>;

/** A policy's structured rule: all required conditions must hold; `anyOf` groups need one member to hold. */
export const ZEligibilityRule = z.strictObject({
  conditions: z.array(ZRuleCondition).max(12).default([]),
  anyOf: z.array(z.array(ZRuleCondition).min(1).max(8)).max(4).default([]),
});
export type TEligibilityRule = z.infer<typeof ZEligibilityRule>;

export const ZPolicyInput = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/, { message: '标识只能用小写字母、数字和横线' }),
  title: text(60, '标题'),
  summary: text(200, '摘要'),
  body: text(10_000, '正文'),
  needTiers: z.array(z.enum(NEED_TIERS)).min(1).max(3),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(8),
  /** Department code, e.g. civil_affairs. */
  departmentCode: z.string().regex(/^[a-z_]+$/),
  eligibilityText: text(1000, '申请条件'),
  eligibilityRule: ZEligibilityRule.optional(),
  materials: z.array(text(100, '材料')).max(20),
  steps: z.array(z.strictObject({ title: text(60, '步骤'), timeLimit: z.string().max(40).optional() })).max(12),
  contacts: z.array(z.strictObject({ name: text(40, '联系人'), phone: ZPhone.optional() })).max(6),
  effectiveFrom: ZClientDate.optional(),
  effectiveTo: ZClientDate.optional(),
});
export type TPolicyInput = z.infer<typeof ZPolicyInput>;

export const ZChapter = z.strictObject({ startSec: z.number().int().min(0), title: text(40, '章节标题'), policySlugs: z.array(z.string()).max(5).default([]) });

export const ZLivestreamInput = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/),
  title: text(60, '标题'),
  summary: text(300, '简介'),
  speaker: text(60, '主讲人'),
  startsAt: ZClientDateTime,
  endsAt: ZClientDateTime,
  /** WeChat Channels (视频号) identifiers, used by the weapp. */
  channelsFinderUserName: z.string().max(64).optional(),
  channelsFeedId: z.string().max(128).optional(),
  /** Replay video for H5 (and the weapp fallback). */
  replayUrl: z.url().optional(),
  replayExpiresAt: ZClientDateTime.optional(),
  chapters: z.array(ZChapter).max(30).default([]),
  policySlugs: z.array(z.string()).max(10).default([]),
});
export type TLivestreamInput = z.infer<typeof ZLivestreamInput>;

export const ZStoryInput = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/),
  title: text(60, '标题'),
  summary: text(200, '摘要'),
  body: text(10_000, '正文'),
  images: z.array(z.string().max(300)).max(9).default([]),
  needTiers: z.array(z.enum(NEED_TIERS)).max(3),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(8),
  policySlugs: z.array(z.string()).max(5).default([]),
});
export type TStoryInput = z.infer<typeof ZStoryInput>;

export const ZProviderInput = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/),
  kind: z.enum(PROVIDER_KINDS),
  name: text(60, '名称'),
  description: text(1000, '介绍'),
  /** Department code when kind = department. */
  departmentCode: z.string().regex(/^[a-z_]+$/).optional(),
  phone: ZPhone.optional(),
  address: zFreeText().max(120).optional(),
  /** Contact data invented for the demo, to be replaced by the district. */
  isSampleContact: z.boolean().default(true),
});
export type TProviderInput = z.infer<typeof ZProviderInput>;

export const ZServiceInput = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/),
  providerSlug: z.string(),
  name: text(60, '名称'),
  description: text(1000, '介绍'),
  needTier: z.enum(NEED_TIERS),
  delivery: z.enum(DELIVERY_KINDS),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(8),
  eligibilityDescription: text(500, '服务对象'),
  requiredDocuments: z.array(text(100, '材料')).max(12).default([]),
  /** Division codes served (district, streets/towns or communities/villages). */
  serviceAreas: z.array(ZDivisionCode).min(1).max(250),
  schedule: z.string().max(120).optional(),
  languages: z.array(z.string().max(20)).max(5).default(['普通话']),
  accessibility: z.string().max(200).optional(),
  capacity: z.enum(CAPACITY_STATUSES).default('available'),
  lastVerifiedAt: ZClientDate,
  lastVerifiedBy: text(40, '核实人'),
  policySlugs: z.array(z.string()).max(5).default([]),
});
export type TServiceInput = z.infer<typeof ZServiceInput>;
