import type { RouteTable } from './middleware/endpoint';
import { authRoutes } from './features/auth/auth.routes';
import { inviteRoutes } from './features/invites/invites.routes';
import { orgRoutes } from './features/org/org.routes';

/** Every endpoint of the shared map must have exactly one handler here (the type enforces it). */
export const routeTable: RouteTable = { ...authRoutes, ...orgRoutes, ...inviteRoutes };
