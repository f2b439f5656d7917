import type { ApplyDraft } from '@/services/draft';
import type { FieldErrors, FlowContext } from '../model';

/** What every step component gets from the wizard. */
export type StepProps = {
  draft: ApplyDraft;
  errors: FieldErrors;
  update: (patch: Partial<ApplyDraft> | ((draft: ApplyDraft) => Partial<ApplyDraft>)) => void;
  ctx: FlowContext;
};
