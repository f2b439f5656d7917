/** The wizard's state: the draft (saved on every change), field errors, and moving between steps. */
import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { saveDraft, type ApplyDraft, type StepId } from '@/services/draft';
import { firstStepWithError, type FieldErrors, type FlowContext } from './model';
import { screenIndex, screensFor, validateScreen, type Screen } from './screens';

export type Wizard = {
  draft: ApplyDraft;
  errors: FieldErrors;
  /** Who is applying (verified phone, care mode): decides how the steps are grouped into screens. */
  ctx: FlowContext;
  screens: Screen[];
  /** The open screen's index in `screens`. */
  index: number;
  screen: Screen;
  /** Merges a patch (or a patch computed from the latest draft, for async callers) and saves. */
  update: (patch: Partial<ApplyDraft> | ((draft: ApplyDraft) => Partial<ApplyDraft>)) => void;
  /** Validates the current step; moves on (or back to the review, after 修改) only when it passes. */
  next: () => boolean;
  /** True while a step is open from the review (修改 or a server error): 下一步 then returns to the review. */
  returnToReview: boolean;
  /** 修改 on the review: opens a step, coming back to the review when it is done. */
  edit: (step: StepId) => void;
  back: () => void;
  goTo: (step: StepId) => void;
  /** Shows field errors (e.g. from the server) on the step that asks for them. */
  showErrors: (errors: FieldErrors) => void;
  /** Replaces the whole draft (restart / continue). */
  reset: (draft: ApplyDraft) => void;
};

function scrollToTop() {
  try {
    Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined);
  } catch {
    // No page to scroll (yet): nothing to do.
  }
}

export function useWizard(initial: ApplyDraft, ctx: FlowContext): Wizard {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [returnToReview, setReturnToReview] = useState(false);
  const returnRef = useRef(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;

  const commit = useCallback((next: ApplyDraft) => {
    draftRef.current = next;
    saveDraft(next);
    setDraft(next);
  }, []);

  const update = useCallback(
    (patchOrFn: Partial<ApplyDraft> | ((draft: ApplyDraft) => Partial<ApplyDraft>)) => {
      const patch = typeof patchOrFn === 'function' ? patchOrFn(draftRef.current) : patchOrFn;
      commit({ ...draftRef.current, ...patch });
      // An edited field's old message no longer applies.
      setErrors((old) => {
        const keys = Object.keys(patch);
        const left = Object.entries(old).filter(
          ([field]) =>
            !keys.some(
              (k) =>
                field === k || field.startsWith(`${k}.`) || (k === 'privacyNotice' && field.startsWith('consents')),
            ),
        );
        return left.length === Object.keys(old).length ? old : Object.fromEntries(left);
      });
    },
    [commit],
  );

  const goTo = useCallback(
    (step: StepId) => {
      // Stored as the screen that asks the step (several steps may share one).
      const screens = screensFor(draftRef.current.channel, ctxRef.current);
      const id = screens.some((s) => s.parts.includes(step)) ? screens[screenIndex(screens, step)]!.id : step;
      if (id === 'review') returnRef.current = false;
      setReturnToReview(returnRef.current);
      commit({ ...draftRef.current, step: id });
      scrollToTop();
    },
    [commit],
  );

  const next = useCallback(() => {
    const current = draftRef.current;
    const screens = screensFor(current.channel, ctxRef.current);
    const at = screenIndex(screens, current.step);
    const found = validateScreen(screens[at]!, current, ctxRef.current);
    setErrors(found);
    if (Object.keys(found).length > 0) return false;
    const following = returnRef.current ? 'review' : screens[at + 1]?.id;
    if (following) goTo(following);
    return true;
  }, [goTo]);

  const edit = useCallback(
    (step: StepId) => {
      returnRef.current = true;
      setErrors({});
      goTo(step);
    },
    [goTo],
  );

  const back = useCallback(() => {
    returnRef.current = false; // walking back step by step: the normal order again
    const current = draftRef.current;
    const screens = screensFor(current.channel, ctxRef.current);
    const previous = screens[screenIndex(screens, current.step) - 1]?.id;
    setErrors({});
    if (previous) goTo(previous);
  }, [goTo]);

  const showErrors = useCallback(
    (found: FieldErrors) => {
      setErrors(found);
      const step = firstStepWithError(found, draftRef.current.channel);
      if (step && step !== 'review') returnRef.current = true;
      if (step) goTo(step);
    },
    [goTo],
  );

  const reset = useCallback(
    (next: ApplyDraft) => {
      setErrors({});
      commit(next);
    },
    [commit],
  );

  const screens = screensFor(draft.channel, ctx);
  const index = screenIndex(screens, draft.step);
  return {
    draft,
    errors,
    ctx,
    screens,
    index,
    screen: screens[index]!,
    update,
    next,
    back,
    goTo,
    edit,
    returnToReview,
    showErrors,
    reset,
  };
}
