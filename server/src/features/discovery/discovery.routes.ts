/** Thin routes of proactive discovery (主动发现). */
import type { EndpointName } from '../../../../shared/api/endpoints';
import type { RouteDef } from '../../middleware/endpoint';
import { clearRisk, countVisits, createVisit, listOpenRisks } from './discovery.service';
import { listFinds, markFindDone } from './finds.service';
import { claimHandover, createHandover } from './handover.service';

type DiscoveryEndpoint = Extract<EndpointName, `discovery.${string}`>;

export const discoveryRoutes: { [N in DiscoveryEndpoint]: RouteDef<N> } = {
  'discovery.visits.create': { handler: ({ deps, principal, input }) => createVisit(deps, principal, input) },
  'discovery.visits.count': { handler: ({ deps, principal, input }) => countVisits(deps, principal, input.month) },
  'discovery.risks.list': { handler: ({ deps, principal }) => listOpenRisks(deps, principal) },
  'discovery.risks.clear': { handler: ({ deps, principal, input }) => clearRisk(deps, principal, input) },
  'discovery.finds.list': { handler: ({ deps, principal }) => listFinds(deps, principal) },
  'discovery.finds.done': { handler: ({ deps, principal, input }) => markFindDone(deps, principal, input.id) },
  'discovery.handover.create': { handler: ({ deps, principal, input }) => createHandover(deps, principal, input) },
  'discovery.handover.claim': { handler: ({ deps, principal, input }) => claimHandover(deps, principal, input.token) },
};
