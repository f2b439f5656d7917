import type { RouteTable } from './middleware/endpoint';
import { applicationsRoutes } from './features/applications/applications.routes';
import { authRoutes } from './features/auth/auth.routes';
import { casesRoutes } from './features/cases/cases.routes';
import { inviteRoutes } from './features/invites/invites.routes';
import { mediaRoutes } from './features/media/media.routes';
import { orgRoutes } from './features/org/org.routes';
import { policiesRoutes } from './features/policies/policies.routes';

/** Every endpoint of the shared map must have exactly one handler here (the type enforces it). */
export const routeTable: RouteTable = { ...authRoutes, ...orgRoutes, ...inviteRoutes, ...policiesRoutes, ...mediaRoutes, ...applicationsRoutes, ...casesRoutes };
