import type { Context, Next } from 'koa';
import { AppError, validationError } from '../errors';

/**
 * Reads a JSON request body with a hard size limit. Writes must be `application/json` (415 otherwise),
 * oversize bodies are cut off at the limit (413), and malformed JSON is a 400 naming `body`.
 */
export function jsonBody(limitBytes: number) {
  return async function jsonBodyMiddleware(ctx: Context, next: Next) {
    if (ctx.method !== 'POST' && ctx.method !== 'PUT' && ctx.method !== 'PATCH') return next();
    if (!ctx.is('application/json')) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: '请以 JSON 格式提交' });
    const declared = Number(ctx.get('content-length') || 0);
    if (declared > limitBytes) throw new AppError('PAYLOAD_TOO_LARGE');
    const raw = await readLimited(ctx, limitBytes);
    if (raw.trim() === '') {
      ctx.state.body = {};
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        throw validationError([{ field: 'body', message: '请求内容不是有效的 JSON' }]);
      }
      // `null` would otherwise be read as "no body" ({}) downstream; arrays and scalars are never a request
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw validationError([{ field: 'body', message: '请求内容应为 JSON 对象' }]);
      }
      // PostgreSQL cannot store U+0000 (text, jsonb) nor lone surrogates (jsonb): refuse them here, naming the field
      const nul = pathOfUnstorable(parsed);
      if (nul !== null)
        throw validationError([{ field: nul || 'body', message: '内容里有无法识别的字符，请删掉后重新填写' }]);
      ctx.state.body = parsed;
    }
    await next();
  };
}

const UNSTORABLE = /[\u0000\p{Cs}]/u;

/** Dot path of the first key or string PostgreSQL cannot store, or null (iterative, paths built only when found: bodies may nest deeply). */
function pathOfUnstorable(root: unknown): string | null {
  type Node = { value: unknown; key: string; parent: Node | null };
  const pathOf = (n: Node): string => {
    const keys: string[] = [];
    for (let at: Node | null = n; at?.parent; at = at.parent) keys.push(at.key);
    return keys.reverse().join('.');
  };
  const stack: Node[] = [{ value: root, key: '', parent: null }];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node.value === 'string' && UNSTORABLE.test(node.value)) return pathOf(node).slice(0, 200);
    if (!node.value || typeof node.value !== 'object') continue;
    for (const [key, value] of Object.entries(node.value)) {
      const child = { value, key: key.replace(/[\u0000\p{Cs}]/gu, ''), parent: node };
      if (UNSTORABLE.test(key)) return pathOf(child).slice(0, 200);
      stack.push(child);
    }
  }
  return null;
}

function readLimited(ctx: Context, limitBytes: number): Promise<string> {
  const charset = ctx.request.charset || 'utf-8';
  if (!/^utf-?8$/i.test(charset))
    return Promise.reject(new AppError('UNSUPPORTED_MEDIA_TYPE', { message: '请使用 UTF-8 编码提交' }));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    ctx.req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes)
        tooLarge = true; // keep draining (discarding) so the client can read our 413
      else chunks.push(chunk);
    });
    ctx.req.on('end', () =>
      tooLarge ? reject(new AppError('PAYLOAD_TOO_LARGE')) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    ctx.req.on('error', (err) =>
      reject(new AppError('VALIDATION_FAILED', { message: '请求没有传完整，请重试', cause: err })),
    );
  });
}
