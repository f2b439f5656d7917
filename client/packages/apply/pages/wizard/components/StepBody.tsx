import type { StepId } from '@/services/draft';
import type { Wizard } from '../useWizard';
import StepAddress from './StepAddress';
import StepConsent from './StepConsent';
import StepDescribe from './StepDescribe';
import StepNeed from './StepNeed';
import StepPerson from './StepPerson';
import StepReview from './StepReview';
import StepWho from './StepWho';

function Step({ step, wizard }: { step: StepId; wizard: Wizard }) {
  const props = { draft: wizard.draft, errors: wizard.errors, update: wizard.update, ctx: wizard.ctx };
  switch (step) {
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
      return (
        <StepReview
          draft={wizard.draft}
          ctx={wizard.ctx}
          onEdit={wizard.edit}
          withConsent={wizard.screen.parts.includes('consent')}
        />
      );
  }
}

/** The open screen's questions: one step, or (applying for oneself) several in a row. */
export default function StepBody({ wizard }: { wizard: Wizard }) {
  // Until the channel is chosen, only that question: the rest of the screen depends on it.
  const parts = wizard.draft.channel ? wizard.screen.parts : wizard.screen.parts.filter((p) => p === 'who');
  return (
    <>
      {parts.map((step) => (
        <Step key={step} step={step} wizard={wizard} />
      ))}
    </>
  );
}
