/** Shapes policy rows into the shared outputs: summaries with highlights, details, admin rows, cursors. */
import { chinaDay } from '../../../../shared/domain/china-time';
import { matchRanges, snippet } from '../../../../shared/domain/search-tokens';
import type { TEligibilityRule } from '../../../../shared/schemas/content';
import type {
  TAdminPolicy,
  TAdminPolicyDetail,
  THighlight,
  TPolicyDetail,
  TPolicySummary,
} from '../../../../shared/schemas/policies';
import { validationError } from '../../errors';
import type { AdminPolicyRow } from './policies-admin.repo';
import type { ListCursor, PolicyListRow, PolicyWithDept } from './policies.repo';

/** A timestamp from either driver (Date or text) as ISO 8601. */
export function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** Today's date in the district (UTC+8), YYYY-MM-DD. */
export function districtToday(now: Date): string {
  return chinaDay(now);
}

/** Matched terms of title and summary (whole) and a snippet of the body around its first match. */
export function highlightsOf(row: { title: string; summary: string; body: string }, tokens: string[]): THighlight[] {
  if (tokens.length === 0) return [];
  const out: THighlight[] = [];
  for (const field of ['title', 'summary'] as const) {
    const ranges = matchRanges(row[field], tokens);
    if (ranges.length > 0) out.push({ field, text: row[field], ranges });
  }
  const body = snippet(row.body, tokens);
  if (body) out.push({ field: 'body', ...body });
  return out;
}

export function presentSummary(row: PolicyListRow, tokens: string[]): TPolicySummary {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    needTiers: row.needTiers,
    targetGroups: row.targetGroups,
    department: { code: row.departmentCode, name: row.departmentName },
    publishedAt: iso(row.publishedAt),
    highlights: highlightsOf(row, tokens),
  };
}

type Related = TPolicyDetail['related'];

type Rule = { version: number; rule: TEligibilityRule } | null;

function detailOf(row: PolicyWithDept, rule: Rule): Omit<TPolicyDetail, 'related'> {
  const p = row.policy;
  return {
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    needTiers: p.needTiers,
    targetGroups: p.targetGroups,
    department: { code: row.departmentCode, name: row.departmentName },
    publishedAt: p.publishedAt ? iso(p.publishedAt) : null,
    body: p.body,
    eligibilityText: p.eligibilityText,
    materials: p.materials,
    steps: p.steps,
    contacts: p.contacts,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    rule: rule ? { version: rule.version, rule: rule.rule } : null,
  };
}

export function presentDetail(row: PolicyWithDept, rule: Rule, related: Related): TPolicyDetail {
  return { ...detailOf(row, rule), related };
}

/** The admin editor's view: the detail without related content, plus status and last edit. */
export function presentAdminDetail(row: PolicyWithDept, rule: Rule): TAdminPolicyDetail {
  return { ...detailOf(row, rule), status: row.policy.status, updatedAt: iso(row.policy.updatedAt) };
}

export function presentAdmin(row: AdminPolicyRow): TAdminPolicy {
  return {
    slug: row.slug,
    title: row.title,
    status: row.status,
    department: { code: row.departmentCode, name: row.departmentName },
    publishedAt: row.publishedAt ? iso(row.publishedAt) : null,
    updatedAt: iso(row.updatedAt),
    ruleVersion: row.ruleVersion,
  };
}

/** Opaque keyset cursor (base64url JSON) of the last row of a page. */
export function encodeCursor(row: PolicyListRow): string {
  const c: ListCursor = {
    publishedAt: iso(row.publishedAt),
    id: row.id,
    ...(row.rank === null ? {} : { rank: Number(row.rank) }),
  };
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/** @throws AppError VALIDATION_FAILED naming `cursor` when it was not made by encodeCursor. */
export function decodeCursor(raw: string): ListCursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as ListCursor;
    const okRank = c.rank === undefined || Number.isFinite(c.rank);
    if (
      okRank &&
      typeof c.publishedAt === 'string' &&
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(c.publishedAt) &&
      typeof c.id === 'string' &&
      /^[0-9a-f-]{36}$/.test(c.id)
    )
      return c;
  } catch {
    // fall through
  }
  throw validationError([{ field: 'cursor', message: '翻页标记不对，请从第一页重新开始' }]);
}
