/** Requests and outputs of the policy list (政策清单), search, the self-check and the policy admin. */
import { z } from 'zod';
import { CONTENT_STATUSES, NEED_TIERS, TARGET_GROUPS } from '../domain/assistance';
import { SELF_CHECK_BANDS } from '../domain/self-check';
import { ZEligibilityRule, ZPolicyInput, ZSelfCheckAnswers } from './content';

export const PolicyLimits = { maxQueryLength: 50, maxPageSize: 50, defaultPageSize: 20 } as const;

const ZSlug = z.string().regex(/^[a-z0-9-]{3,60}$/, { message: '标识只能用小写字母、数字和横线' });
const ZDepartmentCode = z.string().regex(/^[a-z_]{2,40}$/, { message: '部门编码格式不对' });
const ZCursor = z
  .string()
  .max(300)
  .regex(/^[A-Za-z0-9_-]+$/, { message: '翻页标记不对' });

export const ZPolicyListRequest = z.strictObject({
  q: z
    .string()
    .trim()
    .max(PolicyLimits.maxQueryLength, { message: `搜索词不能超过 ${PolicyLimits.maxQueryLength} 个字` })
    .optional(),
  needTier: z.enum(NEED_TIERS).optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  departmentCode: ZDepartmentCode.optional(),
  cursor: ZCursor.optional(),
  limit: z.number().int().min(1).max(PolicyLimits.maxPageSize).optional(),
});
export type TPolicyListRequest = z.infer<typeof ZPolicyListRequest>;

export const ZHighlight = z.object({
  field: z.enum(['title', 'summary', 'body']),
  text: z.string(),
  /** [start, end) UTF-16 offsets into `text` of the matched terms, for bold display (never HTML). */
  ranges: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type THighlight = z.infer<typeof ZHighlight>;

const ZDepartmentRef = z.object({ code: z.string(), name: z.string() });

export const ZPolicySummary = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  needTiers: z.array(z.enum(NEED_TIERS)),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  department: ZDepartmentRef,
  publishedAt: z.string().nullable(),
  highlights: z.array(ZHighlight),
});
export type TPolicySummary = z.infer<typeof ZPolicySummary>;

export const ZPolicyPage = z.object({ items: z.array(ZPolicySummary), nextCursor: z.string().nullable() });
export type TPolicyPage = z.infer<typeof ZPolicyPage>;

export const ZSlugRequest = z.strictObject({ slug: ZSlug });

const ZRelated = z.object({
  services: z.array(z.object({ slug: z.string(), name: z.string() })),
  livestreams: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      chapters: z.array(z.object({ startSec: z.number(), title: z.string() })),
    }),
  ),
  stories: z.array(z.object({ slug: z.string(), title: z.string() })),
});

export const ZPolicyDetail = ZPolicySummary.omit({ highlights: true }).extend({
  body: z.string(),
  eligibilityText: z.string(),
  materials: z.array(z.string()),
  steps: z.array(z.object({ title: z.string(), timeLimit: z.string().optional() })),
  contacts: z.array(z.object({ name: z.string(), phone: z.string().optional() })),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  rule: z.object({ version: z.number().int(), rule: ZEligibilityRule }).nullable(),
  related: ZRelated,
});
export type TPolicyDetail = z.infer<typeof ZPolicyDetail>;

// ---- self-check ----

export const ZSelfCheckQuestions = z.object({
  questions: z.array(
    z.object({
      field: z.string(),
      label: z.string(),
      help: z.string(),
      type: z.enum(['integer', 'money', 'boolean', 'choice']),
      unit: z.string().optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
    }),
  ),
});
/** The answers so far (optional): questions whose answer can no longer change any result are left out. */
export const ZSelfCheckQuestionsRequest = z.strictObject({ answers: ZSelfCheckAnswers.optional() });

export const ZSelfCheckRunRequest = z.strictObject({
  answers: ZSelfCheckAnswers,
  includeUnlikely: z.boolean().optional(),
});
export type TSelfCheckRunRequest = z.infer<typeof ZSelfCheckRunRequest>;

export const ZSelfCheckMatch = z.object({
  policy: z.object({ slug: z.string(), title: z.string(), summary: z.string(), department: ZDepartmentRef }),
  band: z.enum(SELF_CHECK_BANDS),
  reasons: z.array(z.object({ kind: z.enum(['met', 'unmet', 'unknown']), text: z.string() })),
  ruleVersion: z.number().int(),
  services: z.array(z.object({ slug: z.string(), name: z.string() })),
  /** What "apply now" pre-fills: the answers carried over plus a suggested need tier and target group. */
  apply: z.object({
    needTier: z.enum(NEED_TIERS),
    targetGroup: z.enum(TARGET_GROUPS).nullable(),
    answers: ZSelfCheckAnswers,
  }),
});
export const ZSelfCheckResult = z.object({ matches: z.array(ZSelfCheckMatch), note: z.string() });
export type TSelfCheckResult = z.infer<typeof ZSelfCheckResult>;

// ---- admin ----

export const ZPolicyUpdateRequest = z.strictObject({
  slug: ZSlug,
  patch: ZPolicyInput.omit({ slug: true, eligibilityRule: true }).partial(),
});
export const ZPolicySetStatusRequest = z.strictObject({ slug: ZSlug, status: z.enum(CONTENT_STATUSES) });
export const ZPolicySetRuleRequest = z.strictObject({ slug: ZSlug, rule: ZEligibilityRule });
export const ZAdminPolicyListRequest = z.strictObject({ status: z.enum(CONTENT_STATUSES).optional() });

export const ZAdminPolicy = z.object({
  slug: z.string(),
  title: z.string(),
  status: z.enum(CONTENT_STATUSES),
  department: ZDepartmentRef,
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  ruleVersion: z.number().int().nullable(),
});
export type TAdminPolicy = z.infer<typeof ZAdminPolicy>;
export const ZAdminPolicyList = z.object({ items: z.array(ZAdminPolicy) });
/** One policy in any status, with everything the admin editor shows and edits (no related content). */
export const ZAdminPolicyDetail = ZPolicyDetail.omit({ related: true }).extend({
  status: z.enum(CONTENT_STATUSES),
  updatedAt: z.string(),
});
export type TAdminPolicyDetail = z.infer<typeof ZAdminPolicyDetail>;

export const ZStandard = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  isSample: z.boolean(),
  note: z.string().nullable(),
});
export type TStandard = z.infer<typeof ZStandard>;
export const ZStandardList = z.object({ items: z.array(ZStandard) });
export const ZStandardUpdateRequest = z.strictObject({
  key: z.string().regex(/^[a-z_]+$/, { message: '标准编码格式不对' }),
  value: z.number().min(0).max(10_000_000),
  isSample: z.boolean(),
});
