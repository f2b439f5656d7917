/** How the wizard's steps are grouped into screens: three for a self application with a verified phone. */
import type { ApplyDraft, StepId } from '@/services/draft';
import { STEP_TITLES, stepsFor, validateStep, type FieldErrors, type FlowContext } from './model';

/** One screen of the wizard: the steps it asks, and the step the draft stores while it is open. */
export type Screen = { id: StepId; parts: StepId[] };

// Applying for myself with a verified phone: where → what I need → review with consent.
const QUICK: Screen[] = [
  { id: 'who', parts: ['who', 'person', 'address'] },
  { id: 'need', parts: ['need', 'describe'] },
  { id: 'review', parts: ['review', 'consent'] },
];

/** True when the self application is asked in three screens (the phone is known and care mode is off). */
export function isQuick(channel: ApplyDraft['channel'], ctx: FlowContext): boolean {
  return (channel === 'self' || channel === null) && ctx.accountPhone !== null && !ctx.care;
}

/** The screens for a channel: proxy, referral, care mode and guests get one step per screen. */
export function screensFor(channel: ApplyDraft['channel'], ctx: FlowContext): Screen[] {
  if (isQuick(channel, ctx)) return QUICK;
  return stepsFor(channel).map((step) => ({ id: step, parts: [step] }));
}

/** Index of the screen that asks `step` (0 when none does, e.g. a draft saved under another flow). */
export function screenIndex(screens: Screen[], step: StepId): number {
  return Math.max(
    0,
    screens.findIndex((screen) => screen.parts.includes(step)),
  );
}

/** Titles of the merged screens of the quick flow (one-step screens use the step's title). */
const QUICK_TITLES: Partial<Record<StepId, string>> = {
  who: '您的姓名和住址',
  need: '需要什么帮助',
  review: '核对并同意后提交',
};

export function screenTitle(screen: Screen, channel: ApplyDraft['channel']): string {
  if (screen.parts.length > 1 && channel !== null) return QUICK_TITLES[screen.id] ?? STEP_TITLES[screen.id];
  return STEP_TITLES[screen.id];
}

/** Field messages for every step of a screen. */
export function validateScreen(screen: Screen, draft: ApplyDraft, ctx: FlowContext): FieldErrors {
  // `who` alone when no channel is chosen yet: the rest of the screen appears once it is.
  const parts = draft.channel ? screen.parts : screen.parts.filter((p) => p === 'who');
  return Object.assign({}, ...parts.map((step) => validateStep(step, draft, ctx))) as FieldErrors;
}
