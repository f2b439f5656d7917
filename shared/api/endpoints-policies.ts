/** Endpoints of the policies area; merged into the contract by endpoints.ts. */
import type { EndpointDef } from './define';

export const policiesEndpoints = {} as const satisfies Record<string, EndpointDef>;
