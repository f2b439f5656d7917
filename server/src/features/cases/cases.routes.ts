/** Thin routes of the staff workbench: the endpoint map did auth and input parsing; services hold the rules. */
import type { EndpointName } from '../../../../shared/api/endpoints';
import type { RouteDef } from '../../middleware/endpoint';
import * as closure from '../closure/closure.service';
import * as actions from './actions.service';
import { recordConsent } from './consent.service';
import { getCase, revealField } from './detail.service';
import { respondToReferral } from './officer.service';
import { listQueue } from './queue.service';
import { listRevealAnomalies } from './reveal-anomalies.service';
import { issueSubjectCode } from './subject-code.service';

type CaseEndpoint = Extract<EndpointName, `cases.${string}`>;

export const casesRoutes: { [N in CaseEndpoint]: RouteDef<N> } = {
  'cases.queue': { handler: ({ deps, principal, input }) => listQueue(deps, principal, input) },
  'cases.get': { handler: ({ deps, principal, input }) => getCase(deps, principal, input.id) },
  'cases.reveal': { handler: ({ deps, principal, input }) => revealField(deps, principal, input) },
  'cases.revealAnomalies': { handler: ({ deps, principal }) => listRevealAnomalies(deps, principal) },
  'cases.recordConsent': { handler: ({ deps, principal, input }) => recordConsent(deps, principal, input) },
  'cases.accept': { handler: ({ deps, principal, input }) => actions.accept(deps, principal, input) },
  'cases.contact': { handler: ({ deps, principal, input }) => actions.contact(deps, principal, input) },
  'cases.visit': { handler: ({ deps, principal, input }) => actions.visit(deps, principal, input) },
  'cases.askInfo': { handler: ({ deps, principal, input }) => actions.askInfo(deps, principal, input) },
  'cases.referDepartment': { handler: ({ deps, principal, input }) => actions.referDepartment(deps, principal, input) },
  'cases.transfer': { handler: ({ deps, principal, input }) => actions.transfer(deps, principal, input) },
  'cases.escalate': { handler: ({ deps, principal, input }) => actions.escalate(deps, principal, input) },
  'cases.resolve': { handler: ({ deps, principal, input }) => closure.resolve(deps, principal, input) },
  'cases.followUp': { handler: ({ deps, principal, input }) => closure.followUp(deps, principal, input) },
  'cases.close': { handler: ({ deps, principal, input }) => actions.close(deps, principal, input) },
  'cases.reopen': { handler: ({ deps, principal, input }) => actions.reopen(deps, principal, input) },
  'cases.subjectCode': { handler: ({ deps, principal, input }) => issueSubjectCode(deps, principal, input) },
  'cases.referralRespond': { handler: ({ deps, principal, input }) => respondToReferral(deps, principal, input) },
};
