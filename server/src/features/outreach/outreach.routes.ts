/** Thin routes of outreach codes (宣传码). */
import type { EndpointName } from '../../../../shared/api/endpoints';
import type { RouteDef } from '../../middleware/endpoint';
import { attributeApplication, createCode, listCodes, poster, reach, track } from './outreach.service';

type OutreachEndpoint = Extract<EndpointName, `outreach.${string}`>;

export const outreachRoutes: { [N in OutreachEndpoint]: RouteDef<N> } = {
  'outreach.codes.create': { handler: ({ deps, principal, input }) => createCode(deps, principal, input) },
  'outreach.codes.list': { handler: ({ deps, principal, input }) => listCodes(deps, principal, input.communityCode) },
  'outreach.codes.poster': {
    handler: ({ deps, principal, input }) => poster(deps, principal, input.id, input.format),
  },
  'outreach.track': { handler: ({ deps, input }) => track(deps, input) },
  'outreach.attribute': { handler: ({ deps, principal, input }) => attributeApplication(deps, principal, input) },
  'outreach.reach': { handler: ({ deps, principal, input }) => reach(deps, principal, input) },
};
