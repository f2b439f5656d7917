/** Which staff actions the case page offers: exactly the legal ones of shared/domain/application-status.ts. */
import { legalActions, type ApplicationAction, type ApplicationStatus } from '@shared/domain/application-status';
import { ACTION_LABELS } from './format';

export type StaffAction = Exclude<ApplicationAction, 'withdraw' | 'provideInfo'>;

/** Actions staff can take in `status`, in the lifecycle's order (withdraw and provideInfo are the applicant's). */
export function staffActions(status: ApplicationStatus): StaffAction[] {
  return legalActions(status).filter((a): a is StaffAction => a in ACTION_LABELS);
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
