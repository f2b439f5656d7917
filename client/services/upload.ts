/**
 * Attachment uploads: `POST /api/attachments` (multipart/form-data, field `file`, text field `purpose`),
 * Bearer token, answer 201 with the staged upload. The mini-program uses Taro.uploadFile; H5 posts the
 * picked File with XMLHttpRequest (Taro's H5 uploadFile re-reads blob: URLs, which the page's CSP forbids).
 * Errors are ApiErrors with the shared codes (FILE_TOO_LARGE, UNSUPPORTED_FILE_TYPE, NETWORK, …);
 * an expired token is refreshed once, as for `call`.
 */
import Taro from '@tarojs/taro';
import { ZUploadedAttachment, type AttachmentPurpose, type TUploadedAttachment } from '@shared/schemas/attachments';
import { apiBase, isWeapp } from '../env';
import { ApiError, unwrap, withSession } from './api';

const UPLOAD_TIMEOUT_MS = 60000;

/** A file picked on this device: a local path (weapp temp path or H5 blob: URL) and, in H5, the File itself. */
export type PickedFile = { path: string; size: number; name?: string; file?: Blob };
export type UploadProgress = (percent: number) => void;

type RawAnswer = { statusCode: number; data: unknown };

function parse(answer: RawAnswer): TUploadedAttachment {
  let body: unknown = answer.data;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      // Not JSON (a proxy's error page): unwrap reports it by status below.
    }
  }
  const enveloped = body && typeof body === 'object' && 'ok' in body;
  const data = enveloped
    ? unwrap({ statusCode: answer.statusCode, data: body })
    : answer.statusCode < 300
      ? body
      : unwrap(answer);
  const parsed = ZUploadedAttachment.safeParse(data);
  if (!parsed.success) throw new ApiError('INTERNAL', { status: answer.statusCode });
  return parsed.data;
}

function headerFor(accessToken: string | null): Record<string, string> {
  return accessToken ? { Authorization: `Bearer ${accessToken}` } : {};
}

function uploadWeapp(
  file: PickedFile,
  purpose: AttachmentPurpose,
  accessToken: string | null,
  onProgress?: UploadProgress,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const task = Taro.uploadFile({
      url: `${apiBase}/api/attachments`,
      filePath: file.path,
      name: 'file',
      formData: { purpose },
      header: headerFor(accessToken),
      timeout: UPLOAD_TIMEOUT_MS,
      success: (res) => resolve({ statusCode: res.statusCode, data: res.data }),
      fail: (cause) => reject(new ApiError('NETWORK', { cause })),
    });
    task?.onProgressUpdate?.((p) => onProgress?.(p.progress));
  });
}

function uploadH5(
  file: PickedFile,
  purpose: AttachmentPurpose,
  accessToken: string | null,
  onProgress?: UploadProgress,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    if (!file.file) {
      reject(new ApiError('UNSUPPORTED_FILE_TYPE', { message: '没有读到这张照片，请重新选择' }));
      return;
    }
    const form = new FormData();
    form.append('purpose', purpose);
    form.append('file', file.file, file.name ?? fallbackName(file.file));
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBase}/api/attachments`);
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    for (const [key, value] of Object.entries(headerFor(accessToken))) xhr.setRequestHeader(key, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => resolve({ statusCode: xhr.status, data: xhr.responseText });
    xhr.onerror = () => reject(new ApiError('NETWORK'));
    xhr.ontimeout = () => reject(new ApiError('NETWORK'));
    xhr.send(form);
  });
}

/**
 * Uploads one picked file as a staged attachment, reporting progress 0–100.
 *
 * @throws ApiError FILE_TOO_LARGE | UNSUPPORTED_FILE_TYPE | FILE_DAMAGED | NETWORK | UNAUTHENTICATED | …
 */
export async function uploadAttachment(
  file: PickedFile,
  options: { purpose?: AttachmentPurpose; onProgress?: UploadProgress } = {},
): Promise<TUploadedAttachment> {
  const purpose = options.purpose ?? 'application';
  const upload = isWeapp ? uploadWeapp : uploadH5;
  return withSession(async (accessToken) => parse(await upload(file, purpose, accessToken, options.onProgress)));
}

/**
 * Lets the user pick up to `count` photos (camera or album, compressed where the platform can).
 * Resolves [] when they cancel.
 */
export async function pickPhotos(count: number): Promise<PickedFile[]> {
  if (count <= 0) return [];
  try {
    if (isWeapp) {
      const res = await Taro.chooseMedia({
        count,
        mediaType: ['image'],
        sourceType: ['album', 'camera'],
        sizeType: ['compressed'],
      });
      return res.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size }));
    }
    const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    return res.tempFiles.map((f) => {
      const original = (f as { originalFileObj?: File }).originalFileObj;
      return { path: f.path, size: f.size, name: original?.name, file: original };
    });
  } catch {
    return []; // cancelled (WeChat reports a cancel as a failure)
  }
}

async function fetchLocalCopy(id: string, accessToken: string | null): Promise<string> {
  const url = `${apiBase}/api/attachments/${id}`;
  if (isWeapp) {
    const res = await Taro.downloadFile({ url, header: headerFor(accessToken) }).catch((cause: unknown) => {
      throw new ApiError('NETWORK', { cause });
    });
    if (res.statusCode >= 400) unwrap({ statusCode: res.statusCode, data: {} });
    return res.tempFilePath;
  }
  let res: globalThis.Response;
  try {
    res = await fetch(url, { headers: headerFor(accessToken) });
  } catch (cause) {
    throw new ApiError('NETWORK', { cause });
  }
  if (!res.ok) unwrap({ statusCode: res.status, data: await res.json().catch(() => null) });
  return URL.createObjectURL(await res.blob());
}

/**
 * Shows one attachment of an application: images in the image viewer, PDFs in the document viewer
 * (weapp) or a new tab (H5). The file is fetched with the session's token.
 *
 * @throws ApiError NOT_FOUND | NETWORK | UNAUTHENTICATED | …
 */
export async function openAttachment(attachment: { id: string; kind: 'image' | 'pdf' }): Promise<void> {
  const path = await withSession((accessToken) => fetchLocalCopy(attachment.id, accessToken));
  if (attachment.kind === 'image') {
    await Taro.previewImage({ urls: [path], current: path });
  } else if (isWeapp) {
    await Taro.openDocument({ filePath: path, fileType: 'pdf' });
  } else {
    window.open(path, '_blank');
  }
}

/** A picked blob without a name gets one whose extension matches its type: the server refuses a mismatch. */
function fallbackName(blob: Blob): string {
  const ext = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' }[blob.type];
  return ext ? `file.${ext}` : 'file';
}
