/** Thin routes of the district review (issue 12): needs, households, audit review. */
import type { EndpointName } from '../../../../shared/api/endpoints';
import type { RouteDef } from '../../middleware/endpoint';
import { exportAudit, reviewAudit } from '../audit-review/audit-review.service';
import { householdOfCase, listProposals, mergeHousehold, unmergeHousehold } from '../households/households.service';
import { gapReport, unclassifiedNeeds } from '../needs/needs.service';

type DistrictEndpoint = `needs.${string}` | `households.${string}` | `audit.${string}`;
type Names = Extract<EndpointName, DistrictEndpoint>;

export const districtRoutes: { [N in Names]: RouteDef<N> } = {
  'needs.unclassified': { handler: ({ deps, principal, input }) => unclassifiedNeeds(deps, principal, input) },
  'needs.gapReport': { handler: ({ deps, principal, input }) => gapReport(deps, principal, input) },
  'households.proposals': { handler: ({ deps, principal }) => listProposals(deps, principal) },
  'households.merge': { handler: ({ deps, principal, input }) => mergeHousehold(deps, principal, input) },
  'households.unmerge': { handler: ({ deps, principal, input }) => unmergeHousehold(deps, principal, input) },
  'households.ofCase': { handler: ({ deps, principal, input }) => householdOfCase(deps, principal, input) },
  'audit.review': { handler: ({ deps, principal, input }) => reviewAudit(deps, principal, input) },
  'audit.export': { handler: ({ deps, principal, input }) => exportAudit(deps, principal, input) },
};
