/** Which staff actions the case page offers: exactly the legal ones of shared/domain/application-status.ts. */
import { legalActions, type ApplicationAction, type ApplicationStatus } from '@shared/domain/application-status';
import { ACTION_LABELS } from './format';

export type StaffAction = Exclude<ApplicationAction, 'withdraw' | 'provideInfo'>;

/**
 * Actions staff can take in `status`, in the lifecycle's order (withdraw and provideInfo are the applicant's).
 * A withdrawn case takes only its closing note: the server's `nextActions` say whether it is still due.
 */
export function staffActions(status: ApplicationStatus, serverNext?: readonly ApplicationAction[]): StaffAction[] {
  const legal: ApplicationAction[] = status === 'withdrawn' ? ['close'] : legalActions(status);
  return legal.filter((a): a is StaffAction => a in ACTION_LABELS && (!serverNext || serverNext.includes(a)));
}

/** The main action of a status (shown first and in the brand colour). */
export const PRIMARY_ACTION: Partial<Record<ApplicationStatus, StaffAction>> = {
  submitted: 'accept',
  escalated: 'accept',
  accepted: 'visit',
  in_progress: 'resolve',
  needs_info: 'contact',
  resolved: 'close',
};
