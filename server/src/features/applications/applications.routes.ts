import type { applicationsEndpoints } from '../../../../shared/api/endpoints-applications';
import type { RouteDef } from '../../middleware/endpoint';
import { confirmResolution } from '../closure/confirm.service';
import * as applicant from './applicant.service';
import { submitApplication } from './intake.service';
import { claimSubject } from './subject-claim.service';
import { mySuggestions } from './suggestions.service';
import { getRoutingRules, publishRoutingRules } from './routing-admin.service';

type Names = keyof typeof applicationsEndpoints;
const HOUR = 3600_000;

export const applicationsRoutes: { [N in Names]: RouteDef<N> } = {
  'applications.submit': {
    handler: async ({ deps, principal, input, ctx }) => {
      const result = await submitApplication(deps, principal.userId, input, ctx.get('idempotency-key') || undefined);
      if (result.replayed) ctx.set('Idempotent-Replayed', 'true');
      return result.data;
    },
  },
  'applications.mine': { handler: ({ deps, principal }) => applicant.listMine(deps, principal.userId) },
  'applications.get': { handler: ({ deps, principal, input }) => applicant.getMine(deps, principal.userId, input.id) },
  'applications.withdraw': {
    handler: ({ deps, principal, input }) => applicant.withdraw(deps, principal.userId, input.id, input.reason),
  },
  'applications.provideInfo': {
    handler: ({ deps, principal, input }) => applicant.provideInfo(deps, principal.userId, input.id, input),
  },
  'applications.confirmResolution': {
    handler: ({ deps, principal, input }) => confirmResolution(deps, principal.userId, input),
  },
  'applications.revokeConsent': {
    handler: ({ deps, principal, input }) => applicant.revokeConsent(deps, principal.userId, input.id),
  },
  'applications.suggestions': {
    handler: ({ deps, principal, input }) => mySuggestions(deps, principal.userId, input.id),
  },
  'applications.claimSubject': { handler: ({ deps, principal, input }) => claimSubject(deps, principal.userId, input) },
  'admin.routing.get': { handler: ({ deps }) => getRoutingRules(deps.db) },
  'admin.routing.set': {
    rateLimit: () => ({ name: 'routing-publish', limit: 30, windowMs: HOUR }),
    handler: ({ deps, principal, input }) => publishRoutingRules(deps, principal.userId, input.rules),
  },
};
