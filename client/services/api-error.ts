import { defaultMessageOf, type ErrorCode, type TFieldIssue } from '@shared/errors';

type ApiErrorOptions = {
  message?: string;
  /** HTTP status; 0 when no response came back. */
  status?: number;
  details?: TFieldIssue[];
  requestId?: string;
  cause?: unknown;
};

/**
 * Every failed API call, as one of the shared error codes (plus the client-only NETWORK).
 * `message` is always Chinese text a resident can act on.
 */
export class ApiError extends Error {
  // Set explicitly: minification mangles constructor names.
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: TFieldIssue[];
  readonly requestId?: string;

  constructor(code: ErrorCode, options: ApiErrorOptions = {}) {
    super(options.message || defaultMessageOf[code]);
    this.code = code;
    this.status = options.status ?? 0;
    this.details = options.details ?? [];
    this.requestId = options.requestId;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }

  /** The message for one form field, if the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.details.find((issue) => issue.field === field)?.message;
  }
}

/** Normalises anything thrown into an ApiError (unknown errors become INTERNAL). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('INTERNAL', { cause: error });
}
