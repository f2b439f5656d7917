import type { RouteDef } from '../../middleware/endpoint';
import { createInvite } from './invites.service';

export const inviteRoutes: { 'admin.invites.create': RouteDef<'admin.invites.create'> } = {
  'admin.invites.create': { handler: ({ deps, principal, input }) => createInvite(deps, principal.userId, input) },
};
