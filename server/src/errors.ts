/**
 * Server side of the shared error model: AppError carries a stable code; toAppError
 * translates library and database errors so nothing internal ever reaches a client.
 */
import { z } from 'zod';
import { defaultMessageOf, httpStatusOf, localiseIssue, type ErrorCode, type TFieldIssue } from '../../shared/errors';

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly details?: TFieldIssue[];
  readonly headers?: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    options: { message?: string; details?: TFieldIssue[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(options.message ?? defaultMessageOf[code], { cause: options.cause });
    this.details = options.details;
    this.headers = options.headers;
  }

  get status(): number {
    return httpStatusOf[this.code];
  }

  /** 4xx messages are for users; 5xx messages are replaced by generic text. */
  get expose(): boolean {
    return this.status < 500 || this.code === 'SERVICE_UNAVAILABLE' || this.code === 'UPSTREAM_FAILED';
  }
}

/** Builds a VALIDATION_FAILED error naming each field (dot path) with its Chinese message. */
export function validationError(issues: TFieldIssue[]): AppError {
  const first = issues[0];
  const message = first ? `${first.field}: ${first.message}` : undefined;
  return new AppError('VALIDATION_FAILED', { message, details: issues });
}

export function issuesFromZod(error: z.ZodError, root = ''): TFieldIssue[] {
  return error.issues.map((issue) => {
    const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      return { field: [path, issue.keys[0]].filter(Boolean).join('.'), message: `不认识的字段：${keys}` };
    }
    return { field: path || root || 'body', message: localiseIssue(issue) };
  });
}

const VALUE_REFUSED = '有一项内容超出了允许的范围或格式不对，请检查后再提交';

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/** True for errors that mean "the database is unreachable right now". */
export function isConnectionError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    const message = (e as { message?: unknown }).message;
    if (
      typeof message === 'string' &&
      /timeout exceeded when trying to connect|Connection terminated|not queryable|PGlite is closed|Cannot use a pool after calling end/i.test(
        message,
      )
    )
      return true;
  }
  return false;
}

/** Translates anything thrown into an AppError. Unknown errors become INTERNAL (details hidden). */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof z.ZodError) return validationError(issuesFromZod(err));
  if (isConnectionError(err))
    return new AppError('SERVICE_UNAVAILABLE', { headers: { 'Retry-After': '5' }, cause: err });
  const status = (err as { status?: unknown }).status;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', { cause: err });
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', { cause: err });
  if (status === 400 && (err as { type?: string }).type?.startsWith('entity.parse')) {
    return validationError([{ field: 'body', message: '请求内容不是有效的 JSON' }]);
  }
  const pgCode = findPgCode(err);
  if (pgCode === '23505') return new AppError('CONFLICT', { cause: err });
  if (pgCode === '40001' || pgCode === '40P01') return new AppError('CONFLICT', { cause: err });
  // class 22 (data exception): a value PostgreSQL cannot take — out of range, impossible date, bad cast — came from the client
  if (pgCode?.startsWith('22'))
    return new AppError('VALIDATION_FAILED', {
      message: `body: ${VALUE_REFUSED}`,
      details: [{ field: 'body', message: VALUE_REFUSED }],
      cause: err,
    });
  return new AppError('INTERNAL', { cause: err });
}

function findPgCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
