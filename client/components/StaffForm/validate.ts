/**
 * Form validation with the shared zod schemas, and the server's field messages, as one map
 * "field path → Chinese message" (first message per field). Paths are dot-joined: "alternatives.0".
 */
import type { z } from 'zod';
import { localiseIssue, type TFieldIssue } from '@shared/errors';

export type FieldErrors = Record<string, string>;

export function errorsFromIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[] | TFieldIssue[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = 'field' in issue ? issue.field : issue.path.map(String).join('.') || 'form';
    const message = 'field' in issue ? issue.message : localiseIssue(issue as z.core.$ZodIssue);
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
