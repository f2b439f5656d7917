/**
 * Upload (staged, owned by the uploader) and authorised download. Who may download a linked file is who may see
 * its application: staff whose scope covers the case (any purpose; audited), and the applicant or the subject of
 * a proxy application (the application's own files only, never visit photos). A referrer never; a department
 * officer never (evidence may hold ID cards, income or health papers beyond the department's field allow-list).
 * A staged file is visible to its uploader only. Everyone else gets 404.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { MAX_ATTACHMENT_BYTES, ZAttachmentPurpose, type TUploadedAttachment } from '../../../../shared/schemas/attachments';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { AppError, issuesFromZod } from '../../errors';
import { validationError } from '../../errors';
import { appendAudit } from '../audit/audit.repo';
import type { Principal } from '../auth/principal';
import { findVisible } from '../applications/applications.repo';
import { viewerOf } from '../applications/applicant.presenter';
import { findCase, staffScopeSql } from '../cases/cases.repo';
import { hasStaffScope, scopeOf } from '../cases/scope';
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
 * @throws AppError VALIDATION_FAILED (purpose) | UNSUPPORTED_FILE_TYPE | FILE_TOO_LARGE | FILE_DAMAGED | UPLOAD_QUOTA_EXCEEDED
 */
export async function stageUpload(deps: Deps, storage: FileStorage, principal: Principal, upload: MultipartUpload): Promise<TUploadedAttachment> {
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

export type Download = { row: repo.AttachmentRow; body: Readable };

/** @throws AppError NOT_FOUND when the file does not exist or the caller may not see it. */
export async function openDownload(deps: Deps, storage: FileStorage, principal: Principal, id: string): Promise<Download> {
  const row = await repo.findAttachment(deps.db, id);
  if (!row || !(await maySee(deps, principal, row))) throw notFound();
  const body = await storage.open(row.storageKey).catch((err: unknown) => {
    throw new AppError('NOT_FOUND', { message: '文件已不存在', cause: err });
  });
  return { row, body };
}

async function maySee(deps: Deps, principal: Principal, row: repo.AttachmentRow): Promise<boolean> {
  if (!row.applicationId) return row.uploadedByUserId === principal.userId;
  const scope = scopeOf(principal);
  if (hasStaffScope(scope) && (await findCase(deps.db, row.applicationId, staffScopeSql(scope), deps.clock.now()))) {
    await inTransaction(deps.db, async (tx) => {
      await appendAudit(tx, deps.clock, {
        actorUserId: principal.userId,
        action: 'attachment.downloaded',
        entity: 'application',
        entityId: row.applicationId,
        data: { attachmentId: row.id, purpose: row.purpose },
      });
    });
    return true;
  }
  if (row.purpose !== 'application') return false;
  const app = await findVisible(deps.db, principal.userId, row.applicationId);
  return !!app && viewerOf(app, principal.userId) !== 'referrer';
}

const notFound = () => new AppError('NOT_FOUND', { message: '没有找到这个文件' });
