/**
 * Sending the application. The Idempotency-Key is created once per draft on the first submit and kept in
 * the saved draft until a final answer (2xx, or a 4xx that retrying cannot fix), so a retry after a dropped
 * network (even after the app was killed) sends the same key and the server creates one application.
 */
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { TSubmitResult } from '@shared/schemas/applications';
import { call } from '@/services/api';
import { type ApiError, toApiError } from '@/services/api-error';
import { clearDraft, newIdempotencyKey } from '@/services/draft';
import { requestProgressSubscription } from '@/services/subscribe';
import { getSession } from '@/stores/session';
import { writeReceiptRaw, writeReturnUrl } from '@/storage/apply';
import { isSubmittable, stepsFor, submitBody, validateStep } from './model';
import type { Wizard } from './useWizard';

export const WIZARD_URL = '/packages/apply/pages/wizard/index';
export const MINE_TAB = '/pages/mine/index';

/** Answers worth retrying with the same key: the request may not have landed, or the server was busy. */
const RETRYABLE = new Set([
  'NETWORK',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  'UPSTREAM_FAILED',
  'SERVICE_UNAVAILABLE',
]);

export type SubmitDialog = 'login' | 'mismatch' | null;
export type SubmitFailure = { message: string; retryable: boolean };

export type StoredReceipt = TSubmitResult & { channel: string; subjectName: string };

export function useSubmit(wizard: Wizard) {
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const [dialog, setDialog] = useState<SubmitDialog>(null);
  const askedSubscribe = useRef(false);

  const send = async (key: string) => {
    const draft = wizard.draft;
    const body = submitBody(draft, wizard.ctx);
    if (!isSubmittable(body)) {
      wizard.showErrors(validateStep('review', draft, wizard.ctx)); // every step passed: only a stale draft gets here
      return;
    }
    setSending(true);
    setFailure(null);
    try {
      const result = await call('applications.submit', body, { headers: { 'Idempotency-Key': key } });
      writeReceiptRaw({
        ...result,
        channel: draft.channel ?? 'self',
        subjectName: draft.subjectName,
      } satisfies StoredReceipt);
      clearDraft();
      void Taro.redirectTo({ url: `/packages/apply/pages/receipt/index?id=${result.id}` });
    } catch (caught) {
      handleError(toApiError(caught));
    } finally {
      setSending(false);
    }
  };

  const handleError = (error: ApiError) => {
    if (error.code === 'UNAUTHENTICATED') {
      setDialog('login'); // the draft and its key stay saved for after the login
      return;
    }
    if (error.code === 'IDEMPOTENCY_MISMATCH') {
      setDialog('mismatch'); // the first try did land, with what was written before the last edits
      return;
    }
    if (RETRYABLE.has(error.code)) {
      setFailure({ message: error.message, retryable: true });
      return;
    }
    // A final answer: this key is used up.
    wizard.update({ idempotencyKey: null });
    const fields = Object.fromEntries(error.details.map((d) => [d.field, d.message]));
    if (error.code === 'VALIDATION_FAILED' && Object.keys(fields).some((f) => f !== 'Idempotency-Key')) {
      wizard.showErrors(fields);
      return;
    }
    setFailure({ message: error.message, retryable: false });
  };

  /** The submit tap. WeChat only shows the subscribe prompt from a tap, so it is asked before any other await. */
  const submit = async () => {
    if (sending) return;
    if (!getSession()) {
      setDialog('login');
      return;
    }
    for (const step of stepsFor(wizard.draft.channel)) {
      const errors = validateStep(step, wizard.draft, wizard.ctx);
      if (Object.keys(errors).length > 0) {
        wizard.showErrors(errors);
        return;
      }
    }
    if (!askedSubscribe.current) {
      askedSubscribe.current = true;
      await requestProgressSubscription();
    }
    const key = wizard.draft.idempotencyKey ?? newIdempotencyKey();
    if (key !== wizard.draft.idempotencyKey) wizard.update({ idempotencyKey: key }); // saved before it is sent
    await send(key);
  };

  /** After IDEMPOTENCY_MISMATCH, when the resident really wants a second application. */
  const submitAsNew = async () => {
    setDialog(null);
    const key = newIdempotencyKey();
    wizard.update({ idempotencyKey: key });
    await send(key);
  };

  const goLogin = () => {
    setDialog(null);
    writeReturnUrl(`${WIZARD_URL}?resume=1`);
    void Taro.switchTab({ url: MINE_TAB });
  };

  const openMyApplications = () => {
    setDialog(null);
    void Taro.navigateTo({ url: '/packages/mine/pages/applications/index' });
  };

  return {
    sending,
    failure,
    dialog,
    submit,
    submitAsNew,
    goLogin,
    openMyApplications,
    closeDialog: () => setDialog(null),
  };
}
