/**
 * District statistics (issue 12): the demand-side list (需求侧清单) with its drill-down, the dashboard's month-by-month
 * figures and the monthly report for the joint meeting (联席会议). Every figure is counted within the caller's scope.
 */
import { z } from 'zod';
import { APPLICATION_STATUSES } from '../domain/application-status';
import { NEED_TIERS, TARGET_GROUPS } from '../domain/assistance';
import { CATEGORIES, CHANNELS, URGENCIES } from '../domain/categories';
import { ZDivisionCode, ZUuid } from './common';

/** A calendar month in China time, yyyy-mm. */
export const ZMonth = z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, { message: '月份格式应为“2026-11”' });

export const DEMAND_GROUPS = ['targetGroup', 'needTier', 'category', 'street', 'community', 'month'] as const;
export type DemandGroup = (typeof DEMAND_GROUPS)[number];
export const DEMAND_GROUP_LABELS: Record<DemandGroup, string> = {
  targetGroup: '救助对象',
  needTier: '需求层次',
  category: '困难类别',
  street: '镇街',
  community: '村社',
  month: '月份',
};

/** Filters shared by the list and its drill-down; `month` limits to applications made in that month. */
export const ZDemandFilter = z.strictObject({
  month: ZMonth.optional(),
  streetCode: ZDivisionCode.optional(),
  communityCode: ZDivisionCode.optional(),
  targetGroup: z.enum(TARGET_GROUPS, { message: '没有这类救助对象' }).optional(),
  needTier: z.enum(NEED_TIERS, { message: '没有这个需求层次' }).optional(),
  category: z.enum(CATEGORIES, { message: '没有这个困难类别' }).optional(),
});
export type TDemandFilter = z.infer<typeof ZDemandFilter>;

export const ZDemandRequest = ZDemandFilter.extend({
  groupBy: z.enum(DEMAND_GROUPS, { message: '没有这种分组' }).default('targetGroup'),
});
export type TDemandRequest = z.infer<typeof ZDemandRequest>;

const ZCounts = z.object({ people: z.number().int(), open: z.number().int(), closed: z.number().int() });
/** One group: key is the enum value, division code or yyyy-mm (null: not filled in), label in Chinese. */
export const ZDemandRow = ZCounts.extend({ key: z.string().nullable(), label: z.string() });
export const ZDemandList = z.object({
  groupBy: z.enum(DEMAND_GROUPS),
  rows: z.array(ZDemandRow),
  /** Cases and people counted once each (a case of two categories appears in two category rows). */
  totals: ZCounts,
});
export type TDemandList = z.infer<typeof ZDemandList>;
export type TDemandRow = z.infer<typeof ZDemandRow>;

export const ZDemandCasesRequest = ZDemandFilter.extend({
  status: z.enum(['open', 'closed'], { message: '没有这个状态' }).optional(),
  page: z.number().int().min(1, { message: '页码从 1 开始' }).max(1000, { message: '页码太大' }).default(1),
});
export type TDemandCasesRequest = z.infer<typeof ZDemandCasesRequest>;

/** A case in the drill-down: reference number and labels only, never personal data. */
export const ZDemandCase = z.object({
  id: ZUuid,
  refNo: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  streetName: z.string().nullable(),
  communityName: z.string().nullable(),
  needTier: z.enum(NEED_TIERS).nullable(),
  categories: z.array(z.enum(CATEGORIES)),
  createdAt: z.string(),
});
export const ZDemandCases = z.object({
  items: z.array(ZDemandCase),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TDemandCases = z.infer<typeof ZDemandCases>;

export const ZDashboardRequest = z.strictObject({
  /** The last month shown (default: the current month in China time). */
  month: ZMonth.optional(),
  /** How many months up to `month`. */
  months: z.number().int().min(1, { message: '至少看 1 个月' }).max(24, { message: '最多看 24 个月' }).default(12),
  streetCode: ZDivisionCode.optional(),
});
export type TDashboardRequest = z.infer<typeof ZDashboardRequest>;

const ZCompliance = z.object({ urgency: z.enum(URGENCIES), accepted: z.number().int(), onTime: z.number().int() });
export const ZDashboardMonth = z.object({
  month: z.string(),
  /** 人次: deliveries, plus resolved cases without any delivery (see decisions: 人次 sources). */
  personTimes: z.number().int(),
  peopleHelped: z.number().int(),
  applications: z.number().int(),
  byChannel: z.array(z.object({ channel: z.enum(CHANNELS), count: z.number().int() })),
  /** Hours, null when nothing was accepted / resolved in the month. */
  medianAcceptHours: z.number().nullable(),
  medianResolveHours: z.number().nullable(),
  compliance: z.array(ZCompliance),
  escalations: z.number().int(),
  unclassified: z.number().int(),
});
export type TDashboardMonth = z.infer<typeof ZDashboardMonth>;
export const ZDashboardStreet = z.object({
  code: z.string(),
  name: z.string(),
  applications: z.number().int(),
  personTimes: z.number().int(),
});
/** Reach of outreach codes (宣传码) in one community in the last month: codes, and what came from them. */
export const ZDashboardReach = z.object({
  community: z.object({ code: z.string(), name: z.string() }),
  street: z.object({ code: z.string(), name: z.string() }),
  codes: z.number().int(),
  visits: z.number().int(),
  selfChecks: z.number().int(),
  applications: z.number().int(),
});
export type TDashboardReach = z.infer<typeof ZDashboardReach>;
export const ZDashboard = z.object({
  /** Whose figures: 全区, a street's name, or a department's. */
  scopeLabel: z.string(),
  months: z.array(ZDashboardMonth),
  /** The last month per street/town, in the official order (division code). */
  streets: z.array(ZDashboardStreet),
  /** The last month per community with outreach codes in scope, streets and communities in official order. */
  reach: z.array(ZDashboardReach),
});
export type TDashboard = z.infer<typeof ZDashboard>;

export const ZReportRequest = z.strictObject({
  month: ZMonth,
  format: z.enum(['xlsx', 'csv'], { message: '只能导出 Excel 或 CSV' }).default('xlsx'),
  streetCode: ZDivisionCode.optional(),
});
export const ZReportFile = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });
export type TReportFile = z.infer<typeof ZReportFile>;
