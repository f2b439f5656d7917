import { useState } from 'react';
import type { z } from 'zod';
import type { Input, Output } from '@shared/api/endpoints';
import { check, errorsFromIssues, type FieldErrors } from '@/components/StaffForm';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';

export type CaseActionName =
  | 'cases.accept'
  | 'cases.contact'
  | 'cases.visit'
  | 'cases.askInfo'
  | 'cases.referDepartment'
  | 'cases.transfer'
  | 'cases.escalate'
  | 'cases.resolve'
  | 'cases.close'
  | 'cases.reopen'
  | 'cases.followUp';

/** What the case page gives every action form. */
export type ActionHost = {
  id: string;
  /** The row version the page shows (optimistic locking). */
  version: number;
  onDone: (detail: Output<'cases.accept'>, message: string) => void;
  /** Someone else changed the case: reload it (the form stays open if the action is still legal). */
  onConflict: () => Promise<void>;
  onClose: () => void;
};

export const CONFLICT_TEXT = '这份案件刚被其他人处理过，页面已刷新为最新情况。请核对后再决定是否继续。';

/** A server 409 in plain words: stale version → CONFLICT_TEXT; a specific refusal keeps its own message. */
export function conflictText(message: string): string {
  return /刷新/.test(message) ? CONFLICT_TEXT : `${message}（页面已刷新为最新情况）`;
}

/**
 * Validation with the shared schema, the call, and the one error policy of the action forms:
 * field messages under the fields, a form-level message, a reload on 409. Typed values live in the form.
 */
export function useActionForm<N extends CaseActionName>(host: ActionHost, name: N, schema: z.ZodType) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (fields: Record<string, unknown>, doneMessage: string, extraCheck?: () => FieldErrors) => {
    const body = { id: host.id, expectedVersion: host.version, ...fields };
    const checked = check(schema, body);
    const more = extraCheck?.() ?? {};
    if (!checked.ok || Object.keys(more).length) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...more });
      setError('请按红字提示修改后再提交');
      return;
    }
    setErrors({});
    setError(undefined);
    setBusy(true);
    try {
      const detail = await call(name, checked.data as Input<N>);
      setBusy(false);
      host.onDone(detail as Output<'cases.accept'>, doneMessage);
    } catch (caught) {
      const failure = toApiError(caught);
      setBusy(false);
      if (failure.code === 'CONFLICT') {
        setError(conflictText(failure.message));
        await host.onConflict();
        return;
      }
      setErrors(errorsFromIssues(failure.details));
      setError(
        failure.code === 'NETWORK'
          ? '网络不太好，没有提交成功。填写的内容还在，请检查网络后再点提交。'
          : failure.message,
      );
    }
  };

  return { errors, error, busy, submit };
}
