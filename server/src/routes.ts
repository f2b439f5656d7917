import type { RouteTable } from './middleware/endpoint';
import { accountsRoutes } from './features/accounts/accounts.routes';
import { applicationsRoutes } from './features/applications/applications.routes';
import { authRoutes } from './features/auth/auth.routes';
import { casesRoutes } from './features/cases/cases.routes';
import { conferencesRoutes } from './features/conferences/conferences.routes';
import { contentRoutes } from './features/content/content.routes';
import { discoveryRoutes } from './features/discovery/discovery.routes';
import { eventsRoutes } from './features/events/events.routes';
import { inviteRoutes } from './features/invites/invites.routes';
import { districtRoutes } from './features/district/district.routes';
import { orgRoutes } from './features/org/org.routes';
import { ordersRoutes } from './features/orders/orders.routes';
import { outreachRoutes } from './features/outreach/outreach.routes';
import { policiesRoutes } from './features/policies/policies.routes';
import { servicesRoutes } from './features/services/services.routes';
import { statsRoutes } from './features/stats/stats.routes';

/** Every endpoint of the shared map must have exactly one handler here (the type enforces it). */
export const routeTable: RouteTable = {
  ...authRoutes,
  ...accountsRoutes,
  ...orgRoutes,
  ...inviteRoutes,
  ...policiesRoutes,
  ...contentRoutes,
  ...servicesRoutes,
  ...applicationsRoutes,
  ...casesRoutes,
  ...ordersRoutes,
  ...statsRoutes,
  ...outreachRoutes,
  ...discoveryRoutes,
  ...eventsRoutes,
  ...districtRoutes,
  ...conferencesRoutes,
};
