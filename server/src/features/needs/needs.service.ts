/**
 * Needs that stay unclassified (issue 12.2): the free text of each, for staff in scope only (never logged), grouped by
 * similarity (shared/domain/text-groups.ts); and the monthly gap report: needs of a month for which the matching rule
 * (shared/domain/matching) finds no policy and no service, grouped and counted.
 */
import { APPLICATION_STATUS_LABELS } from '../../../../shared/domain/application-status';
import { groupTexts } from '../../../../shared/domain/text-groups';
import type { TGapReport, TUnclassified, TUnclassifiedItem } from '../../../../shared/schemas/district';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Principal } from '../auth/principal';
import { suggestionsForApplication } from '../applications/suggestions.service';
import { staffScopeSql } from '../cases/cases.repo';
import { detailsWithheld } from '../cases/lead-privacy';
import { scopeOf } from '../cases/scope';
import { listCreatedBetween, listUnclassified } from './needs.repo';

/** The newest this many unclassified cases are read and grouped (a scope holding more says `truncated`). */
export const UNCLASSIFIED_SCAN_LIMIT = 500;

export async function unclassifiedNeeds(
  deps: Deps,
  principal: Principal,
  input: { status: 'open' | 'all' },
): Promise<TUnclassified> {
  const rows = await listUnclassified(deps.db, deps.cipher, staffScopeSql(scopeOf(principal)), {
    openOnly: input.status === 'open',
    limit: UNCLASSIFIED_SCAN_LIMIT + 1,
  });
  const truncated = rows.length > UNCLASSIFIED_SCAN_LIMIT;
  const shown: TUnclassifiedItem[] = [];
  let withheld = 0;
  for (const r of rows.slice(0, UNCLASSIFIED_SCAN_LIMIT)) {
    if (detailsWithheld(principal, r)) {
      withheld++;
      continue;
    }
    shown.push({
      id: r.app.id,
      refNo: r.app.refNo,
      channel: r.app.channel,
      status: r.app.status,
      statusLabel: APPLICATION_STATUS_LABELS[r.app.status],
      text: r.app.description,
      streetName: r.streetName,
      createdAt: r.app.createdAt.toISOString(),
    });
  }
  const groups = groupTexts(shown, (i) => i.text);
  return { total: shown.length + withheld, groups, withheld, truncated };
}

/** The month's bounds in China time (UTC+8). */
function monthBounds(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(y, m - 1, 1) - 8 * 3600_000);
  const to = new Date(Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1) - 8 * 3600_000);
  return { from, to };
}

/** @throws AppError FORBIDDEN without a hub or station post (point staff reach this only through the role list). */
export async function gapReport(deps: Deps, principal: Principal, input: { month: string }): Promise<TGapReport> {
  const scope = scopeOf(principal);
  if (!scope.district && scope.streetCodes.length === 0) throw new AppError('FORBIDDEN');
  const { from, to } = monthBounds(input.month);
  const rows = await listCreatedBetween(deps.db, deps.cipher, staffScopeSql(scope), from, to);
  const byCategories = new Map<string, number>();
  const unclassified: { text: string; withheld: boolean }[] = [];
  for (const r of rows) {
    const found = await suggestionsForApplication(deps, r.app, { limit: 1 });
    if (found.policies.length || found.services.length) continue;
    if (r.app.categories.length) {
      const key = [...r.app.categories].sort().join(',');
      byCategories.set(key, (byCategories.get(key) ?? 0) + 1);
    } else unclassified.push({ text: r.app.description, withheld: detailsWithheld(principal, r) });
  }
  const groups: TGapReport['groups'] = [...byCategories.entries()].map(([key, count]) => ({
    categories: key.split(','),
    keywords: [],
    count,
  }));
  // withheld leads are counted in a group of their own: their words name no group
  const open = unclassified.filter((u) => !u.withheld);
  for (const g of groupTexts(open, (u) => u.text))
    groups.push({ categories: [], keywords: g.keywords, count: g.items.length });
  const hidden = unclassified.length - open.length;
  if (hidden) groups.push({ categories: [], keywords: [], count: hidden });
  groups.sort((a, b) => b.count - a.count);
  const unmatched = groups.reduce((n, g) => n + g.count, 0);
  return { month: input.month, total: rows.length, unmatched, groups };
}
