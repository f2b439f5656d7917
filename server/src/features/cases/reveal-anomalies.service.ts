/**
 * Unusual reveal volumes for the hub's workbench: staff who revealed more ID numbers or phones in the last 24 hours
 * than REVEAL_ANOMALY_THRESHOLD, with counts by reason. The hub sees the district; a station sees only reveals of
 * cases in its street/town (a user is listed when those reveals alone pass the threshold).
 */
import { REVEAL_REASONS, type RevealReason, type TRevealAnomalies } from '../../../../shared/schemas/cases';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Principal } from '../auth/principal';
import { countRevealsSince } from './reveal-anomalies.repo';
import { scopeOf } from './scope';

const DAY = 24 * 3600_000;

/** Older audit entries hold a free-text reason: they count as 'other'. */
const reasonOf = (value: string | null): RevealReason => REVEAL_REASONS.find((r) => r === value) ?? 'other';

/** @throws AppError FORBIDDEN when the caller has neither a hub nor a station post. */
export async function listRevealAnomalies(deps: Deps, principal: Principal): Promise<TRevealAnomalies> {
  const scope = scopeOf(principal);
  if (!scope.district && scope.streetCodes.length === 0) throw new AppError('FORBIDDEN');
  return revealAnomalies(deps, scope.district ? null : scope.streetCodes);
}

/** The district-wide list (the hub's and the admins' audit review). */
export const districtRevealAnomalies = (deps: Deps): Promise<TRevealAnomalies> => revealAnomalies(deps, null);

async function revealAnomalies(deps: Deps, streetCodes: string[] | null): Promise<TRevealAnomalies> {
  const since = new Date(deps.clock.now().getTime() - DAY);
  const rows = await countRevealsSince(deps.db, since, streetCodes);
  const byUser = new Map<string, { displayName: string; total: number; counts: Map<RevealReason, number> }>();
  for (const row of rows) {
    const entry = byUser.get(row.user_id) ?? { displayName: row.display_name, total: 0, counts: new Map() };
    const reason = reasonOf(row.reason);
    entry.total += Number(row.n);
    entry.counts.set(reason, (entry.counts.get(reason) ?? 0) + Number(row.n));
    byUser.set(row.user_id, entry);
  }
  const threshold = deps.env.REVEAL_ANOMALY_THRESHOLD;
  const items = [...byUser.entries()]
    .filter(([, e]) => e.total > threshold)
    .sort((a, b) => b[1].total - a[1].total)
    .map(([userId, e]) => ({
      userId,
      displayName: e.displayName,
      total: e.total,
      byReason: REVEAL_REASONS.filter((r) => e.counts.has(r)).map((reason) => ({
        reason,
        count: e.counts.get(reason) ?? 0,
      })),
    }));
  return { since: since.toISOString(), threshold, items };
}
