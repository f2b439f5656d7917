/**
 * Classification at accept (issue 12.2): a case flagged `unclassified` (no category: every neighbour lead, and needs
 * that fit none) is accepted only with a classification; choosing no category means "nothing fits" and the case
 * stays flagged, so it shows in the unclassified list and the gap report.
 */
import type { TCaseClassification } from '../../../../shared/schemas/cases';
import type { Db } from '../../db/client';
import { validationError } from '../../errors';
import type { FieldCipher } from '../../lib/crypto';
import type { ApplicationRow } from '../applications/lifecycle.repo';
import { saveClassification } from './needs.repo';

export const UNCLASSIFIED_FLAG = 'unclassified';

/** @throws AppError VALIDATION_FAILED (classification) when an unclassified case comes without one. */
export function requireClassification(row: ApplicationRow, classification: TCaseClassification | undefined): void {
  if (!classification && row.flags.includes(UNCLASSIFIED_FLAG))
    throw validationError([{ field: 'classification', message: '这份求助还没有归类，受理时请选择需求类别和层次' }]);
}

/** The flags after classifying: `unclassified` goes once a category is chosen. */
export function flagsAfter(flags: readonly string[], c: TCaseClassification): string[] {
  const rest = flags.filter((f) => f !== UNCLASSIFIED_FLAG);
  return c.categories.length ? rest : [...rest, UNCLASSIFIED_FLAG];
}

/** Stores the classification inside the accept's transaction (target group sealed like the intake's). */
export function classify(db: Db, cipher: FieldCipher, row: ApplicationRow, c: TCaseClassification): Promise<void> {
  return saveClassification(db, cipher, row.id, c);
}
