import type { policiesEndpoints } from '../../../../shared/api/endpoints-policies';
import type { RouteDef } from '../../middleware/endpoint';
import * as admin from './policies-admin.service';
import { getPolicy, listPolicies } from './policies.service';
import { runSelfCheck, selfCheckQuestions } from './self-check.service';

type Names = keyof typeof policiesEndpoints;

export const policiesRoutes: { [N in Names]: RouteDef<N> } = {
  'policies.list': { handler: ({ deps, input }) => listPolicies(deps, input) },
  'policies.get': { handler: ({ deps, input }) => getPolicy(deps, input.slug) },
  'selfCheck.questions': { handler: async () => selfCheckQuestions() },
  'selfCheck.run': { handler: ({ deps, input }) => runSelfCheck(deps, input) },
  'admin.policies.create': { handler: ({ deps, principal, input }) => admin.createPolicy(deps, principal.userId, input) },
  'admin.policies.update': { handler: ({ deps, principal, input }) => admin.updatePolicy(deps, principal.userId, input.slug, input.patch) },
  'admin.policies.setStatus': { handler: ({ deps, principal, input }) => admin.setPolicyStatus(deps, principal.userId, input.slug, input.status) },
  'admin.policies.setRule': { handler: ({ deps, principal, input }) => admin.setPolicyRule(deps, principal.userId, input.slug, input.rule) },
  'admin.policies.list': { handler: ({ deps, input }) => admin.listAdminPolicies(deps, input.status) },
  'admin.standards.list': { handler: ({ deps }) => admin.listStandards(deps) },
  'admin.standards.update': { handler: ({ deps, principal, input }) => admin.updateStandard(deps, principal.userId, input) },
};
