/**
 * Attachments: evidence files sent with an application and photos from a home visit.
 * Upload is `POST /api/attachments` (multipart/form-data, field `file`, optional field `purpose`), outside the
 * JSON endpoint map; the answer is a staged upload the caller then names in `attachmentIds` / `photoIds`.
 * Download is `GET /api/attachments/:id` for whoever may see the application it belongs to.
 */
import { z } from 'zod';
import { ZUuid } from './common';

/** Largest file accepted, in bytes (10 MB). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Files per application (or per visit, or per added information). */
export const MAX_ATTACHMENTS = 9;
/** Largest image accepted, in pixels (width × height); anything bigger is refused before decoding. */
export const MAX_IMAGE_PIXELS = 60_000_000;
/** Most pages a PDF may have (a longer one is refused; every page is rebuilt on upload). */
export const MAX_PDF_PAGES = 50;

export const ATTACHMENT_PURPOSES = ['application', 'visit'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];
export const ATTACHMENT_KINDS = ['image', 'pdf'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ZAttachmentPurpose = z.enum(ATTACHMENT_PURPOSES, { message: '用途只能是申请材料或走访照片' });

/** Ids of staged uploads to link; duplicates are refused. */
export const ZAttachmentIds = z
  .array(ZUuid)
  .max(MAX_ATTACHMENTS, { message: `最多 ${MAX_ATTACHMENTS} 个附件` })
  .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, {
    message: '同一个附件不能重复添加',
  });

/** The answer to an upload (201) and one entry of an application's file list. */
export const ZUploadedAttachment = z.object({
  id: ZUuid,
  kind: z.enum(ATTACHMENT_KINDS),
  mime: z.string(),
  bytes: z.number().int().min(1),
  name: z.string(),
});
export type TUploadedAttachment = z.infer<typeof ZUploadedAttachment>;

export const ZAttachmentInfo = ZUploadedAttachment.extend({ purpose: ZAttachmentPurpose });
export type TAttachmentInfo = z.infer<typeof ZAttachmentInfo>;

/** Where an attachment's bytes are fetched from (Bearer token required). */
export const attachmentUrl = (id: string) => `/api/attachments/${id}`;
