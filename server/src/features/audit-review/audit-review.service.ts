/**
 * Audit review for the hub and admins (issue 12.6): who viewed, revealed or merged which case and when, filtered by
 * staff member, case, action and time, a page at a time or as CSV. Staff whose reveals in the last 24 hours pass
 * REVEAL_ANOMALY_THRESHOLD (the same rule as cases.revealAnomalies, district-wide) are listed and their rows marked.
 * No personal data: ids, names of staff, reference numbers, the reveal's field and reason (never its free note).
 */
import type { TAuditReview, TAuditReviewItem, TAuditReviewRequest } from '../../../../shared/schemas/district';
import type { Deps } from '../../deps';
import { validationError } from '../../errors';
import type { Principal } from '../auth/principal';
import { districtRevealAnomalies } from '../cases/reveal-anomalies.service';
import { listReviewRows, type ReviewFilter, type ReviewRow } from './audit-review.repo';
import { toCsv } from './csv';

export const EXPORT_MAX_ROWS = 10_000;

function checkRange(f: { from?: string; to?: string }) {
  if (f.from && f.to && Date.parse(f.from) > Date.parse(f.to))
    throw validationError([{ field: 'to', message: '结束时间不能早于开始时间' }]);
}

function toItem(r: ReviewRow, unusual: Set<string>): TAuditReviewItem {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    action: r.action,
    actor: r.actor_user_id ? { id: r.actor_user_id, displayName: r.display_name ?? '' } : null,
    applicationId: r.entity_id,
    refNo: r.ref_no,
    field: r.field,
    reason: r.reason,
    unusual: !!r.actor_user_id && unusual.has(r.actor_user_id),
  };
}

export async function reviewAudit(deps: Deps, _p: Principal, input: TAuditReviewRequest): Promise<TAuditReview> {
  checkRange(input);
  const filter: ReviewFilter = { ...input, beforeId: input.cursor };
  const rows = await listReviewRows(deps.db, filter, input.limit + 1);
  const anomalies = await districtRevealAnomalies(deps);
  const unusual = new Set(anomalies.items.map((i) => i.userId));
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => toItem(r, unusual)),
    nextCursor: rows.length > input.limit ? page[page.length - 1]!.id : null,
    unusual: anomalies.items.map((i) => ({ userId: i.userId, displayName: i.displayName, total: i.total })),
    threshold: anomalies.threshold,
  };
}

const ACTION_TEXT: Record<string, string> = {
  'case.viewed': '查看申请',
  'case.revealed': '显示完整号码',
  'household.merged': '合并为一户',
  'household.unmerged': '移出一户',
};

export async function exportAudit(deps: Deps, _p: Principal, input: Omit<ReviewFilter, 'beforeId'>) {
  checkRange(input);
  const rows = await listReviewRows(deps.db, input, EXPORT_MAX_ROWS);
  const unusual = new Set((await districtRevealAnomalies(deps)).items.map((i) => i.userId));
  const items = rows.map((r) => toItem(r, unusual));
  const csv = toCsv(
    ['时间', '工作人员', '操作', '申请编号', '号码类型', '原因', '近24小时显示次数异常'],
    items.map((i) => [
      i.at,
      i.actor?.displayName ?? '',
      ACTION_TEXT[i.action] ?? i.action,
      i.refNo ?? '',
      i.field ?? '',
      i.reason ?? '',
      i.unusual ? '是' : '',
    ]),
  );
  const day = deps.clock.now().toISOString().slice(0, 10);
  return { filename: `audit-${day}.csv`, csv, rows: items.length };
}
