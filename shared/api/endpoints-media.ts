/** Endpoints of the media area; merged into the contract by endpoints.ts. */
import type { EndpointDef } from './define';

export const mediaEndpoints = {} as const satisfies Record<string, EndpointDef>;
