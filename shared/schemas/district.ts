/**
 * Issue 12 (district review): needs that stay unclassified and the monthly gap report, household merge proposals,
 * and the hub's audit review.
 */
import { z } from 'zod';
import { CHANNELS } from '../domain/categories';
import { ZClientDateTime, ZUuid } from './common';

// ---- 12.2 unclassified needs -------------------------------------------------------------------------------

export const ZUnclassifiedRequest = z.strictObject({
  /** open: cases still being worked (default); all: also closed ones. */
  status: z.enum(['open', 'all']).default('open'),
});
export const ZUnclassifiedItem = z.object({
  id: ZUuid,
  refNo: z.string(),
  channel: z.enum(CHANNELS),
  status: z.string(),
  statusLabel: z.string(),
  /** The need in the applicant's (or the neighbour's) own words. */
  text: z.string(),
  streetName: z.string().nullable(),
  createdAt: z.string(),
});
export const ZUnclassifiedGroup = z.object({
  /** Short words the texts of the group share (character pairs found in at least half of them). */
  keywords: z.array(z.string()),
  items: z.array(ZUnclassifiedItem),
});
export const ZUnclassified = z.object({
  total: z.number().int(),
  groups: z.array(ZUnclassifiedGroup),
  /** Neighbour leads whose details stay with their assigned unit until the subject agrees: counted, not shown. */
  withheld: z.number().int(),
  /** The scan stops at this many cases (the newest first). */
  truncated: z.boolean(),
});
export type TUnclassified = z.infer<typeof ZUnclassified>;
export type TUnclassifiedItem = z.infer<typeof ZUnclassifiedItem>;

export const ZGapReportRequest = z.strictObject({
  month: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, { message: '月份格式应为 2026-05' }),
});
export const ZGapGroup = z.object({
  /** Categories the needs were filed under (empty: unclassified, named by keywords). */
  categories: z.array(z.string()),
  keywords: z.array(z.string()),
  count: z.number().int(),
});
export const ZGapReport = z.object({
  month: z.string(),
  /** Applications of the month in scope. */
  total: z.number().int(),
  /** Of these, how many had no matching policy and no matching service. */
  unmatched: z.number().int(),
  groups: z.array(ZGapGroup),
});
export type TGapReport = z.infer<typeof ZGapReport>;

// ---- 12.3 household merge ----------------------------------------------------------------------------------

export const MATCH_REASONS = ['id_number', 'phone', 'name_address'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

export const ZHouseholdCase = z.object({
  id: ZUuid,
  refNo: z.string(),
  channel: z.enum(CHANNELS),
  statusLabel: z.string(),
  subjectName: z.string(),
  createdAt: z.string(),
  householdId: ZUuid.nullable(),
});
export type THouseholdCase = z.infer<typeof ZHouseholdCase>;
export const ZHouseholdProposals = z.object({
  items: z.array(z.object({ a: ZHouseholdCase, b: ZHouseholdCase, reasons: z.array(z.enum(MATCH_REASONS)) })),
  truncated: z.boolean(),
});
export type THouseholdProposals = z.infer<typeof ZHouseholdProposals>;

export const ZHouseholdMergeRequest = z.strictObject({
  applicationIds: z
    .array(ZUuid)
    .min(2, { message: '请至少选择两份申请' })
    .max(10, { message: '一次最多合并 10 份申请' })
    .refine((ids) => new Set(ids.map((i) => i.toLowerCase())).size === ids.length, { message: '申请不能重复' }),
});
export const ZHouseholdRef = z.strictObject({ applicationId: ZUuid });
export const ZHousehold = z.object({
  id: ZUuid.nullable(),
  /** The household's cases the caller may see (other cases of the household are only counted). */
  members: z.array(ZHouseholdCase),
  hiddenMembers: z.number().int(),
});
export type THousehold = z.infer<typeof ZHousehold>;

// ---- 12.6 audit review -------------------------------------------------------------------------------------

export const REVIEW_ACTIONS = ['case.viewed', 'case.revealed', 'household.merged', 'household.unmerged'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

const reviewFilters = {
  actorUserId: ZUuid.optional(),
  applicationId: ZUuid.optional(),
  action: z.enum(REVIEW_ACTIONS, { message: '没有这种操作' }).optional(),
  from: ZClientDateTime.optional(),
  to: ZClientDateTime.optional(),
};
export const ZAuditReviewRequest = z.strictObject({
  ...reviewFilters,
  /** The id of the last row of the previous page. */
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, { message: '翻页参数不对' })
    .optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export const ZAuditExportRequest = z.strictObject(reviewFilters);
export type TAuditReviewRequest = z.infer<typeof ZAuditReviewRequest>;

export const ZAuditReviewItem = z.object({
  id: z.string(),
  at: z.string(),
  action: z.enum(REVIEW_ACTIONS),
  actor: z.object({ id: ZUuid, displayName: z.string() }).nullable(),
  applicationId: z.string().nullable(),
  refNo: z.string().nullable(),
  /** Reveals: which number and the reason from the short list (never the free note). */
  field: z.string().nullable(),
  reason: z.string().nullable(),
  /** The actor revealed more than the threshold in the last 24 hours (cases.revealAnomalies). */
  unusual: z.boolean(),
});
export const ZAuditReview = z.object({
  items: z.array(ZAuditReviewItem),
  nextCursor: z.string().nullable(),
  unusual: z.array(z.object({ userId: ZUuid, displayName: z.string(), total: z.number().int() })),
  threshold: z.number().int(),
});
export type TAuditReview = z.infer<typeof ZAuditReview>;
export type TAuditReviewItem = z.infer<typeof ZAuditReviewItem>;
export const ZAuditExport = z.object({ filename: z.string(), csv: z.string(), rows: z.number().int() });
