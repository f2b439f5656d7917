import type { RouteDef } from '../../middleware/endpoint';
import { createInvite } from './invites.service';

export const inviteRoutes: { 'invites.create': RouteDef<'invites.create'> } = {
  'invites.create': { handler: ({ deps, principal, input }) => createInvite(deps, principal.userId, input) },
};
