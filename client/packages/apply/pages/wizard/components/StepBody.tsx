import type { Wizard } from '../useWizard';
import StepAddress from './StepAddress';
import StepConsent from './StepConsent';
import StepDescribe from './StepDescribe';
import StepNeed from './StepNeed';
import StepPerson from './StepPerson';
import StepReview from './StepReview';
import StepWho from './StepWho';

/** The current step's questions. */
export default function StepBody({ wizard }: { wizard: Wizard }) {
  const props = { draft: wizard.draft, errors: wizard.errors, update: wizard.update };
  switch (wizard.draft.step) {
    case 'who':
      return <StepWho {...props} />;
    case 'person':
      return <StepPerson {...props} />;
    case 'address':
      return <StepAddress {...props} />;
    case 'need':
      return <StepNeed {...props} />;
    case 'describe':
      return <StepDescribe {...props} />;
    case 'consent':
      return <StepConsent {...props} />;
    case 'review':
      return <StepReview draft={wizard.draft} onEdit={wizard.edit} />;
  }
}
