/**
 * The sensitive-data consent (PIPL Art. 28–29) for information added later through applications.provideInfo:
 * its message is free text and its files are evidence, so the application must hold a live consent, or the request
 * must give it (then it is recorded with the answer). The rule itself is shared (shared/domain/sensitive-data.ts).
 */
import { SENSITIVE_CONSENT_NEEDED, needsSensitiveConsent } from '../../../../shared/domain/sensitive-data';
import type { Db } from '../../db/client';
import { validationError } from '../../errors';
import * as repo from './consents.repo';

export type ProvidedInfo = { message: string; attachmentIds?: string[]; consents?: { sensitiveData: boolean } };

/** @throws AppError VALIDATION_FAILED on `consents.sensitiveData` when sensitive information comes without the consent. */
export async function requireSensitiveConsentForInfo(
  db: Db,
  applicationId: string,
  userId: string,
  info: ProvidedInfo,
  now: Date,
): Promise<void> {
  if (needsSensitiveConsent({ description: info.message, attachmentIds: info.attachmentIds }).length === 0) return;
  if (await repo.hasLiveSensitiveConsent(db, applicationId)) return;
  if (info.consents?.sensitiveData !== true)
    throw validationError([{ field: 'consents.sensitiveData', message: SENSITIVE_CONSENT_NEEDED }]);
  await repo.insertSensitiveConsent(db, applicationId, userId, now);
}
