import type { policiesEndpoints } from '../../../../shared/api/endpoints-policies';
import type { RouteDef } from '../../middleware/endpoint';
import type { Deps } from '../../deps';
import * as admin from './policies-admin.service';
import { contentChanged } from '../../lib/content-events';
import { clearSelfCheckCache } from './self-check.service';
import { clearPolicyListCache, getPolicy, listPolicies } from './policies.service';
import { runSelfCheck, selfCheckQuestions } from './self-check.service';

type Names = keyof typeof policiesEndpoints;

export const policiesRoutes: { [N in Names]: RouteDef<N> } = {
  'policies.list': { handler: ({ deps, input }) => listPolicies(deps, input) },
  'policies.get': { handler: ({ deps, input }) => getPolicy(deps, input.slug) },
  'selfCheck.questions': { handler: ({ deps, input }) => selfCheckQuestions(deps, input.answers ?? {}) },
  'selfCheck.run': { handler: ({ deps, input }) => runSelfCheck(deps, input) },
  'admin.policies.create': {
    handler: ({ deps, principal, input }) => fresh(deps, admin.createPolicy(deps, principal.userId, input)),
  },
  'admin.policies.update': {
    handler: ({ deps, principal, input }) =>
      fresh(deps, admin.updatePolicy(deps, principal.userId, input.slug, input.patch)),
  },
  'admin.policies.setStatus': {
    handler: ({ deps, principal, input }) =>
      fresh(deps, admin.setPolicyStatus(deps, principal.userId, input.slug, input.status)),
  },
  'admin.policies.setRule': {
    handler: ({ deps, principal, input }) =>
      fresh(deps, admin.setPolicyRule(deps, principal.userId, input.slug, input.rule)),
  },
  'admin.policies.get': { handler: ({ deps, input }) => admin.getAdminPolicy(deps, input.slug) },
  'admin.policies.list': { handler: ({ deps, input }) => admin.listAdminPolicies(deps, input.status) },
  'admin.standards.list': { handler: ({ deps }) => admin.listStandards(deps) },
  'admin.standards.update': {
    handler: ({ deps, principal, input }) => fresh(deps, admin.updateStandard(deps, principal.userId, input)),
  },
};

/** Admin writes change what the self-check and the list read: drop this process's cached copies once the write committed. */
async function fresh<T>(deps: Deps, write: Promise<T>): Promise<T> {
  const result = await write;
  clearSelfCheckCache(deps);
  clearPolicyListCache(deps.db);
  contentChanged(deps.db);
  return result;
}
