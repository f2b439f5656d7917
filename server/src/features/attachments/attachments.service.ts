/**
 * Upload: checked, re-encoded and stored as a staged file owned by the uploader, until a submit, added
 * information or a home visit links it (link.ts). Who may download a file is decided above, in downloads/.
 */
import { randomUUID } from 'node:crypto';
import {
  MAX_ATTACHMENT_BYTES,
  ZAttachmentPurpose,
  type TUploadedAttachment,
} from '../../../../shared/schemas/attachments';
import type { Deps } from '../../deps';
import { AppError, issuesFromZod } from '../../errors';
import { validationError } from '../../errors';
import type { Principal } from '../auth/principal';
import { consume, type RateRule } from '../ratelimit/rate-limit';
import * as repo from './attachments.repo';
import { sanitiseFileName } from './file-name';
import type { MultipartUpload } from './multipart';
import { processUpload } from './process';
import type { FileStorage } from './storage';

/** Uploads per user per hour (a resident's 9 files with retries; a worker's photos from several visits). */
export const UPLOAD_RATE: RateRule = { name: 'attachment-upload', limit: 60, windowMs: 3600_000 };
export { MAX_ATTACHMENT_BYTES };

/** Counts one upload against the caller's hourly allowance. @throws AppError RATE_LIMITED */
export const countUpload = (deps: Deps, principal: Principal) => consume(deps, UPLOAD_RATE, principal.userId);

/**
 * Checks, re-encodes and stores one upload as a staged attachment of the caller.
 * @throws AppError VALIDATION_FAILED (purpose) | UNSUPPORTED_FILE_TYPE | FILE_TOO_LARGE | FILE_DAMAGED | PDF_ENCRYPTED |
 *   PDF_TOO_MANY_PAGES | UPLOAD_QUOTA_EXCEEDED
 */
export async function stageUpload(
  deps: Deps,
  storage: FileStorage,
  principal: Principal,
  upload: MultipartUpload,
): Promise<TUploadedAttachment> {
  const purpose = ZAttachmentPurpose.safeParse(upload.fields.purpose ?? 'application');
  if (!purpose.success) throw validationError(issuesFromZod(purpose.error, 'purpose'));
  const file = await processUpload(upload.data, upload.fileName);
  await checkQuota(deps, principal.userId, file.data.length);
  const storageKey = randomUUID();
  await storage.put(storageKey, file.data);
  try {
    const row = await repo.insertAttachment(deps.db, {
      purpose: purpose.data,
      kind: file.kind,
      storageKey,
      mime: file.mime,
      bytes: file.data.length,
      sha256: file.sha256,
      originalName: sanitiseFileName(upload.fileName, file.ext),
      uploadedByUserId: principal.userId,
      createdAt: deps.clock.now(),
    });
    return { id: row.id, kind: file.kind, mime: row.mime, bytes: row.bytes, name: row.originalName };
  } catch (err) {
    await storage.remove(storageKey).catch(() => undefined);
    throw err;
  }
}

const DAY_MS = 24 * 3600_000;

/** Per-user storage quota over a sliding 24 hours. @throws AppError UPLOAD_QUOTA_EXCEEDED (413) */
async function checkQuota(deps: Deps, userId: string, bytes: number): Promise<void> {
  const used = await repo.bytesUploadedSince(deps.db, userId, new Date(deps.clock.now().getTime() - DAY_MS));
  if (used + bytes > deps.env.UPLOAD_QUOTA_MB_PER_DAY * 1024 * 1024) throw new AppError('UPLOAD_QUOTA_EXCEEDED');
}
