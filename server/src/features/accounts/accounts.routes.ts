import type { RouteDef } from '../../middleware/endpoint';
import { endOwnSession, listOwnSessions } from './sessions.service';
import { listStaff, revokeMembership, setDisabled } from './staff-admin.service';

export const accountsRoutes: {
  'auth.sessions.list': RouteDef<'auth.sessions.list'>;
  'auth.sessions.end': RouteDef<'auth.sessions.end'>;
  'admin.staff.list': RouteDef<'admin.staff.list'>;
  'admin.memberships.revoke': RouteDef<'admin.memberships.revoke'>;
  'admin.users.disable': RouteDef<'admin.users.disable'>;
  'admin.users.enable': RouteDef<'admin.users.enable'>;
} = {
  'auth.sessions.list': { handler: ({ deps, principal }) => listOwnSessions(deps, principal) },
  'auth.sessions.end': {
    handler: async ({ deps, principal, input }) => {
      await endOwnSession(deps, principal, input.id);
      return { done: true as const };
    },
  },
  'admin.staff.list': { handler: ({ deps, input }) => listStaff(deps, input) },
  'admin.memberships.revoke': {
    handler: ({ deps, principal, input }) => revokeMembership(deps, principal.userId, input.membershipId),
  },
  'admin.users.disable': {
    handler: ({ deps, principal, input }) => setDisabled(deps, principal.userId, input.userId, true),
  },
  'admin.users.enable': {
    handler: ({ deps, principal, input }) => setDisabled(deps, principal.userId, input.userId, false),
  },
};
