/**
 * Outcome and closure words (issue 11.4), shared by the server (the resident's detail) and both clients: what was
 * decided, in plain words, and how a resolved case comes to be closed.
 */
import type { ResolveOutcome } from '../schemas/cases';

/** Short names, as staff pick them. */
export const OUTCOME_LABELS: Record<ResolveOutcome, string> = {
  approved: '已办好',
  partly: '部分办好',
  referred: '转交相关部门',
  refused: '不符合条件',
};

/** The first sentence a resident reads about the result. */
export const OUTCOME_HEADLINES: Record<ResolveOutcome, string> = {
  approved: '您的申请已经办好了。',
  partly: '您的申请办好了一部分。',
  referred: '您的事情已转交给相关部门办理。',
  refused: '这次申请没有通过。',
};

/** A resolved case closes on its own this many days after resolution when nobody answers (env AUTO_CLOSE_DAYS). */
export const DEFAULT_AUTO_CLOSE_DAYS = 7;

/** Who closed a resolved case: the resident confirming, a follow-up call (回访), the sweep, or staff archiving. */
export const CLOSED_BY = ['resident', 'followUp', 'auto', 'staff'] as const;
export type ClosedBy = (typeof CLOSED_BY)[number];
