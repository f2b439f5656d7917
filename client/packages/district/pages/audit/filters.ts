import type { ReviewAction, TAuditReviewItem } from '@shared/schemas/district';

export const RANGES = { day: '近 24 小时', week: '近 7 天', month: '近 30 天', all: '全部' } as const;
export type Range = keyof typeof RANGES;
const RANGE_MS: Record<Range, number | null> = {
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  all: null,
};

export type AuditFilters = {
  action?: ReviewAction;
  range: Range;
  actor?: { id: string; name: string };
  case?: { id: string; refNo: string };
};

export const NO_FILTERS: AuditFilters = { range: 'week' };

/** The request body of audit.review / audit.export for these filters. */
export function filterBody(f: AuditFilters, now: Date) {
  const ms = RANGE_MS[f.range];
  return {
    ...(f.action ? { action: f.action } : {}),
    ...(f.actor ? { actorUserId: f.actor.id } : {}),
    ...(f.case ? { applicationId: f.case.id } : {}),
    ...(ms ? { from: new Date(now.getTime() - ms).toISOString() } : {}),
  };
}

export const isFiltered = (f: AuditFilters) => Boolean(f.action || f.actor || f.case || f.range !== NO_FILTERS.range);

export type Item = TAuditReviewItem;
