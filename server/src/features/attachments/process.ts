/**
 * Turns an uploaded buffer into what we store: images are decoded and re-encoded by sharp (orientation applied
 * with `.rotate()` first; EXIF, GPS, XMP, IPTC and ICC metadata are not copied, which is sharp's default; any
 * trailing polyglot payload is gone), PDFs are rebuilt page by page with pdf-lib (pdf-rewrite.ts: no scripts,
 * actions, annotations, forms, attachments or metadata, nothing around or between the objects).
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { MAX_IMAGE_PIXELS } from '../../../../shared/schemas/attachments';
import { AppError } from '../../errors';
import { rewritePdf } from './pdf-rewrite';
import { extensionOf, hasPdfTrailer, sniffType, typeOfName, type SniffedType } from './sniff';

/** Long edge of a stored image; larger photos are scaled down (documents stay legible at this size). */
const MAX_EDGE = 4096;

/** `ext`: the uploader's own extension when it names the type (e.g. "JPG"), else the usual one for it. */
export type ProcessedFile = { kind: 'image' | 'pdf'; mime: string; ext: string; data: Buffer; sha256: string };

const TYPES_TEXT = '只能上传照片（JPG、PNG、WebP）或 PDF 文件，请换一个文件';

/**
 * @throws AppError UNSUPPORTED_FILE_TYPE (content is none of ours, or the name claims another type) |
 *   FILE_TOO_LARGE (an image over MAX_IMAGE_PIXELS) | FILE_DAMAGED (cannot be decoded) | PDF_ENCRYPTED | PDF_TOO_MANY_PAGES
 */
export async function processUpload(data: Buffer, fileName: string): Promise<ProcessedFile> {
  const sniffed = sniffType(data.subarray(0, 32));
  if (!sniffed) throw new AppError('UNSUPPORTED_FILE_TYPE', { message: TYPES_TEXT });
  if (sniffed === 'heic') {
    throw new AppError('UNSUPPORTED_FILE_TYPE', {
      message: '暂不支持苹果手机的 HEIC 照片，请在微信里重新选择照片，或截图后上传',
    });
  }
  const claimed = typeOfName(fileName);
  if (claimed !== null && claimed !== sniffed) {
    throw new AppError('UNSUPPORTED_FILE_TYPE', {
      message: '文件名和文件内容对不上，请直接选择手机里的照片或 PDF 文件',
    });
  }
  if (sniffed === 'pdf') {
    if (!hasPdfTrailer(data))
      throw new AppError('FILE_DAMAGED', { message: '这个 PDF 文件不完整，请重新保存后再上传' });
    const out = await rewritePdf(data);
    return {
      kind: 'pdf',
      mime: 'application/pdf',
      ext: extensionOf(fileName) ?? 'pdf',
      data: out,
      sha256: sha256(out),
    };
  }
  const out = await reencode(data, sniffed);
  const ext = claimed === sniffed ? extensionOf(fileName)! : sniffed === 'jpeg' ? 'jpg' : sniffed;
  return { kind: 'image', mime: `image/${sniffed}`, ext, data: out, sha256: sha256(out) };
}

async function reencode(data: Buffer, type: Exclude<SniffedType, 'pdf' | 'heic'>): Promise<Buffer> {
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' as const };
  let meta: sharp.Metadata;
  try {
    // reads the header only: a pixel bomb is refused before anything is decoded
    meta = await sharp(data, options).metadata();
  } catch (err) {
    throw decodeError(err);
  }
  if (meta.format !== type) throw new AppError('UNSUPPORTED_FILE_TYPE', { message: TYPES_TEXT });
  if (!meta.width || !meta.height) throw new AppError('FILE_DAMAGED');
  if (meta.width * meta.height > MAX_IMAGE_PIXELS) throw tooManyPixels();
  try {
    const pipeline = sharp(data, options)
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true });
    if (type === 'jpeg') return await pipeline.jpeg({ quality: 85 }).toBuffer();
    if (type === 'png') return await pipeline.png().toBuffer();
    return await pipeline.webp({ quality: 85 }).toBuffer();
  } catch (err) {
    throw decodeError(err);
  }
}

const tooManyPixels = () => new AppError('FILE_TOO_LARGE', { message: '照片尺寸太大了，请截图或缩小后再上传' });

function decodeError(err: unknown): AppError {
  const message = err instanceof Error ? err.message : '';
  if (/pixel limit/i.test(message)) return tooManyPixels();
  return new AppError('FILE_DAMAGED', { cause: err });
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
