/**
 * Reads one multipart/form-data upload with hard limits enforced while streaming (busboy `limits`): one file in
 * field `file` of at most `maxBytes`, and the short text field `purpose`. Bytes past a limit are discarded as
 * they arrive (never buffered); a body declared larger than the limit is refused before it is read.
 */
import busboy from 'busboy';
import type { Context } from 'koa';
import { AppError, validationError } from '../../errors';

export type MultipartUpload = { data: Buffer; fileName: string; fields: Record<string, string> };

/** Room for the multipart framing and the text fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;
const FIELDS = new Set(['purpose']);

/**
 * @throws AppError UNSUPPORTED_MEDIA_TYPE (not multipart) | FILE_TOO_LARGE | VALIDATION_FAILED (no file, two files,
 *   unknown or oversized fields, a broken body)
 */
export async function readUpload(ctx: Context, maxBytes: number): Promise<MultipartUpload> {
  if (!ctx.is('multipart/form-data'))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: '请用表单方式上传文件（multipart/form-data）' });
  if (Number(ctx.get('content-length') || 0) > maxBytes + ENVELOPE_BYTES) throw tooLarge();
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: ctx.req.headers,
      defParamCharset: 'utf8',
      // busboy emits partsLimit on reaching `parts`, so one more than the most a valid upload has
      limits: {
        fileSize: maxBytes,
        files: 1,
        fields: FIELDS.size,
        parts: FIELDS.size + 2,
        fieldSize: 256,
        fieldNameSize: 64,
        headerPairs: 20,
      },
    });
  } catch {
    throw validationError([{ field: 'body', message: '上传的内容格式不对，请重试' }]);
  }
  return new Promise<MultipartUpload>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const fields: Record<string, string> = {};
    let fileName: string | null = null;
    let problem: AppError | null = null;
    const fail = (error: AppError) => {
      problem ??= error;
    };

    parser.on('file', (name, stream, info) => {
      if (name !== 'file') {
        fail(validationError([{ field: name.slice(0, 64), message: '文件请放在 file 字段里上传' }]));
        stream.resume();
        return;
      }
      fileName = info.filename ?? '';
      stream.on('data', (chunk: Buffer) => {
        if (!problem) chunks.push(chunk);
      });
      stream.on('limit', () => {
        fail(tooLarge());
        chunks.length = 0;
      });
    });
    parser.on('field', (name, value, info) => {
      if (!FIELDS.has(name))
        fail(validationError([{ field: name.slice(0, 64), message: `不认识的字段：${name.slice(0, 64)}` }]));
      else if (info.valueTruncated) fail(validationError([{ field: name, message: '内容太长' }]));
      else fields[name] = value;
    });
    parser.on('filesLimit', () => fail(validationError([{ field: 'file', message: '一次只能上传一个文件' }])));
    parser.on('fieldsLimit', () => fail(validationError([{ field: 'body', message: '表单字段太多' }])));
    parser.on('partsLimit', () => fail(validationError([{ field: 'body', message: '表单字段太多' }])));
    parser.on('error', () => reject(validationError([{ field: 'body', message: '上传的内容不完整，请重试' }])));
    parser.on('close', () => {
      if (problem) return reject(problem);
      if (fileName === null) return reject(validationError([{ field: 'file', message: '请选择要上传的照片或文件' }]));
      const data = Buffer.concat(chunks);
      if (data.length === 0) return reject(validationError([{ field: 'file', message: '文件是空的，请换一个文件' }]));
      resolve({ data, fileName, fields });
    });
    ctx.req.on('aborted', () => reject(validationError([{ field: 'body', message: '上传没有完成，请重试' }])));
    ctx.req.pipe(parser);
  });
}

const tooLarge = () => new AppError('FILE_TOO_LARGE');
