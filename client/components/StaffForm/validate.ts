/**
 * Form validation with the shared zod schemas, and the server's field messages, as one map
 * "field path → Chinese message" (first message per field). Paths are dot-joined: "alternatives.0".
 */
import type { z } from 'zod';
import type { TFieldIssue } from '@shared/errors';

export type FieldErrors = Record<string, string>;

/** zod's built-in messages are English; the shared schemas carry Chinese ones where it matters. */
function localise(issue: z.core.$ZodIssue): string {
  if (issue.message && /[\u4e00-\u9fa5]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '此项必填' : '格式不对';
    case 'too_small':
      return issue.origin === 'string' ? `至少 ${String(issue.minimum)} 个字` : issue.origin === 'array' ? `至少选 ${String(issue.minimum)} 项` : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `不能超过 ${String(issue.maximum)} 个字` : issue.origin === 'array' ? `最多 ${String(issue.maximum)} 项` : `不能大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return '请从选项中选择';
    case 'invalid_format':
      return '格式不对';
    default:
      return '填写有误';
  }
}

export function errorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[] | TFieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = 'field' in issue ? issue.field : issue.path.map(String).join('.') || 'form';
    const message = 'field' in issue ? issue.message : localise(issue as z.core.$ZodIssue);
    if (!(field in errors)) errors[field] = message;
  }
  return errors;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Runs `schema` on `value`; on failure answers the field messages. */
export function check<S extends z.ZodType>(schema: S, value: unknown): Checked<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: errorsFromIssues(result.error.issues) };
}

/** The message for `field` or any of its children ("alternatives" also shows "alternatives.1"). */
export function fieldError(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const child = Object.keys(errors).find((key) => key.startsWith(`${field}.`));
  return child ? errors[child] : undefined;
}
