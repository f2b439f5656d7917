/** An outcome as the resident and staff read it: plain words, and only alternatives that are still published. */
import { OUTCOME_HEADLINES } from '../../../../shared/domain/outcome';
import type { TOutcomeView } from '../../../../shared/schemas/cases';
import type { Db } from '../../db/client';
import { latestOutcome, publishedTitles } from './outcome.repo';

/** The latest resolution's outcome of a resolved or closed case; null otherwise. */
export async function loadOutcomeView(db: Db, applicationId: string): Promise<TOutcomeView | null> {
  const row = await latestOutcome(db, applicationId);
  if (!row) return null;
  const titles = await publishedTitles(db, row.alternatives);
  return {
    outcome: row.decision,
    outcomeText: OUTCOME_HEADLINES[row.decision],
    decidedText: row.decidedText,
    reason: row.reason,
    alternatives: row.alternatives.flatMap((a) => {
      const title = titles.get(`${a.kind}:${a.slug}`);
      return title ? [{ kind: a.kind, slug: a.slug, title }] : [];
    }),
    decidedAt: row.createdAt.toISOString(),
  };
}
