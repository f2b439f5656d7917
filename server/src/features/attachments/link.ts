/**
 * Linking staged uploads to an application, inside the caller's transaction (submit, added information, a home
 * visit), and the list of an application's files as a viewer sees it.
 */
import type { AttachmentPurpose, TAttachmentInfo } from '../../../../shared/schemas/attachments';
import type { Db } from '../../db/client';
import { validationError } from '../../errors';
import * as repo from './attachments.repo';

export type LinkRequest = {
  userId: string;
  ids: string[] | undefined;
  applicationId: string;
  purpose: AttachmentPurpose;
  /** Only images (visit photos). */
  imagesOnly?: boolean;
  /** The timeline event the files came with (null for the application itself). */
  eventId?: number | null;
  /** The request field named in a 400. */
  field: string;
  now: Date;
};

/**
 * Checks that every id is a staged upload of `userId` with this purpose, then links them all; run it inside the
 * business transaction so a refused request links nothing.
 * @throws AppError VALIDATION_FAILED naming `field` when any id is not such an upload.
 */
export async function linkStagedFiles(db: Db, req: LinkRequest): Promise<void> {
  const ids = [...new Set((req.ids ?? []).map((id) => id.toLowerCase()))];
  if (ids.length === 0) return;
  const rows = await repo.lockStaged(db, ids, req.userId, req.purpose, req.imagesOnly ? 'image' : undefined);
  if (rows.length !== ids.length) throw invalid(req.field, req.imagesOnly);
  const linked = await repo.linkStaged(db, ids, req.applicationId, req.eventId ?? null, req.now);
  if (linked !== ids.length) throw invalid(req.field, req.imagesOnly);
}

const invalid = (field: string, photos?: boolean) =>
  validationError([
    {
      field,
      message: photos ? '有的照片已失效或不是您上传的，请重新上传照片' : '有的附件已失效或不是您上传的，请重新上传',
    },
  ]);

/** An application's files with the given purposes, as listed in details (name, size, type; never the storage key). */
export async function listAttachmentInfo(
  db: Db,
  applicationId: string,
  purposes: readonly AttachmentPurpose[],
): Promise<TAttachmentInfo[]> {
  const rows = await repo.listForApplication(db, applicationId, purposes);
  return rows.map(toInfo);
}

export function toInfo(row: repo.AttachmentRow): TAttachmentInfo {
  return {
    id: row.id,
    kind: row.kind,
    mime: row.mime,
    bytes: row.bytes,
    name: row.originalName,
    purpose: row.purpose,
  };
}
