/** Thin routes of community events: the endpoint map did auth and input parsing; services hold the rules. */
import type { EndpointName } from '../../../../shared/api/endpoints';
import type { RouteDef } from '../../middleware/endpoint';
import { checkIn, eventQr, listAttendees, personTimes } from './checkin.service';
import { cancelEvent, createEvent, getEvent, listEvents, listManagedEvents, updateEvent } from './events.service';
import { cancelSignup, mySignups, signUp } from './signups.service';

type EventEndpoint = Extract<EndpointName, `events.${string}`>;

export const eventsRoutes: { [N in EventEndpoint]: RouteDef<N> } = {
  'events.list': { handler: ({ deps, input }) => listEvents(deps, input) },
  'events.get': {
    handler: ({ deps, input }) => getEvent(deps, input.id ? { id: input.id } : { code: input.code! }),
  },
  'events.signUp': { handler: ({ deps, principal, input }) => signUp(deps, principal, input) },
  'events.cancelSignup': { handler: ({ deps, principal, input }) => cancelSignup(deps, principal, input.id) },
  'events.mine': { handler: ({ deps, principal }) => mySignups(deps, principal) },
  'events.qr': { handler: ({ deps, principal, input, ctx }) => eventQr(deps, principal, input, ctx) },
  'events.create': { handler: ({ deps, principal, input }) => createEvent(deps, principal, input) },
  'events.update': { handler: ({ deps, principal, input }) => updateEvent(deps, principal, input) },
  'events.cancel': { handler: ({ deps, principal, input }) => cancelEvent(deps, principal, input.id) },
  'events.manage': { handler: ({ deps, principal }) => listManagedEvents(deps, principal) },
  'events.attendees': { handler: ({ deps, principal, input }) => listAttendees(deps, principal, input.id) },
  'events.checkIn': {
    handler: ({ deps, principal, input }) =>
      checkIn(deps, principal, input.signupId ? { id: input.signupId } : { code: input.code! }),
  },
  'events.personTimes': { handler: ({ deps, input }) => personTimes(deps, input) },
};
