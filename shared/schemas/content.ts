/**
 * Content: livestreams and replays, stories (典型案例), what admins write for them and what residents see, and the
 * publishing shapes every admin-edited list shares (status filter, status change). Also the policy input and the
 * self-check answers, which the seed content is written in too. Providers and services: services.ts.
 */
import { z } from 'zod';
import { CONTENT_STATUSES, NEED_TIERS, SEXES, TARGET_GROUPS } from '../domain/assistance';
import { CATEGORIES } from '../domain/categories';
import { ZClientDate, ZClientDateTime, ZLimit, ZPhone, ZSlug, text } from './common';

/** Answers of the eligibility self-check (我能申请什么). Every field is optional: "not sure" is a valid answer. */
export const ZSelfCheckAnswers = z.strictObject({
  householdSize: z.number().int().min(1).max(20).optional(),
  /** Average monthly income per household member, in yuan. */
  monthlyIncomePerPerson: z.number().min(0).max(1_000_000).optional(),
  /** Household savings and assets are below the local limit (yes / no / unknown when absent). */
  assetsBelowLimit: z.boolean().optional(),
  /** Holds a disability certificate (残疾人证). */
  hasDisability: z.boolean().optional(),
  /** Grade on the certificate: 1 (most severe) to 4. */
  disabilityGrade: z.number().int().min(1).max(4).optional(),
  age: z.number().int().min(0).max(130).optional(),
  /** Asked only where a programme depends on it (see shared/domain/matching/questions.ts). */
  sex: z.enum(SEXES).optional(),
  /** Lives (household registration or residence permit) in Xihu District. */
  livesInDistrict: z.boolean().optional(),
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
  value: z.union([z.number(), z.boolean(), z.enum(SEXES)]).optional(),
  standard: z
    .string()
    .regex(/^[a-z_]+$/)
    .optional(),
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
  /** What the help is about (the application categories), for matching policies to applications. */
  categories: z.array(z.enum(CATEGORIES)).max(6).optional(),
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

export const ZChapter = z.strictObject({
  startSec: z.number().int().min(0),
  title: text(40, '章节标题'),
  policySlugs: z.array(z.string()).max(5).default([]),
});

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
  /**
   * Replay video for H5 (and the weapp fallback): an https address, or a video the server ships (`/media/…`,
   * resolved against the API origin by the client).
   */
  replayUrl: z
    .union([z.url({ protocol: /^https$/ }), z.string().regex(/^\/media\/[a-z0-9][a-z0-9-]{0,80}\.mp4$/)], {
      error: '回放地址要以 https:// 开头',
    })
    .optional(),
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

// ── livestreams ──────────────────────────────────────────────────────────────
export const LIVESTREAM_STATES = ['upcoming', 'live', 'ended', 'replay', 'replay_expired'] as const;
export type LivestreamState = (typeof LIVESTREAM_STATES)[number];

export const ZLivestreamListRequest = z.strictObject({
  state: z.enum(LIVESTREAM_STATES).optional(),
  limit: ZLimit(50),
});
export const ZLivestreamSummary = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  speaker: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  state: z.enum(LIVESTREAM_STATES),
  viewCount: z.number().int(),
  chapterCount: z.number().int(),
});
export type TLivestreamSummary = z.infer<typeof ZLivestreamSummary>;
export const ZLivestreamList = z.object({ items: z.array(ZLivestreamSummary) });

export const ZLivestreamDetail = ZLivestreamSummary.extend({
  chapters: z.array(ZChapter),
  policySlugs: z.array(z.string()),
  /** WeChat Channels (视频号) identifiers for the weapp; null when not on Channels. */
  channels: z.object({ finderUserName: z.string(), feedId: z.string().nullable() }).nullable(),
  /** Only while the replay is valid. */
  replayUrl: z.string().nullable(),
  replayExpiresAt: z.string().nullable(),
});
export type TLivestreamDetail = z.infer<typeof ZLivestreamDetail>;
export const ZViewCount = z.object({ viewCount: z.number().int() });
export const ZReminder = z.object({ reminded: z.boolean(), remindAt: z.string().nullable() });

// ── stories ──────────────────────────────────────────────────────────────────
export const ZStoryListRequest = z.strictObject({
  needTier: z.enum(NEED_TIERS).optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  cursor: z.string().max(200).optional(),
  limit: ZLimit(50),
});
export const ZStorySummary = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  cover: z.string().nullable(),
  needTiers: z.array(z.enum(NEED_TIERS)),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  publishedAt: z.string(),
});
export const ZStoryList = z.object({ items: z.array(ZStorySummary), nextCursor: z.string().nullable() });
export const ZStoryDetail = ZStorySummary.extend({
  body: z.string(),
  images: z.array(z.string()),
  policySlugs: z.array(z.string()),
});

// ── publishing (every admin-edited list) ─────────────────────────────────────
/** Status and last edit, added to an item's input shape in the admin lists. */
export const ZAdminMeta = { status: z.enum(CONTENT_STATUSES), updatedAt: z.string() };
export const ZAdminListRequest = z.strictObject({ status: z.enum(CONTENT_STATUSES).optional() });
export const ZSetStatusRequest = z.strictObject({ slug: ZSlug, status: z.enum(CONTENT_STATUSES) });
export const ZStatusResult = z.object({ slug: z.string(), status: z.enum(CONTENT_STATUSES) });
export const ZLivestreamAdmin = ZLivestreamInput.extend(ZAdminMeta);
export const ZStoryAdmin = ZStoryInput.extend(ZAdminMeta);
export const ZLivestreamAdminList = z.object({ items: z.array(ZLivestreamAdmin) });
export const ZStoryAdminList = z.object({ items: z.array(ZStoryAdmin) });
