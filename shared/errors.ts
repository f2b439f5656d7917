/**
 * One error model for client and server: stable codes (never renamed once shipped),
 * their HTTP status, and a plain Chinese message a resident can act on.
 */
import { z } from 'zod';

export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  WECHAT_CODE_INVALID: 'WECHAT_CODE_INVALID',
  FORBIDDEN: 'FORBIDDEN',
  ACCOUNT_BLOCKED: 'ACCOUNT_BLOCKED',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  IDEMPOTENCY_MISMATCH: 'IDEMPOTENCY_MISMATCH',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
  UPSTREAM_FAILED: 'UPSTREAM_FAILED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** An upload over 10 MB, or an image with too many pixels. */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  UPLOAD_QUOTA_EXCEEDED: 'UPLOAD_QUOTA_EXCEEDED',
  /** An upload that is not a JPEG/PNG/WebP image or a PDF (by content), or whose name says otherwise. */
  UNSUPPORTED_FILE_TYPE: 'UNSUPPORTED_FILE_TYPE',
  /** An upload that looks like an image or PDF but cannot be read. */
  FILE_DAMAGED: 'FILE_DAMAGED',
  /** A PDF protected by a password or encryption (it cannot be rebuilt). */
  PDF_ENCRYPTED: 'PDF_ENCRYPTED',
  /** A PDF with more than MAX_PDF_PAGES pages. */
  PDF_TOO_MANY_PAGES: 'PDF_TOO_MANY_PAGES',
  /** The application was withdrawn or its subject revoked consent: processing has stopped (only a closing note). */
  CONSENT_WITHDRAWN: 'CONSENT_WITHDRAWN',
  /** Client only: the request never reached the server or no answer came back. */
  NETWORK: 'NETWORK',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  WECHAT_CODE_INVALID: 401,
  FORBIDDEN: 403,
  ACCOUNT_BLOCKED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_MISMATCH: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UPSTREAM_FAILED: 502,
  SERVICE_UNAVAILABLE: 503,
  FILE_TOO_LARGE: 413,
  UPLOAD_QUOTA_EXCEEDED: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  FILE_DAMAGED: 400,
  PDF_ENCRYPTED: 400,
  PDF_TOO_MANY_PAGES: 400,
  CONSENT_WITHDRAWN: 409,
  NETWORK: 0,
};

/** Default user-facing text per code: what happened and what to do next, in one sentence. */
export const defaultMessageOf: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '填写的内容有误，请检查后再提交',
  UNAUTHENTICATED: '登录已过期，请重新登录',
  WECHAT_CODE_INVALID: '微信登录没有成功，请再试一次',
  FORBIDDEN: '您没有办理这项业务的权限',
  ACCOUNT_BLOCKED: '微信提示该账号存在风险，暂时无法登录，请联系社区工作人员',
  NOT_FOUND: '没有找到相关内容，可能已被删除',
  CONFLICT: '情况有变化，请刷新后再试',
  PAYLOAD_TOO_LARGE: '提交的内容太大，请减少图片或文字后再试',
  UNSUPPORTED_MEDIA_TYPE: '提交的格式不对，请更新小程序后再试',
  IDEMPOTENCY_MISMATCH: '这次提交和上次不一致，请返回检查后重新提交',
  RATE_LIMITED: '操作太频繁，请稍等一会儿再试',
  INTERNAL: '系统出了点问题，请稍后再试',
  UPSTREAM_FAILED: '微信服务暂时没有响应，请稍后再试',
  SERVICE_UNAVAILABLE: '系统正在维护，请稍后再试',
  FILE_TOO_LARGE: '文件太大了，请选择 10 MB 以内的照片或文件',
  UPLOAD_QUOTA_EXCEEDED: '今天上传的文件已经很多了，请明天再传；着急的话，可以把材料直接带到服务点',
  UNSUPPORTED_FILE_TYPE: '这种文件不能上传，请选择照片或扫描好的文件',
  FILE_DAMAGED: '文件打不开，可能已损坏，请重新拍照或换一个文件',
  PDF_ENCRYPTED: '这个文件设了密码，无法上传，请去掉密码后另存一份再上传',
  PDF_TOO_MANY_PAGES: '文件页数太多了，请只上传需要的那几页',
  CONSENT_WITHDRAWN: '申请已撤回或本人已撤回授权，案件已停止办理，只能填写归档说明',
  NETWORK: '网络不太好，请检查网络后重试',
};

export const ZFieldIssue = z.object({ field: z.string(), message: z.string() });
export type TFieldIssue = z.infer<typeof ZFieldIssue>;

/** The body of every failed response. */
export const ZErrorBody = z.object({
  ok: z.literal(false),
  code: z.string(),
  message: z.string(),
  details: z.array(ZFieldIssue).optional(),
  requestId: z.string(),
});
export type TErrorBody = z.infer<typeof ZErrorBody>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(httpStatusOf, value);
}

/**
 * A plain Chinese message for a zod issue (zod's own defaults are English). The shared schemas carry Chinese
 * messages where it matters; this covers the rest, the same on the server (400 details) and in client forms.
 */
export function localiseIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && /[\u4e00-\u9fa5]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '此项必填' : '格式不对';
    case 'too_small':
      return issue.origin === 'string'
        ? `至少 ${String(issue.minimum)} 个字`
        : issue.origin === 'array'
          ? `至少选 ${String(issue.minimum)} 项`
          : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `不能超过 ${String(issue.maximum)} 个字`
        : issue.origin === 'array'
          ? `最多 ${String(issue.maximum)} 项`
          : `不能大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return '请从选项中选择';
    case 'invalid_format':
      return '格式不对';
    default:
      return '填写有误';
  }
}
